package dev.dhsm.appliance.ntls.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time by thread group (NTLS workers, NTLS network threads, client network threads, ...) between two
 * snapshots, plus what the JVM spent outside Java threads (garbage collection, JIT compilation): where the
 * listener's cost per operation goes.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<Long, Long> start = snapshot();
    private final long processStart = OS.getProcessCpuTime();

    /** Milliseconds of CPU per thread group since this object was made. */
    Map<String, Long> since() {
        Map<String, Long> groups = new TreeMap<>();
        long javaThreads = 0;
        for (Map.Entry<Long, Long> now : snapshot().entrySet()) {
            long used = now.getValue() - start.getOrDefault(now.getKey(), 0L);
            var info = THREADS.getThreadInfo(now.getKey());
            String group = info == null ? "gone" : info.getThreadName().replaceAll("-\\d+(-\\d+)?$", "");
            groups.merge(group, used / 1_000_000, Long::sum);
            javaThreads += used;
        }
        groups.put("(GC, JIT and other VM threads)", (OS.getProcessCpuTime() - processStart - javaThreads) / 1_000_000);
        return groups;
    }

    private static Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new TreeMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long used = THREADS.getThreadCpuTime(id);
            if (used >= 0) {
                cpu.put(id, used);
            }
        }
        return cpu;
    }
}
