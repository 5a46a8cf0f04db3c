package dev.dhsm.conformance.steps;

import static dev.dhsm.conformance.steps.LunacmSteps.requireSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.lunacm.SlotListReport;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.ApplicationResult;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.PeerAppliance;
import dev.dhsm.conformance.target.RunningApplication;
import dev.dhsm.conformance.target.SignatureStream;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HA groups across appliances, as a Luna client sets them up and lives with them (reference §6): several appliances
 * prepared for one client, a long-running application on a group's virtual slot, a member that stops answering and
 * comes back, what the application and LunaCM then see, and the partitions' contents. Appliance 1 is the target's
 * own; appliances 2, 3 ... are its peers.
 */
public final class HaSteps {
    private static final String HSM_SO_PASSWORD = "Ha-HSM-SO-pass1";
    private static final Pattern MEMBER_ROW = Pattern.compile("(?m)^\\s*\\S+\\s+(\\d+)\\s+.*?\\s(alive|down)\\s*$");

    private final World world;
    private final ClientWorld client;
    private final Map<Integer, LunashSession> shells = new HashMap<>();
    private List<PeerAppliance> peers = List.of();
    private RunningApplication application;
    private String coPassword;
    private SignatureStream stream;
    private Map<Integer, String> slotSerials = Map.of();

    public HaSteps(World world, ClientWorld client) {
        this.world = world;
        this.client = client;
    }

    @Given("the client host reaches {int} appliances")
    public void reaches(int count) {
        client.requireClientHost();
        world.require(Capability.PEER_APPLIANCES, "the scenario groups partitions of several appliances");
        peers = world.target().peerAppliances(count - 1);
    }

    @Given("each appliance has an initialized HSM and the partition {string} assigned to the client {string}")
    public void eachPrepared(String partition, String clientName) {
        for (int n = 1; n <= peers.size() + 1; n++) {
            LunashSession shell = shell(n);
            lunash(shell, "hsm init -label ha" + n + " -defaultdomain -password " + HSM_SO_PASSWORD + " -force");
            createPartition(n, partition);
            deploy(n, clientName, partition);
        }
    }

    @Given("appliance {int} has a further partition {string} assigned to the client {string}")
    public void furtherPartition(int n, String partition, String clientName) {
        createPartition(n, partition);
        deploy(n, clientName, partition);
    }

    @When("support resets appliance {int} to its factory state")
    public void supportResets(int n) {
        world.require(Capability.SUPPORT, "the scenario has support reset an appliance");
        control(n).support().orElseThrow(() -> new IllegalStateException("appliance " + n
                + " has no support control")).requestFactoryReset();
        shells.remove(n);
    }

    @Given("appliance {int} has been set up again with the partition {string} assigned to the client {string}")
    public void setUpAgain(int n, String partition, String clientName) {
        lunash(shell(n), "hsm init -label ha" + n + " -defaultdomain -password " + HSM_SO_PASSWORD + " -force");
        createPartition(n, partition);
        deploy(n, clientName, partition);
    }

    @When("LunaCM removes the member that was on slot {int} from the HA group {string}")
    public void removesFormerMember(int slot, String group) {
        client.run("hagroup removemember -serialnumber " + serialOfSlot(slot) + " -group " + group);
    }

    @Given("the application has started and logged in to the slot labelled {string} as the Crypto Officer {string}")
    public void applicationStarted(String label, String password) {
        slotSerials = slotSerials();
        application = world.track(client.application().start());
        coPassword = password;
        ApplicationResult r = client.record(application.loginToSlotLabelled(label, password));
        assertTrue(r.succeeded(), r::describe);
    }

    @When("the running application generates the signing key {string}")
    public void generates(String label) {
        client.record(running().generateSigningKeyPair(label));
    }

    @When("the running application signs with the key {string}")
    public void signs(String label) {
        client.record(running().signAndVerify(label));
    }

    /** How a member fails under a running application. */
    @ParameterType("stops answering|is cut off the network|has its NTLS service restarted")
    public String memberFault(String fault) {
        return fault;
    }

    @When("the running application signs {int} times with the key {string} while appliance {int} {memberFault}"
            + " after {int} signatures")
    public void signsThroughAFailure(int count, String label, int n, String fault, int at) {
        Runnable failure = switch (fault) {
            case "stops answering" -> {
                EmulatorControl control = control(n);
                yield () -> control.blockNtlsPort(true);
            }
            case "is cut off the network" -> {
                EmulatorControl control = control(n);
                yield () -> control.cutNetwork(true);
            }
            default -> {
                LunashSession shell = shell(n);
                yield () -> lunash(shell, "service restart ntls");
            }
        };
        stream = running().signStream(label, count, at, failure);
    }

    @Then("every one of those signatures verifies")
    public void everySignatureVerifies() {
        assertEquals(stream.requested(), stream.verified(), () -> "Failures: " + stream.failures());
    }

