package dev.dhsm.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with a partition's objects.
 *
 * <pre>
 * access   what                                             po   co   cu
 * READ     find objects, read public attributes              -    x    x
 * USE      sign, verify, encrypt, decrypt, wrap              -    x    x
 * MANAGE   generate, destroy, unwrap, clone in/out            -    x    -
 * </pre>
 */
public enum ObjectAccess {
    READ(EnumSet.of(PartitionRole.CO, PartitionRole.CU)),
    USE(EnumSet.of(PartitionRole.CO, PartitionRole.CU)),
    MANAGE(EnumSet.of(PartitionRole.CO));

    private final Set<PartitionRole> roles;

    ObjectAccess(Set<PartitionRole> roles) {
        this.roles = roles;
    }

    public boolean allowedFor(PartitionRole role) {
        return role != null && roles.contains(role);
    }
}
