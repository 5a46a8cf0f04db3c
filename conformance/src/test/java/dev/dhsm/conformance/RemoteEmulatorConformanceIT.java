package dev.dhsm.conformance;

import static io.cucumber.junit.platform.engine.Constants.ANSI_COLORS_DISABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import dev.dhsm.conformance.target.TargetFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite over the wire: every scenario against a {@code dhsm serve} the suite starts as a separate
 * process (a remote-emulator target: SSH, the serial console, NTLS and the HTTPS control API, a reset before each
 * scenario), one at a time. The process is stopped after the suite, whatever happened.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.dhsm.conformance.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, "
        + "junit:target/cucumber-reports-remote/cucumber.xml, html:target/cucumber-reports-remote/cucumber.html, "
        + "message:target/cucumber-reports-remote/cucumber.ndjson, dev.dhsm.conformance.check.ProgressPlugin")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = ANSI_COLORS_DISABLED_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
class RemoteEmulatorConformanceIT {
    private static RemoteEmulatorProcess serve;

    @BeforeSuite
    static void startServe() throws IOException {
        Path jar = Path.of(System.getProperty("dhsm.serve.jar", "../simulator/app/target/dhsm.jar"));
        serve = RemoteEmulatorProcess.start(jar, Duration.ofSeconds(90));
        Path file = serve.writeTargetFile(Path.of("target/remote-emulator.yaml"));
        System.setProperty(TargetFactory.PROPERTY, file.toAbsolutePath().toString());
    }

    @AfterSuite
    static void stopServe() {
        System.clearProperty(TargetFactory.PROPERTY);
        if (serve != null) {
            serve.close();
        }
    }
}
