package dev.dhsm.client.exchange;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import dev.dhsm.wire.tls.CertifiedKey;
import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The certificate files of a Luna client installation, in the layout {@code vtl} uses: {@code cert/client/<name>.pem}
 * and {@code <name>Key.pem} (from {@code vtl createCert}), and {@code cert/server/<server>Cert.pem} per appliance with
 * {@code cert/server/CAFile.pem} holding all of them (from {@code vtl addServer}).
 */
final class ClientFiles {

    private final Path home;

    ClientFiles(Path home) {
        this.home = home;
    }

    Path clientCertificate(String name) {
        return home.resolve("cert").resolve("client").resolve(name + ".pem");
    }

    Path clientKey(String name) {
        return home.resolve("cert").resolve("client").resolve(name + "Key.pem");
    }

    Path caFile() {
        return serverDir().resolve("CAFile.pem");
    }

    Path serverCertificate(String server) {
        return serverDir().resolve(server.replaceAll("[^A-Za-z0-9_.-]", "_") + "Cert.pem");
    }

    /** The client's certificate and key, if both files exist. */
    Optional<CertifiedKey> clientIdentity(String name) {
        Path cert = clientCertificate(name);
        Path key = clientKey(name);
        if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CertifiedKey(Pem.readCertificate(read(cert)), Pem.readPrivateKey(read(key))));
        } catch (IOException e) {
            throw fileError("cannot read the client certificate " + cert, e);
        }
    }

    void writeClientIdentity(String name, CertifiedKey identity) {
        write(clientKey(name), Pem.write(identity.privateKey()));
        write(clientCertificate(name), Pem.write(identity.certificate()));
    }

    /** Stores one appliance's certificate and rebuilds {@code CAFile.pem} from every stored one. */
    void pinServer(String server, String certificatePem) {
        write(serverCertificate(server), certificatePem);
        StringBuilder all = new StringBuilder();
        try (DirectoryStream<Path> certs = Files.newDirectoryStream(serverDir(), "*Cert.pem")) {
            for (Path cert : certs) {
                all.append(read(cert));
            }
        } catch (IOException e) {
            throw fileError("cannot rebuild " + caFile(), e);
        }
        write(caFile(), all.toString());
    }

    private Path serverDir() {
        return home.resolve("cert").resolve("server");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw fileError("cannot write " + file, e);
        }
    }

    private static LunaClientException fileError(String message, IOException e) {
        return new LunaClientException(ReturnCodes.RC_FILE_ERROR, message + ": " + e.getMessage(), e);
    }
}
