package dev.dhsm.client.lunacm;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Where a LunaCM process lives: its clock (backup timestamps), its random source (backup password salts), the
 * {@code Chrystoki.conf} it reads and {@code clientconfig deploy} writes, and the client directory that holds
 * {@code cert/client} and {@code cert/server}.
 *
 * @param clock      the client's clock
 * @param random     the client's random source
 * @param confFile   the {@code Chrystoki.conf}
 * @param clientHome the client's directory
 */
public record LunacmEnvironment(InstantSource clock, SecureRandom random, Path confFile, Path clientHome) {

    public LunacmEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(confFile, "confFile");
        Objects.requireNonNull(clientHome, "clientHome");
    }
}
