package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.lunash.PackageListReport;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;

/**
 * Appliance software packages: the installed list, copying a package to the account's file area (scp), and
 * installing it with {@code package update <file> -authcode <code>}.
 */
public final class PackageSteps {
    private final World world;

    public PackageSteps(World world) {
        this.world = world;
    }

    @When("the administrator lists the installed packages")
    public void listPackages() {
        world.run("package list");
    }

    @Then("the package {string} is installed")
    public void installed(String name) {
        LunashResponse r = packageList();
        assertTrue(PackageListReport.parse(r).has(name), () -> "Package " + name + " is not listed; " + r.describe());
    }

    @Then("the package {string} is not installed")
    public void notInstalled(String name) {
        LunashResponse r = packageList();
        assertFalse(PackageListReport.parse(r).has(name), () -> "Package " + name + " is already listed; " + r.describe());
    }

    @When("the administrator copies the package file {string} to the appliance")
    public void copyPackage(String fileName) {
        world.shell().upload(fileName, Fixtures.read("packages/" + fileName));
    }

    @When("the administrator installs the package {string} with its authorization code")
    public void install(String fileName) {
        world.run("package update " + fileName + " -authcode " + authcode(fileName));
    }

    /** The authorization code the package fixture declares on its {@code Authcode:} line. */
    private static String authcode(String fileName) {
        String text = new String(Fixtures.read("packages/" + fileName), StandardCharsets.UTF_8);
        return text.lines().filter(l -> l.startsWith("Authcode:")).map(l -> l.substring("Authcode:".length()).trim())
                .findFirst().orElseThrow(() -> new IllegalStateException("fixture " + fileName + " has no Authcode: line"));
    }

    private LunashResponse packageList() {
        LunashResponse r = world.observe("package list");
        HsmSteps.requireSuccess(r);
        return r;
    }
}
