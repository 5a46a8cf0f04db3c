package dev.dhsm.model;

import java.util.List;
import java.util.Optional;

/**
 * Port to each shell account's file area (its scp/sftp home), where users upload packages and client
 * certificates and fetch {@code server.pem}. The model reads and lists; the transports write.
 */
public interface FileArea {
    Optional<byte[]> read(String account, String fileName);

    List<String> list(String account);

    void write(String account, String fileName, byte[] content);

    void delete(String account, String fileName);

    /** Removes every file of every account, as a factory reset does. */
    void clearAll();
}
