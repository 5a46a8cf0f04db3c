package dev.dhsm.model;

import java.time.Instant;

/**
 * One line of the appliance's syslog: which log file it lands in ({@code messages}, {@code lunalogs},
 * {@code secure}), when, facility and severity, the process and its pid, and the message.
 */
public record SyslogEntry(String log, Instant at, String facility, String severity, String process, int pid,
                          String message) {
}
