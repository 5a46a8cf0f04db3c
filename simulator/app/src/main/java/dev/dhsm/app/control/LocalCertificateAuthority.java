package dev.dhsm.app.control;

import dev.dhsm.wire.tls.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The HTTPS identity of the ARM facade and control API, as a local CA the emulator makes for itself: the CA
 * certificate is written to {@code arm-ca.pem} for clients to trust ({@code curl --cacert}), the server's key and
 * chain to {@code arm-tls.p12} (owner-only). Both are reused on later starts while they cover the names asked
 * for; the CA's key is never stored, so a new server certificate comes with a new CA.
 */
final class LocalCertificateAuthority {
    static final String CA_FILE = "arm-ca.pem";
    static final String KEYSTORE_FILE = "arm-tls.p12";
    /** The keystore only guards a file that is owner-only anyway; WireMock needs some password. */
    static final String KEYSTORE_PASSWORD = "dhsm-arm-tls";
    private static final String ALIAS = "arm";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private LocalCertificateAuthority() {
    }

    /** The files in {@code dir}, made now unless the ones there are good for {@code names} (DNS or IP). */
    static Path prepare(Path dir, List<String> names, Instant now) throws IOException {
        Files.createDirectories(dir);
        Path keystore = dir.resolve(KEYSTORE_FILE);
        if (reusable(keystore, dir.resolve(CA_FILE), names, now)) {
            return keystore;
        }
        try {
            issue(dir, names, now);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the HTTPS certificate of the control API: " + e.getMessage(), e);
        }
        return keystore;
    }

    private static boolean reusable(Path keystore, Path caFile, List<String> names, Instant now) {
        if (!Files.isRegularFile(keystore) || !Files.isRegularFile(caFile)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, KEYSTORE_PASSWORD.toCharArray());
            X509Certificate server = (X509Certificate) ks.getCertificate(ALIAS);
            X509Certificate ca = Pem.readCertificate(Files.readString(caFile, StandardCharsets.US_ASCII));
            server.checkValidity(Date.from(now.plus(RENEW_BEFORE)));
            server.verify(ca.getPublicKey());
            List<String> covered = new ArrayList<>();
            Collection<List<?>> sans = server.getSubjectAlternativeNames();
            for (List<?> san : sans == null ? List.<List<?>>of() : sans) {
                covered.add(String.valueOf(san.get(1)));
            }
            return names.stream().allMatch(n -> covered.contains(n) || covered.contains(normalized(n)));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static void issue(Path dir, List<String> names, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair caKeys = generator.generateKeyPair();
        KeyPair serverKeys = generator.generateKeyPair();
        Date from = Date.from(now.minus(Duration.ofHours(1)));
        Date to = Date.from(now.plus(VALIDITY));
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

        X500Name caName = new X500Name("CN=dhsm local CA " + Long.toHexString(random.nextLong()) + ", O=dhsm");
        X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, new BigInteger(64, random).abs(),
                from, to, caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
        X509Certificate caCert = sign(ca, caKeys.getPrivate());

        X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, new BigInteger(64, random).abs(),
                from, to, new X500Name("CN=localhost, O=dhsm"), serverKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(names))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        ext.createSubjectKeyIdentifier(serverKeys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
        X509Certificate serverCert = sign(server, caKeys.getPrivate());

        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, serverKeys.getPrivate(), KEYSTORE_PASSWORD.toCharArray(),
                new Certificate[] {serverCert, caCert});
        writePrivately(dir.resolve(KEYSTORE_FILE), out -> ks.store(out, KEYSTORE_PASSWORD.toCharArray()));
        byte[] caPem = Pem.write(caCert).getBytes(StandardCharsets.US_ASCII);
        writePrivately(dir.resolve(CA_FILE), out -> out.write(caPem));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static GeneralNames subjectAlternativeNames(List<String> names) {
        List<GeneralName> out = new ArrayList<>();
        for (String name : names) {
            boolean ip = name.matches("[0-9.]+") || name.contains(":");
            out.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(out.toArray(GeneralName[]::new));
    }

    /** How the JDK prints an address in a certificate ({@code ::1} becomes {@code 0:0:0:0:0:0:0:1}). */
    private static String normalized(String name) {
        if (!name.contains(":")) {
            return name;
        }
        try {
            return InetAddress.getByName(name).getHostAddress();
        } catch (IOException e) {
            return name;
        }
    }

    /** What writes a file's content. */
    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException, GeneralSecurityException;
    }

    private static void writePrivately(Path file, Writer writer) throws IOException, GeneralSecurityException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (POSIX) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        try (OutputStream out = Files.newOutputStream(temp)) {
            writer.write(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
