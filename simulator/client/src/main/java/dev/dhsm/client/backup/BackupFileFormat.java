package dev.dhsm.client.backup;

import dev.dhsm.wire.message.Octets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-disk form of one backup partition of the emulated Luna Backup HSM ({@code <name>.bkp}), a UTF-8 text
 * file that a person can read and diff:
 *
 * <pre>
 * dhsm-backup-partition 1
 * name: nightly
 * created: 2026-03-01T10:00:00Z
 * source-server: 10.0.0.5
 * source-partition: 12345670000001
 * source-label: par1
 * domain-fingerprint:
 * password: pbkdf2-sha256:20000:&lt;salt&gt;:&lt;hash&gt;
 * object: &lt;source handle&gt; &lt;CKA_CLASS&gt; &lt;label, base64&gt; &lt;clone blob, base64&gt;
 * ...
 * end
 * </pre>
 *
 * Header lines are {@code key: value}; each object is one line. A file without the {@code end} line (a write cut
 * short) is refused.
 */
final class BackupFileFormat {

    static final String MAGIC = "dhsm-backup-partition 1";
    private static final String END = "end";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private BackupFileFormat() {
    }

    static String encode(BackupPartition p) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        header(out, "name", p.name());
        header(out, "created", p.created().toString());
        header(out, "source-server", p.sourceServer());
        header(out, "source-partition", p.sourcePartitionSerial());
        header(out, "source-label", p.sourceLabel());
        header(out, "domain-fingerprint", p.domainFingerprint());
        header(out, "password", p.passwordHash());
        for (BackupObject o : p.objects()) {
            out.append("object: ").append(o.sourceHandle()).append(' ').append(o.objectClass()).append(' ')
                    .append(B64.encodeToString(o.label().getBytes(StandardCharsets.UTF_8))).append(' ')
                    .append(B64.encodeToString(o.blob().toByteArray())).append('\n');
        }
        return out.append(END).append('\n').toString();
    }

    static BackupPartition decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].equals(MAGIC) || !lines[lines.length - 1].equals(END)) {
            throw new IllegalArgumentException("not a complete dhsm backup partition file");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<BackupObject> objects = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not 'key: value'");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (key.equals("object")) {
                objects.add(object(value, i + 1));
            } else {
                headers.put(key, value);
            }
        }
        try {
            return new BackupPartition(required(headers, "name"), Instant.parse(required(headers, "created")),
                    required(headers, "source-server"), required(headers, "source-partition"),
                    required(headers, "source-label"), headers.getOrDefault("domain-fingerprint", ""),
                    required(headers, "password"), objects);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad 'created' time", e);
        }
    }

    private static BackupObject object(String value, int line) {
        String[] f = value.split(" ");
        if (f.length != 4) {
            throw new IllegalArgumentException("line " + line + ": an object needs handle, class, label and blob");
        }
        try {
            return new BackupObject(Long.parseLong(f[0]), new String(B64D.decode(f[2]), StandardCharsets.UTF_8),
                    Long.parseLong(f[1]), Octets.of(B64D.decode(f[3])));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": malformed object", e);
        }
    }

    private static void header(StringBuilder out, String key, String value) {
        if (value.contains("\n")) {
            throw new IllegalArgumentException(key + " must be one line");
        }
        out.append(key).append(": ").append(value).append('\n');
    }

    private static String required(Map<String, String> headers, String key) {
        String v = headers.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }
}
