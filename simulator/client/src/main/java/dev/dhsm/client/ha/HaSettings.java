package dev.dhsm.client.ha;

import java.time.Duration;

/**
 * The client-wide HA settings of the Luna client ({@code HAConfiguration} in {@code Chrystoki.conf}): how many times
 * a failed member is tried again ({@code reconnAtt}: 0, the default, means never, so a failed member stays out until
 * {@code hagroup recover}; -1 means without limit), how often ({@code AutoReconnectInterval}, 60 s by default, 60 to
 * 1200 s) and whether only HA virtual slots are listed ({@code HAOnly}).
 *
 * @param retryCount the auto-recovery retry count ({@code hagroup retry -count})
 * @param interval   the auto-recovery poll interval ({@code hagroup interval})
 * @param haOnly     list only the HA virtual slots ({@code hagroup haonly})
 */
public record HaSettings(int retryCount, Duration interval, boolean haOnly) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    public static final long MIN_INTERVAL_SECONDS = 60;
    public static final long MAX_INTERVAL_SECONDS = 1200;
    /** The largest retry count the emulated client accepts (the 7.3 example shows 500). */
    public static final int MAX_RETRY_COUNT = 500;
    /** Retry without limit. */
    public static final int UNLIMITED = -1;

    public static final HaSettings DEFAULTS = new HaSettings(0, DEFAULT_INTERVAL, false);

    public HaSettings {
        if (retryCount < UNLIMITED || retryCount > MAX_RETRY_COUNT) {
            throw new IllegalArgumentException("the retry count must be -1 to " + MAX_RETRY_COUNT + ": " + retryCount);
        }
        long seconds = interval.getSeconds();
        if (seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS) {
            throw new IllegalArgumentException("the interval must be " + MIN_INTERVAL_SECONDS + " to "
                    + MAX_INTERVAL_SECONDS + " seconds: " + seconds);
        }
    }

    /** Auto-recovery is on when a retry count is set. */
    public boolean autoRecovery() {
        return retryCount != 0;
    }

    public HaSettings withRetryCount(int count) {
        return new HaSettings(count, interval, haOnly);
    }

    public HaSettings withInterval(Duration value) {
        return new HaSettings(retryCount, value, haOnly);
    }

    public HaSettings withHaOnly(boolean on) {
        return new HaSettings(retryCount, interval, on);
    }
}
