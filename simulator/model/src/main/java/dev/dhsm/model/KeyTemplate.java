package dev.dhsm.model;

import java.util.Set;

/**
 * The attributes an application asks for when it generates or unwraps a key: label, id, whether it is a
 * token object, sensitive and extractable, and its usages. Null means "the partition's default".
 */
public record KeyTemplate(String label, byte[] id, Boolean token, Boolean sensitive, Boolean extractable,
                          Set<KeyUsage> usages) {
    public static KeyTemplate labelled(String label, Set<KeyUsage> usages) {
        return new KeyTemplate(label, null, true, true, false, usages);
    }
}
