package dev.dhsm.client.backup;

/**
 * What {@code partition archive backup} does when the named backup partition exists: refuse (no option), add the
 * objects to it ({@code -append}) or throw its objects away first ({@code -replace}).
 */
public enum BackupMode {
    NEW,
    APPEND,
    REPLACE
}
