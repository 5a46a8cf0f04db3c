package dev.dhsm.conformance.driver;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.lunacm.LunacmEnvironment;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A Luna client machine emulated in this process: a directory holding {@code Chrystoki.conf} (with a {@code Backup}
 * section for an emulated Luna Backup HSM, and no appliance until {@code clientconfig deploy} adds one), the
 * client's certificates under {@code cert/}, and the Backup HSM's files; a clock, which the emulated client shares
 * with the appliance it talks to so certificates are valid on both; and a seeded random source for its keys. Its
 * LunaCM processes and applications all use that one configuration. Closing it deletes the directory.
 */
public final class ClientHost implements AutoCloseable {
    /** The serial number the emulated Backup HSM reports. */
    public static final String BACKUP_SERIAL = "700001";

    private final Path home;
    private final Path confFile;
    private final InstantSource clock;
    private final SecureRandom random;
    private final Duration timeout;

    private ClientHost(Path home, InstantSource clock, SecureRandom random, Duration timeout) {
        this.home = home;
        this.confFile = home.resolve("Chrystoki.conf");
        this.clock = clock;
        this.random = random;
        this.timeout = timeout;
    }

    /** A fresh client host in a new temporary directory. */
    public static ClientHost create(InstantSource clock, long seed, Duration timeout) {
        try {
            Path home = Files.createTempDirectory("dhsm-client-");
            ClientHost host = new ClientHost(home, clock, seededRandom(seed), timeout);
            ChrystokiConf.empty()
                    .with(ChrystokiConf.BACKUP_SECTION, "Directory", home.resolve("backup").toString())
                    .with(ChrystokiConf.BACKUP_SECTION, "Serial", BACKUP_SERIAL)
                    .write(host.confFile);
            return host;
        } catch (IOException e) {
            throw new TargetException("cannot create the client host's directory: " + e.getMessage(), e);
        }
    }

    public Path confFile() {
        return confFile;
    }

    /** Starts a LunaCM process on this host. */
    public LunacmSession lunacm() {
        return InProcessLunacm.start(new LunacmEnvironment(clock, random, confFile, home), timeout);
    }

    /** A PKCS#11 application on this host. */
    public ClientApplication application() {
        return new LibraryApplication(confFile, clock, timeout);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the client host's directory " + home, e);
        }
    }

    /** The same keys on every run (design rule 11): SHA1PRNG seeded before first use is deterministic. */
    private static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
        }
    }
}
