package dev.dhsm.client.backup;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Ckr;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * LunaCM's {@code partition archive backup} and {@code restore} between a partition and the Luna Backup HSM: every
 * object the logged-in Crypto Officer sees is cloned out of the partition (sealed by the appliance under the
 * partition's cloning domain) into a named backup partition, and back in one by one. A partition of another
 * cloning domain refuses each blob ({@code CKR_CERTIFICATE_INVALID}); the other objects are still tried.
 */
public final class PartitionArchive {

    private static final List<Long> DESCRIBE = List.of(Cka.LABEL, Cka.CLASS);

    private final BackupHsm hsm;
    private final InstantSource clock;
    private final SecureRandom random;

    public PartitionArchive(BackupHsm hsm, InstantSource clock, SecureRandom random) {
        this.hsm = Objects.requireNonNull(hsm, "hsm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Whether a backup partition of this name exists (LunaCM asks for a new password only if not). */
    public boolean exists(String name) {
        return hsm.find(name).isPresent();
    }

    /**
     * Backs up every object of {@code source} (the CO logged in) into backup partition {@code name}.
     *
     * @param sourceSlot the source slot (its server, serial and label are recorded with the backup)
     * @param password   the backup partition's password: set when it is created, checked when it exists
     */
    public ArchiveReport backup(Session source, Slot sourceSlot, String name, String password,
                                BackupMode mode) {
        if (!BackupPartition.isValidName(name)) {
            throw new LunaClientException(Ckr.ARGUMENTS_BAD,
                    "backup partition names are 1 to 32 letters, digits, '_', '.', '-'");
        }
        BackupPartition target = existingOrNew(sourceSlot, name, password, mode);
        List<Long> handles = source.findObjects(List.of());
        List<BackupObject> kept = new ArrayList<>(mode == BackupMode.APPEND ? target.objects() : List.of());
        List<ObjectOutcome> outcomes = new ArrayList<>();
        for (long handle : handles) {
            String label = "";
            try {
                List<Attribute> described = source.attributes(handle, DESCRIBE);
                label = text(described.get(0));
                long objectClass = described.get(1).isAvailable() ? described.get(1).asLong() : -1;
                Octets blob = Octets.of(source.cloneOut(handle));
                kept.add(new BackupObject(handle, label, objectClass, blob));
                outcomes.add(ObjectOutcome.cloned(handle, label, kept.size()));
            } catch (LunaClientException e) {
                outcomes.add(ObjectOutcome.refused(handle, label, e));
            }
        }
        hsm.store(target.withObjects(kept));
        return new ArchiveReport(name, outcomes);
    }

    /** Clones every object of backup partition {@code name} into {@code target}, one by one. */
    public ArchiveReport restore(Session target, String name, String password) {
        BackupPartition backup = hsm.find(name).orElseThrow(() -> BackupHsm.notFound(name));
        checkPassword(backup, password);
        List<ObjectOutcome> outcomes = new ArrayList<>();
        int index = 0;
        for (BackupObject object : backup.objects()) {
            index++;
            try {
                long handle = target.cloneIn(object.blob().toByteArray());
                outcomes.add(ObjectOutcome.cloned(index, object.label(), handle));
            } catch (LunaClientException e) {
                outcomes.add(ObjectOutcome.refused(index, object.label(), e));
            }
        }
        return new ArchiveReport(name, outcomes);
    }

    private BackupPartition existingOrNew(Slot slot, String name, String password, BackupMode mode) {
        var existing = hsm.find(name);
        if (existing.isPresent()) {
            if (mode == BackupMode.NEW) {
                throw new LunaClientException(ReturnCodes.RC_OBJECT_ALREADY_EXISTS, "backup partition " + name
                        + " already exists; use -append or -replace");
            }
            checkPassword(existing.get(), password);
            return existing.get();
        }
        return new BackupPartition(name, clock.instant(), slot.server(), slot.partitionSerial(), slot.label(), "",
                BackupPassword.hash(password, random), List.of());
    }

    private static void checkPassword(BackupPartition partition, String password) {
        if (!BackupPassword.matches(password, partition.passwordHash())) {
            throw new LunaClientException(Ckr.PIN_INCORRECT,
                    "wrong password for backup partition " + partition.name());
        }
    }

    private static String text(Attribute attribute) {
        return attribute.isAvailable() ? attribute.asString() : "";
    }
}
