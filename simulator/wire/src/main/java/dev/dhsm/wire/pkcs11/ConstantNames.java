package dev.dhsm.wire.pkcs11;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Reverse lookup of the PKCS#11 constant tables, so logs and errors can show {@code CKR_PIN_INCORRECT} rather than
 * {@code 0xA0}.
 */
final class ConstantNames {

    private final String prefix;
    private final Map<Long, String> names;

    private ConstantNames(String prefix, Map<Long, String> names) {
        this.prefix = prefix;
        this.names = names;
    }

    /**
     * Collects the {@code public static final long} fields of {@code table}. When two names share a value
     * (an alias such as {@code CKU_CRYPTO_OFFICER} for {@code CKU_USER}), the one declared first wins.
     */
    static ConstantNames of(Class<?> table, String prefix) {
        Map<Long, String> names = new HashMap<>();
        for (Field field : table.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == long.class && Modifier.isPublic(modifiers)
                    && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                names.putIfAbsent(read(field), prefix + field.getName());
            }
        }
        return new ConstantNames(prefix, Collections.unmodifiableMap(names));
    }

    private static long read(Field field) {
        try {
            return field.getLong(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("constant " + field + " is not readable", e);
        }
    }

    /** The symbolic name, or {@code <PREFIX>0x........} for a value the table does not know. */
    String name(long value) {
        String name = names.get(value);
        return name != null ? name : String.format("%s0x%08X", prefix, value);
    }

    boolean isKnown(long value) {
        return names.containsKey(value);
    }
}
