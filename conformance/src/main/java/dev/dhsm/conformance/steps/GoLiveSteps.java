package dev.dhsm.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.lunacm.SlotListReport;
import dev.dhsm.conformance.lunash.HsmShowReport;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.Scenario;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read-only checks a team runs on a device before it goes live: versions, the patch, initialization, the
 * lockout policies, the NTLS certificate, the NTLS port and the client's registration. On a real appliance they only
 * read; on an emulator, which starts factory-fresh, the background first sets the device up as a team would.
 */
public final class GoLiveSteps {
    static final String PARTITION = "golive1";
    private static final DateTimeFormatter NTLS_DATE = DateTimeFormatter.ofPattern("yyyy MMM dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);
    private static final DateTimeFormatter STATUS_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss z yyyy",
            Locale.ENGLISH);

    private final World world;
    private final ClientWorld client;
    private final HsmSteps hsm;
    private final PackageSteps packages;
    private final PartitionSteps partitions;
    private final HaSteps ha;
    private Scenario scenario;

    public GoLiveSteps(World world, ClientWorld client, HsmSteps hsm, PackageSteps packages, PartitionSteps partitions,
            HaSteps ha) {
        this.world = world;
        this.client = client;
        this.hsm = hsm;
        this.packages = packages;
        this.partitions = partitions;
        this.ha = ha;
    }

    @Before
    public void remember(Scenario s) {
        this.scenario = s;
    }

    @Given("a device set up for go-live \\(an emulator is set up here; a real device is checked as it is)")
    public void setUpForGoLive() {
        world.loginOverSsh();
        if (world.target().control().isEmpty()) {
            scenario.log("A real device: checked as the team left it; nothing is changed.");
            return;
        }
        packages.copyPackage("lunasa_kb0019789.spkg");
        packages.install("lunasa_kb0019789.spkg");
        HsmSteps.requireSuccess(world.last());
        hsm.hsmInitialized("golive", "GoLive-SO-pass1");
        hsm.soHasCreatedPartition(PARTITION);
    }

    @Given("a client host registered for the go-live partition \\(set up here on an emulator; a real one is checked as it is)")
    public void clientHostForGoLive() {
        client.requireClientHost();
        if (world.target().control().isEmpty()) {
            return;
        }
        partitions.hasExchanged("golive-app", PARTITION);
        partitions.hasBeenInitialized(0, PARTITION, "GoLive-PO-pass1", "golive-domain");
    }

    @Given("an HA group on the client host \\(set up here over two emulated appliances with a retry count; a real one is "
            + "checked as it is)")
    public void haGroupForGoLive() {
        client.requireClientHost();
        if (world.target().control().isEmpty()) {
            return;
        }
        ha.reaches(2);
        ha.eachPrepared("p1", "golive-app");
        for (int slot = 0; slot < 2; slot++) {
            partitions.hasBeenInitialized(slot, "golive-" + slot, "GoLive-PO-pass1", "golive-domain");
            partitions.coCreated(slot, "GoLive-CO-pass1", "GoLive-PO-pass1");
        }
        LunacmSteps.requireSuccess(client.run("hagroup creategroup -label golive -slot 0 -password GoLive-CO-pass1"));
        LunacmSteps.requireSuccess(client.run("hagroup addmember -slot 1 -group golive -password GoLive-CO-pass1"));
        LunacmSteps.requireSuccess(client.run("hagroup retry -count 3"));
    }

    @Then("HA auto-recovery is enabled with a retry count, and every member of every HA group is alive")
    public void haAutoRecovery() {
        LunacmResponse list = client.observe("hagroup listgroups", dev.dhsm.conformance.target.Answers.password(""));
        assertTrue(list.succeeded(), list::describe);
        String recovery = haField(list, "HA auto recovery");
        String retries = haField(list, "Maximum auto recovery retry");
        scenario.log("HA auto recovery " + recovery + ", maximum retry " + retries);
        assertEquals("enabled", recovery, () -> "a failed member will not come back by itself (FM-22): set a retry count "
                + "with 'hagroup retry -count N':\n" + list.text());
        assertTrue(Integer.parseInt(retries) > 0, () -> "no auto-recovery retries:\n" + list.text());
        assertTrue(list.text().contains("HA Group Label:"), () -> "no HA group is configured:\n" + list.text());
        List<String> members = list.text().lines().filter(l -> l.matches("\\s*\\d+\\s{4}\\S+.*")).toList();
        assertFalse(members.isEmpty(), () -> "the HA groups list no members:\n" + list.text());
        for (String m : members) {
            assertTrue(m.trim().endsWith("alive"), () -> "an HA member is not alive (FM-22: recover it with 'hagroup recover'): "
                    + m.trim());
        }
    }

    private static String haField(LunacmResponse r, String name) {
        return r.text().lines().map(String::trim).filter(l -> l.startsWith(name + ":")).findFirst()
                .map(l -> l.substring(name.length() + 1).trim())
                .orElseThrow(() -> new AssertionError("hagroup listgroups shows no '" + name + "':\n" + r.text()));
    }