    @When("appliance {int} stops answering")
    public void stopsAnswering(int n) {
        control(n).blockNtlsPort(true);
    }

    @When("appliance {int} answers again")
    public void answersAgain(int n) {
        control(n).blockNtlsPort(false);
    }

    @When("{int} second(s) pass(es) on the appliance clock")
    public void secondsPass(int seconds) {
        world.require(Capability.VIRTUAL_TIME, "the scenario waits on the client's clock");
        world.target().control().orElseThrow(() -> new IllegalStateException(world.target().name()
                + " claims VIRTUAL_TIME but has no control plane")).advanceClock(Duration.ofSeconds(seconds));
    }

    @Then("the running application sees the member on slot {int} of the HA group {string} as {string}")
    public void applicationSees(int slot, String group, String state) {
        String serial = serialOfSlot(slot);
        Map<String, String> members = running().haMembers(group);
        assertEquals(state, members.get(serial), () -> "member " + serial + " of " + group + ": " + members);
    }

    @Then("LunaCM lists the member on slot {int} of the HA group {string} as {string}")
    public void lunacmLists(int slot, String group, String state) {
        String serial = serialOfSlot(slot);
        LunacmResponse r = client.observe("hagroup listgroups", Answers.password(coPassword == null ? "" : coPassword));
        requireSuccess(r);
        Map<String, String> rows = new HashMap<>();
        Matcher m = MEMBER_ROW.matcher(r.text());
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        assertEquals(state, rows.get(serial), () -> "member " + serial + " of " + group + "; " + r.describe());
    }

    @Then("the LunaCM output does not contain {string}")
    public void outputLacks(String text) {
        LunacmResponse r = client.last();
        assertTrue(!r.text().contains(text), () -> "Did not expect '" + text + "' in the output; " + r.describe());
    }

    @Then("the Crypto Officer {string} can sign with the key {string} on slot {int}")
    public void canSignOn(String password, String label, int slot) {
        ApplicationResult r = client.record(client.application().signAndVerify(slot, password, label));
        assertTrue(r.succeeded(), r::describe);
    }

    @Then("the Crypto Officer {string} finds no key {string} on slot {int}")
    public void findsNoKeyOn(String password, String label, int slot) {
        ApplicationResult r = client.record(client.application().signAndVerify(slot, password, label));
        assertTrue(!r.succeeded() && r.detail().startsWith("0 objects"), r::describe);
    }

    private RunningApplication running() {
        if (application == null) {
            throw new IllegalStateException("the scenario has not started the application");
        }
        return application;
    }

    /** A partition's serial by its slot number when the application started (while every appliance answered). */
    private String serialOfSlot(int slot) {
        String serial = slotSerials.get(slot);
        if (serial == null) {
            throw new AssertionError("slot " + slot + " was not listed when the application started: " + slotSerials);
        }
        return serial;
    }

    private Map<Integer, String> slotSerials() {
        LunacmResponse r = client.observe("slot list", Answers.none());
        requireSuccess(r);
        Map<Integer, String> out = new HashMap<>();
        SlotListReport.parse(r.text()).slots().forEach(s -> out.put((int) s.slotId(), s.field("Serial Number")));
        return out;
    }

    private void createPartition(int n, String partition) {
        LunashSession shell = shell(n);
        lunash(shell, "hsm login -password " + HSM_SO_PASSWORD);
        lunash(shell, "partition create -partition " + partition + " -force");
        lunash(shell, "hsm logout");
    }

    private void deploy(int n, String clientName, String partition) {
        Account admin = shell(n).account();
        ApplianceAddress address = n == 1 ? world.target().address() : peers.get(n - 2).address();
        requireSuccess(client.run("clientconfig deploy " + address.deployOptions() + " -client " + clientName
                + " -partition " + partition + " -user " + admin.name(), Answers.password(admin.password())));
    }

    /** The administrator's shell on appliance {@code n}, opened (with the forced password change) on first use. */
    private LunashSession shell(int n) {
        if (n == 1) {
            return world.shell();
        }
        return shells.computeIfAbsent(n, i -> {
            PeerAppliance peer = peer(i);
            return world.track(peer.openShell(peer.adminAccount().withReplacement(world.choosePassword())));
        });
    }

    private PeerAppliance peer(int n) {
        if (n < 2 || n - 2 >= peers.size()) {
            throw new IllegalArgumentException("the scenario reaches " + (peers.size() + 1) + " appliances, not "
                    + n);
        }
        return peers.get(n - 2);
    }

    private EmulatorControl control(int n) {
        world.require(Capability.FAULTS, "the scenario makes an appliance stop answering its clients");
        return (n == 1 ? world.target().control() : peer(n).control()).orElseThrow(() ->
                new IllegalStateException("appliance " + n + " has no control plane"));
    }

    private static void lunash(LunashSession shell, String command) {
        LunashResponse r = shell.run(command);
        HsmSteps.requireSuccess(r);
    }
}
