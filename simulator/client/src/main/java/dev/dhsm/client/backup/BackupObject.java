package dev.dhsm.client.backup;

import dev.dhsm.wire.message.Octets;
import java.util.Objects;

/**
 * One object held in a backup partition of the Luna Backup HSM: the clone blob the source partition sealed under
 * its cloning domain (opaque to the client), and what LunaCM shows about it.
 *
 * @param sourceHandle the object's handle in the partition it was backed up from
 * @param label        its {@code CKA_LABEL}
 * @param objectClass  its {@code CKA_CLASS}
 * @param blob         the sealed clone blob
 */
public record BackupObject(long sourceHandle, String label, long objectClass, Octets blob) {

    public BackupObject {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(blob, "blob");
    }
}