    @Then("the HSM has been initialized")
    public void hsmInitialized() {
        HsmShowReport show = HsmShowReport.parse(world.observe("hsm show"));
        assertFalse(show.zeroized(), () -> "hsm show reports the HSM as zeroized (not initialized):\n" + show.fields());
        assertTrue(show.field("HSM Label").filter(l -> !l.isBlank()).isPresent(), () -> "no HSM label: " + show.fields());
    }

    @Then("HSM policy 15 {string} is as the team intends")
    public void policy15AsIntended(String name) {
        LunashResponse policies = world.observe("hsm showPolicies");
        HsmSteps.requireSuccess(policies);
        String row = policies.lines().stream().filter(l -> l.contains(name)).findFirst().orElseThrow(
                () -> new AssertionError("hsm showPolicies has no row for '" + name + "':\n" + policies.text()));
        String[] columns = row.trim().split("\\s{2,}");
        assertEquals("15", columns[2], () -> "not policy 15: " + row);
        int value = columns[1].equalsIgnoreCase("On") ? 1 : columns[1].equalsIgnoreCase("Off") ? 0
                : Integer.parseInt(columns[1]);
        int intended = world.target().intended().policy15();
        scenario.log("HSM policy 15 is " + value + "; the team intends " + intended);
        assertEquals(intended, value, () -> "HSM policy 15 '" + name + "' is " + columns[1] + ", the target file intends "
                + intended + ":\n" + row);
    }

    @Then("the Crypto Officer lockout threshold of the go-live partition is as the team intends")
    public void coThresholdAsIntended() {
        SlotListReport.SlotBlock slot = firstPartitionSlot();
        LunacmResponse policies = client.observe("partition showPolicies -slot " + slot.slotId(),
                dev.dhsm.conformance.target.Answers.none());
        assertTrue(policies.succeeded(), policies::describe);
        String row = policies.text().lines().filter(l -> l.trim().startsWith("20:")).findFirst().orElseThrow(
                () -> new AssertionError("partition showPolicies lists no policy 20:\n" + policies.text()));
        int value = Integer.parseInt(row.substring(row.lastIndexOf(':') + 1).trim());
        int intended = world.target().intended().coLockoutThreshold();
        scenario.log("Partition policy 20 (max failed user logins) is " + value + "; the team intends " + intended);
        assertEquals(intended, value, () -> "the CO lockout threshold (partition policy 20) is " + value
                + ", the target file intends " + intended + ": " + row.trim());
    }

    @Then("the NTLS certificate is valid for at least the days the team intends")
    public void certificateDays() {
        LunashResponse ntls = world.observe("ntls show");
        HsmSteps.requireSuccess(ntls);
        String until = field(ntls, "Server certificate valid until:").orElseThrow(
                () -> new AssertionError("ntls show gives no certificate validity:\n" + ntls.text()));
        LunashResponse date = world.observe("status date");
        HsmSteps.requireSuccess(date);
        String nowText = date.lines().stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().trim();
        ZonedDateTime now = ZonedDateTime.parse(nowText, STATUS_DATE);
        ZonedDateTime expiry = ZonedDateTime.parse(until, NTLS_DATE);
        long days = Duration.between(now, expiry).toDays();
        int intended = world.target().intended().minCertificateDays();
        scenario.log("The NTLS certificate is valid until " + until + ": " + days + " days from the appliance's " + nowText);
        assertTrue(days >= intended, () -> "the NTLS certificate expires in " + days + " days (" + until
                + "); the team wants at least " + intended);
    }

    @Then("TCP port 1792 of the appliance accepts connections from the client host")
    public void ntlsPortOpen() {
        Optional<String> refusal = world.target().ntlsPortRefusal();
        assertTrue(refusal.isEmpty(), () -> refusal.orElse(""));
    }

    @Then("LunaCM on the client host reaches a partition of the appliance over NTLS")
    public void lunacmReachesPartition() {
        firstPartitionSlot();
    }

    @Then("every registered client has a certificate on the appliance")
    public void everyClientHasCertificate() {
        LunashResponse list = world.observe("client list");
        HsmSteps.requireSuccess(list);
        List<String> names = list.lines().stream().filter(l -> l.trim().startsWith("registered client"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).toList();
        assertFalse(names.isEmpty(), () -> "no client is registered on the appliance:\n" + list.text());
        for (String name : names) {
            LunashResponse fp = world.observe("client fingerprint -client " + name);
            HsmSteps.requireSuccess(fp);
            assertTrue(fp.text().contains("Certificate fingerprint:"), () -> name + ": " + fp.text());
        }
        scenario.log("Registered clients: " + names);
    }

    private SlotListReport.SlotBlock firstPartitionSlot() {
        client.requireClientHost();
        LunacmResponse slots = client.observe("slot list", dev.dhsm.conformance.target.Answers.none());
        assertTrue(slots.succeeded(), slots::describe);
        List<SlotListReport.SlotBlock> found = SlotListReport.parse(slots.text()).partitions();
        assertFalse(found.isEmpty(), () -> "LunaCM lists no partition slot: the client cannot reach a partition over "
                + "NTLS:\n" + slots.text());
        return found.get(0);
    }

    private static Optional<String> field(LunashResponse r, String label) {
        return r.lines().stream().filter(l -> l.trim().startsWith(label))
                .map(l -> l.trim().substring(label.length()).trim()).findFirst();
    }
}
