package dev.dhsm.app;

import dev.dhsm.model.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code dhsm --version} reports: the emulator's own version and the appliance versions it emulates. */
public final class DhsmVersion implements IVersionProvider {
    private static final String RESOURCE = "/dev/dhsm/app/dhsm-version.properties";

    /** The emulator's version, from the build (e.g. {@code 0.1.0-SNAPSHOT}). */
    public static String dhsm() {
        Properties props = new Properties();
        try (InputStream in = DhsmVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dhsm " + dhsm(),
            "emulates Thales Luna 7 Network HSM, appliance software " + Versions.SOFTWARE + ", firmware "
                    + Versions.FIRMWARE + " (as Azure Dedicated HSM ships it)"
        };
    }
}
