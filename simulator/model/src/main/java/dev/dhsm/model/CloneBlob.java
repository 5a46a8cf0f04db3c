package dev.dhsm.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The plaintext of an object being cloned between partitions (backup, restore, HA replication): its
 * attributes and key material. It only ever travels sealed under the source partition's domain key.
 */
record CloneBlob(ObjectClass objectClass, KeyType keyType, int bits, String curve, KeyTemplate template,
                 byte[] publicKey, byte[] material) {
    private static final int MAGIC = 0x44484331;

    byte[] encode() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(objectClass.name());
            out.writeUTF(keyType.name());
            out.writeInt(bits);
            out.writeUTF(curve == null ? "" : curve);
            out.writeUTF(template.label() == null ? "" : template.label());
            writeBytes(out, template.id());
            out.writeBoolean(Boolean.TRUE.equals(template.token()));
            out.writeBoolean(Boolean.TRUE.equals(template.sensitive()));
            out.writeBoolean(Boolean.TRUE.equals(template.extractable()));
            int mask = 0;
            for (KeyUsage u : template.usages()) {
                mask |= 1 << u.ordinal();
            }
            out.writeInt(mask);
            writeBytes(out, publicKey);
            writeBytes(out, material);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static CloneBlob decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new CkrException(Ckr.DATA_INVALID, "not a clone blob");
            }
            ObjectClass cls = ObjectClass.valueOf(in.readUTF());
            KeyType type = KeyType.valueOf(in.readUTF());
            int bits = in.readInt();
            String curve = in.readUTF();
            String label = in.readUTF();
            byte[] id = readBytes(in);
            boolean token = in.readBoolean();
            boolean sensitive = in.readBoolean();
            boolean extractable = in.readBoolean();
            int mask = in.readInt();
            Set<KeyUsage> usages = EnumSet.noneOf(KeyUsage.class);
            for (KeyUsage u : KeyUsage.values()) {
                if ((mask & (1 << u.ordinal())) != 0) {
                    usages.add(u);
                }
            }
            byte[] pub = readBytes(in);
            byte[] material = readBytes(in);
            return new CloneBlob(cls, type, bits, curve.isEmpty() ? null : curve,
                    new KeyTemplate(label, id, token, sensitive, extractable, usages), pub, material);
        } catch (IOException | IllegalArgumentException e) {
            throw new CkrException(Ckr.DATA_INVALID, "malformed clone blob");
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b == null ? -1 : b.length);
        if (b != null) {
            out.write(b);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > 1 << 20) {
            throw new IOException("field too long");
        }
        return in.readNBytes(n);
    }
}
