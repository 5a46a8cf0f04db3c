package dev.dhsm.app.arm;

import static dev.dhsm.app.arm.ArmHttp.API;
import static dev.dhsm.app.arm.ArmHttp.NET_API;
import static dev.dhsm.app.arm.ArmHttp.expect;
import static dev.dhsm.app.arm.ArmHttp.hsm;
import static dev.dhsm.app.arm.ArmHttp.hsmBody;
import static dev.dhsm.app.arm.ArmHttp.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.app.LunashOverSsh;
import dev.dhsm.app.junit.DhsmFleet;
import dev.dhsm.app.junit.DhsmHandle;
import dev.dhsm.model.Appliance;
import dev.dhsm.model.Channel;
import dev.dhsm.model.HsmLifecycle;
import dev.dhsm.model.LunaException;
import dev.dhsm.model.ShellSession;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented Dedicated HSM failure modes, reproduced through the ARM API on a two-stamp fleet. */
@DhsmFleet(stamps = 2, https = true)
class ArmFailureModesTest {
    private static final Duration PROVISIONING = ArmSettings.DEFAULT_HSM_PROVISIONING;
    private static final String OTHER_SUB = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";

    private DhsmHandle dhsm;
    private ArmHttp arm;
    private String subnet;

    @BeforeEach
    void fresh(DhsmHandle handle) throws Exception {
        dhsm = handle;
        arm = new ArmHttp(handle);
        handle.control().resetArm();
        arm.network("rg", true, true);
        dhsm.advanceClock(ArmSettings.DEFAULT_GATEWAY_PROVISIONING);
        subnet = ArmHttp.vnet("rg", "vnet") + "/subnets/hsmsubnet";
    }

    private ArmHttp.Answer create(String name, String stamp, String ip) throws Exception {
        return expect(200, arm.put(q(hsm("rg", name), API), hsmBody(subnet, stamp, ip)));
    }

    private ArmHttp.Answer show(String name) throws Exception {
        return expect(200, arm.get(q(hsm("rg", name), API)));
    }

    private String statusMessage(ArmHttp.Answer a) {
        return a.json().at("/properties/statusMessage").asText();
    }

    private void deleteAndWait(String name) throws Exception {
        expect(202, arm.delete(q(hsm("rg", name), API)));
        dhsm.advanceClock(ArmSettings.DEFAULT_HSM_DELETION);
        assertEquals(404, arm.get(q(hsm("rg", name), API)).status());
    }

