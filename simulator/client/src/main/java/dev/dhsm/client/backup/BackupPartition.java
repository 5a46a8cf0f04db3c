package dev.dhsm.client.backup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named partition on the Luna Backup HSM, made by {@code partition archive backup}: where its objects came from
 * (server, partition, label, the cloning domain's fingerprint when the appliance reports one), its password (hashed),
 * and the objects in backup order.
 *
 * @param name                  1 to 32 letters, digits, {@code _ . -}
 * @param created               when it was first made
 * @param sourceServer       the appliance the objects came from (its ServerName)
 * @param sourcePartitionSerial the source partition's serial
 * @param sourceLabel           the source partition's label
 * @param domainFingerprint     the source cloning domain's fingerprint, or empty when the appliance does not say
 * @param passwordHash          the backup partition password, as {@link BackupPassword} hashes it
 * @param objects               the objects
 */
public record BackupPartition(String name, Instant created, String sourceServer, String sourcePartitionSerial,
                              String sourceLabel, String domainFingerprint, String passwordHash,
                              List<BackupObject> objects) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    public BackupPartition {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("backup partition names are 1 to 32 letters, digits, '_', '.', '-'");
        }
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(sourceServer, "sourceServer");
        Objects.requireNonNull(sourcePartitionSerial, "sourcePartitionSerial");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        Objects.requireNonNull(domainFingerprint, "domainFingerprint");
        Objects.requireNonNull(passwordHash, "passwordHash");
        objects = List.copyOf(objects);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The same partition holding other objects. */
    public BackupPartition withObjects(List<BackupObject> newObjects) {
        return new BackupPartition(name, created, sourceServer, sourcePartitionSerial, sourceLabel,
                domainFingerprint, passwordHash, newObjects);
    }
}