    @Test
    void fm01ASubscriptionOffTheAllowListCannotCreateUntilItIsAllowed() throws Exception {
        String rg = "/subscriptions/" + OTHER_SUB + "/resourceGroups/other";
        expect(201, arm.put(q(rg, "2022-09-01"), "{\"location\":\"eastus\"}"));
        String path = q(rg + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs/hsm1", API);
        ArmHttp.Answer refused = arm.put(path, hsmBody(subnet, "stamp1", null));
        assertEquals(403, refused.status());
        assertEquals("SubscriptionNotAllowlisted", refused.errorCode());
        assertTrue(refused.errorMessage().contains(OTHER_SUB), refused.errorMessage());

        dhsm.control().changeArmSettings(ArmSettingsChange.none()
                .withAllowedSubscriptions(List.of(ArmIdentity.SUBSCRIPTION, OTHER_SUB)));
        assertEquals("CheckingQuota", expect(200, arm.put(path, hsmBody(subnet, "stamp1", null))).state());
    }

    @Test
    void fm02AndFm03AnUndelegatedSubnetFailsProvisioningUntilTheDelegationIsAdded() throws Exception {
        expect(200, arm.put(q(ArmHttp.vnet("rg", "vnet") + "/subnets/hsmsubnet", NET_API),
                "{\"properties\":{\"addressPrefix\":\"127.0.1.0/24\"}}"));
        create("hsm1", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer failed = show("hsm1");
        assertEquals("Failed", failed.state());
        assertTrue(statusMessage(failed).contains(subnet), statusMessage(failed));
        assertTrue(statusMessage(failed).contains("Microsoft.HardwareSecurityModules/dedicatedHSMs"),
                statusMessage(failed));
        assertEquals(0, failed.json().at("/properties/networkProfile/networkInterfaces").size());

        expect(200, arm.put(q(ArmHttp.vnet("rg", "vnet") + "/subnets/hsmsubnet", NET_API),
                "{\"properties\":{\"addressPrefix\":\"127.0.1.0/24\",\"delegations\":[{\"name\":\"0\","
                        + "\"properties\":{\"serviceName\":\"Microsoft.HardwareSecurityModules/dedicatedHSMs\"}}]}}"));
        assertEquals("CheckingQuota", create("hsm1", "stamp1", null).state());
        dhsm.advanceClock(PROVISIONING);
        assertEquals("Succeeded", show("hsm1").state());
    }

    @Test
    void fm04AndFm05AnHsmDeployedBeforeItsGatewayFailsAndARerunAfterTheGatewayWorks() throws Exception {
        arm.network("rg2", true, true);
        String subnet2 = ArmHttp.vnet("rg2", "vnet") + "/subnets/hsmsubnet";
        expect(200, arm.put(q(hsm("rg2", "hsm1"), API), hsmBody(subnet2, "stamp1", null)));
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer failed = expect(200, arm.get(q(hsm("rg2", "hsm1"), API)));
        assertEquals("Failed", failed.state());
        assertTrue(statusMessage(failed).contains("has not finished deploying"), statusMessage(failed));
        ArmHttp.Answer gateway = expect(200, arm.get(q(ArmHttp.gateway("rg2", "gw"), NET_API)));
        assertEquals("Updating", gateway.state());

        dhsm.advanceClock(ArmSettings.DEFAULT_GATEWAY_PROVISIONING);
        assertEquals("Succeeded", expect(200, arm.get(q(ArmHttp.gateway("rg2", "gw"), NET_API))).state());
        expect(200, arm.put(q(hsm("rg2", "hsm1"), API), hsmBody(subnet2, "stamp1", null)));
        dhsm.advanceClock(PROVISIONING);
        assertEquals("Succeeded", expect(200, arm.get(q(hsm("rg2", "hsm1"), API))).state());

        expect(202, arm.delete(q(hsm("rg2", "hsm1"), API)));
        dhsm.advanceClock(ArmSettings.DEFAULT_HSM_DELETION);
        expect(200, arm.put(q(hsm("rg2", "hsm1"), API), hsmBody(subnet2, "stamp1", null)));
        dhsm.advanceClock(PROVISIONING);
        assertEquals("Succeeded", expect(200, arm.get(q(hsm("rg2", "hsm1"), API))).state());
    }

    @Test
    void fm06ThreeInAStampOrFiveInARegionFailUntilLeftoversAreDeleted() throws Exception {
        create("hsm-1", "stamp1", null);
        create("hsm-2", "stamp1", null);
        create("hsm-3", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        assertEquals("Succeeded", show("hsm-2").state());
        ArmHttp.Answer third = show("hsm-3");
        assertEquals("Failed", third.state());
        assertTrue(statusMessage(third).contains("stamp 'stamp1'"), statusMessage(third));

        create("hsm-4", "stamp2", null);
        create("hsm-5", "stamp2", null);
        dhsm.advanceClock(PROVISIONING);
        create("hsm-6", "stamp2", null);
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer sixth = show("hsm-6");
        assertEquals("Failed", sixth.state());
        assertTrue(statusMessage(sixth).contains("per region (4)"), statusMessage(sixth));

        deleteAndWait("hsm-1");
        create("hsm-3", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        assertEquals("Succeeded", show("hsm-3").state());
    }

    @Test
    void fm07AFullStampOrRegionFailsWithAnAllocationError() throws Exception {
        List<String> stamp1 = dhsm.control().armDevices().stream().filter(d -> d.stamp() == 1
                && d.kind().equals("CUSTOMER")).map(DeviceView::id).toList();
        assertEquals(12, stamp1.size());
        stamp1.forEach(id -> dhsm.control().setDeviceOccupied(id, true));
        create("hsm-1", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer full = show("hsm-1");
        assertEquals("Failed", full.state());
        assertTrue(statusMessage(full).contains("stamp 'stamp1' of region 'eastus' has no free device"),
                statusMessage(full));

        dhsm.control().armDevices().stream().filter(d -> d.state().equals("free"))
                .forEach(d -> dhsm.control().setDeviceOccupied(d.id(), true));
        expect(200, arm.put(q(hsm("rg", "hsm-2"), API), hsmBody(subnet, null, null)));
        dhsm.advanceClock(PROVISIONING);
        assertTrue(statusMessage(show("hsm-2")).contains("region 'eastus' has no free device"));

        dhsm.control().setDeviceOccupied(stamp1.get(4), false);
        create("hsm-1", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer ok = show("hsm-1");
        assertEquals("Succeeded", ok.state());
        assertEquals("127.0.1.5", ok.json().at("/properties/networkProfile/networkInterfaces/0/privateIpAddress")
                .asText());
    }

    @Test
    void fm08TheNicSitsNextToTheHsmAndItsIpReachesTheAppliance() throws Exception {
        create("hsm1", "stamp2", null);
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer list = expect(200, arm.get(q(ArmHttp.group("rg") + "/resources", "2021-04-01")));
        List<String> types = list.json().findValuesAsText("type");
        assertTrue(types.contains("Microsoft.HardwareSecurityModules/dedicatedHSMs"), types.toString());
        assertTrue(types.contains("Microsoft.Network/networkInterfaces"), types.toString());
        ArmHttp.Answer nic = expect(200, arm.get(q(ArmHttp.group("rg")
                + "/providers/Microsoft.Network/networkInterfaces/hsm1_HSMnic", NET_API)));
        String ip = nic.json().at("/properties/ipConfigurations/0/properties/privateIPAddress").asText();
        assertEquals("127.0.1.16", ip);
        int sshPort = dhsm.ssh("eastus-s2-d01").getPort();
        LunashOverSsh.login(new InetSocketAddress(ip, sshPort), "tenantadmin", DhsmHandle.FACTORY_PASSWORD);
    }

    @Test
    void fm09ASecondGatewayInTheSameVnetFails() throws Exception {
        ArmHttp.Answer second = arm.put(q(ArmHttp.gateway("rg", "gw2"), NET_API),
                ArmHttp.gatewayBody(ArmHttp.vnet("rg", "vnet")));
        assertEquals(400, second.status());
        assertEquals("VnetGatewayAlreadyExists", second.errorCode());
        expect(200, arm.put(q(ArmHttp.gateway("rg", "gw"), NET_API), ArmHttp.gatewayBody(ArmHttp.vnet("rg", "vnet"))));
    }

    @Test
    void fm10AnExplicitPrivateIpIsHonouredAndOneOutsideTheSubnetRefused() throws Exception {
        create("hsm1", "stamp1", "127.0.1.7");
        dhsm.advanceClock(PROVISIONING);
        ArmHttp.Answer nic = expect(200, arm.get(q(ArmHttp.group("rg")
                + "/providers/Microsoft.Network/networkInterfaces/hsm1_HSMnic", NET_API)));
        assertEquals("127.0.1.7", nic.json().at("/properties/ipConfigurations/0/properties/privateIPAddress").asText());
        assertEquals("Static", nic.json().at("/properties/ipConfigurations/0/properties/privateIPAllocationMethod")
                .asText());
        ArmHttp.Answer outside = arm.put(q(hsm("rg", "hsm2"), API), hsmBody(subnet, "stamp1", "10.9.9.9"));
        assertEquals(400, outside.status());
        assertEquals("PrivateIPAddressNotInSubnet", outside.errorCode());
    }

    @Test
    void fm24DeleteIsRefusedUntilTheHsmIsZeroizedAndTheDeviceComesBackReset() throws Exception {
        create("hsm1", "stamp1", null);
        dhsm.advanceClock(PROVISIONING);
        Appliance device = dhsm.control().fleet().member("eastus-s1-d01").orElseThrow().node().appliance();
        ShellSession admin = device.login("tenantadmin", "PASSWORD", Channel.SSH, "test").session().orElseThrow();
        device.transact(tx -> tx.accounts().changePassword(admin, "Tenant-Adm1n"));
        device.run(tx -> tx.hsm().hardInit(admin, "HSM1", "So-Passw0rd", "defaultdomain"));

        ArmHttp.Answer refused = arm.delete(q(hsm("rg", "hsm1"), API));
        assertEquals(409, refused.status());
        assertEquals("HsmNotZeroized", refused.errorCode());

        for (int i = 0; i < 3; i++) {
            assertThrows(LunaException.class, () -> device.run(tx -> tx.hsm().login(admin, "wrong-pass")));
        }
        assertEquals(HsmLifecycle.ZEROIZED, device.transact(tx -> tx.hsm().lifecycle()));
        deleteAndWait("hsm1");
        assertEquals("free", dhsm.control().armDevices().get(0).state());
        Appliance reset = dhsm.control().fleet().member("eastus-s1-d01").orElseThrow().node().appliance();
        assertEquals(HsmLifecycle.FACTORY_FRESH, reset.transact(tx -> tx.hsm().lifecycle()));
        assertTrue(reset.login("tenantadmin", "PASSWORD", Channel.SSH, "test").session().isPresent());
    }
}
