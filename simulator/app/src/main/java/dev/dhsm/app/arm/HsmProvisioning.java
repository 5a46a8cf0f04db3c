package dev.dhsm.app.arm;

import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.DeviceSlot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the resource provider does behind a dedicatedHSMs PUT and DELETE, one {@link HsmPhase} step at a
 * time: checks the subscription's quota (FM-06: 2 per stamp, 4 per region, failed HSMs included), allocates a
 * free customer device of the stamp (FM-07), connects it through a delegated subnet (FM-03) and the VNet's
 * ExpressRoute gateway (FM-04), and on deletion resets the device and returns it to the free pool (FM-24).
 */
final class HsmProvisioning {
    static final int QUOTA_PER_STAMP = 2;
    static final int QUOTA_PER_REGION = 4;
    static final String DELEGATION = "Microsoft.HardwareSecurityModules/dedicatedHSMs";
    private static final Logger LOG = LoggerFactory.getLogger(HsmProvisioning.class);

    private final ArmService arm;

    HsmProvisioning(ArmService arm) {
        this.arm = arm;
    }

    void restart(ArmResource r, Instant now) {
        r.phase = HsmPhase.CheckingQuota.name();
        r.since = now;
        r.failure = null;
        r.stamp = null;
        r.device = null;
    }

    void step(ArmResource r, Instant at) {
        switch (HsmPhase.valueOf(r.phase)) {
            case CheckingQuota -> checkQuota(r, at);
            case Allocating -> allocate(r, at);
            case Provisioning -> checkDelegation(r, at);
            case Connecting -> checkGateway(r, at);
            case Deleting -> finishDeletion(r);
            default -> throw new IllegalStateException("nothing is due in " + r.phase);
        }
    }

    private void advance(ArmResource r, Instant at) {
        r.phase = HsmPhase.valueOf(r.phase).next().orElseThrow().name();
        r.since = at;
    }

    private void fail(ArmResource r, Instant at, String code, String message) {
        r.phase = HsmPhase.Failed.name();
        r.since = at;
        r.failure = new ArmError(code, message);
        r.device = null;
    }

    /** HSMs of the same subscription and region that hold quota: past their quota check, except this one. */
    private List<ArmResource> quotaHolders(ArmResource r) {
        return arm.resources(HsmProvider.TYPE).stream().filter(o -> o != r && o.stamp != null
                && o.subscription.equalsIgnoreCase(r.subscription) && o.location.equals(r.location)
                && !(o.failure != null && "QuotaExceeded".equals(o.failure.code()))).toList();
    }

    private void checkQuota(ArmResource r, Instant at) {
        List<ArmResource> holders = quotaHolders(r);
        if (holders.size() >= QUOTA_PER_REGION) {
            fail(r, at, "QuotaExceeded", "Deployment failed: the subscription '" + r.subscription + "' already has "
                    + holders.size() + " Dedicated HSMs in region '" + r.location + "', the most it may have per "
                    + "region (" + QUOTA_PER_REGION + "). Delete the HSM resources left by earlier deployments, "
                    + "failed ones included, or ask HSMrequest@microsoft.com for more quota.");
            return;
        }
        Integer requested = requestedStamp(r);
        TreeSet<Integer> stamps = new TreeSet<>();
        arm.pool().devices().forEach(d -> stamps.add(d.stamp()));
        if (requested != null) {
            stamps.clear();
            stamps.add(requested);
        }
        for (int stamp : stamps) {
            long inStamp = holders.stream().filter(o -> o.stamp == stamp).count();
            if (inStamp < QUOTA_PER_STAMP) {
                r.stamp = stamp;
                advance(r, at);
                return;
            }
        }
        String where = requested != null ? "stamp 'stamp" + requested + "'" : "every stamp";
        fail(r, at, "QuotaExceeded", "Deployment failed: the subscription '" + r.subscription + "' already has "
                + QUOTA_PER_STAMP + " Dedicated HSMs in " + where + " of region '" + r.location + "', the most it "
                + "may have per stamp. Delete the HSM resources left by earlier deployments, failed ones included, "
                + "or ask HSMrequest@microsoft.com for more quota.");
    }

    private static Integer requestedStamp(ArmResource r) {
        String stampId = ArmJson.text(r.properties, "stampId");
        return stampId == null ? null : Integer.valueOf(stampId.toLowerCase(Locale.ROOT).substring(5));
    }

    private void allocate(ArmResource r, Instant at) {
        List<DeviceSlot> stampDevices = arm.pool().devices().stream().filter(d -> d.kind() == DeviceKind.CUSTOMER
                && d.stamp() == r.stamp).toList();
        List<DeviceSlot> free = stampDevices.stream().filter(d -> !arm.state.occupied.contains(d.id())
                && arm.hsms.holderOf(d.id()).isEmpty()).toList();
        Optional<DeviceSlot> chosen = r.requestedIp == null ? free.stream().findFirst()
                : free.stream().filter(d -> d.address().equals(r.requestedIp)).findFirst();
        if (chosen.isPresent()) {
            r.device = chosen.get().id();
            advance(r, at);
            return;
        }
        if (r.requestedIp != null && !free.isEmpty()) {
            fail(r, at, "AllocationFailed", "Deployment failed: no free device of stamp 'stamp" + r.stamp
                    + "' in region '" + r.location + "' has the private IP address " + r.requestedIp + ". Request "
                    + "another address, or leave it out to take any free device.");
            return;
        }
        String scope = requestedStamp(r) != null ? "stamp 'stamp" + r.stamp + "' of region '" + r.location
                + "' has no free device (" + stampDevices.size() + " devices per stamp for customers)"
                : "region '" + r.location + "' has no free device in any stamp";
        fail(r, at, "AllocationFailed", "Deployment failed: " + scope + ". The stamp or region is at capacity; "
                + "try another stamp or region.");
    }

    private void checkDelegation(ArmResource r, Instant at) {
        String subnetId = r.properties.path("subnet").asText();
        Optional<ArmResource> subnet = arm.find(subnetId);
        if (subnet.isEmpty()) {
            fail(r, at, "InvalidResourceReference", "Deployment failed: the subnet '" + subnetId + "' no longer "
                    + "exists.");
            return;
        }
        if (!NetworkProvider.delegatedTo(subnet.get(), DELEGATION)) {
            fail(r, at, "SubnetNotDelegated", "Deployment failed: the subnet '" + subnet.get().id + "' is not "
                    + "delegated to '" + DELEGATION + "'. Add the delegation to the subnet and deploy again.");
            return;
        }
        advance(r, at);
    }

    private void checkGateway(ArmResource r, Instant at) {
        String vnetId = NetworkProvider.parentOf(r.properties.path("subnet").asText());
        Optional<ArmResource> gateway = arm.gateways.gatewayOf(vnetId);
        if (gateway.isEmpty() || !"ExpressRoute".equalsIgnoreCase(
                gateway.get().properties.path("gatewayType").asText())) {
            fail(r, at, "NetworkDependencyNotReady", "Deployment failed: the virtual network '" + vnetId
                    + "' has no ExpressRoute virtual network gateway. The HSM reaches the virtual network through "
                    + "one: create it, wait until its provisioningState is 'Succeeded', then deploy again.");
            return;
        }
        if (!NetworkProvider.SUCCEEDED.equals(gateway.get().phase)) {
            fail(r, at, "NetworkDependencyNotReady", "Deployment failed: the ExpressRoute gateway '"
                    + gateway.get().id + "' of virtual network '" + vnetId + "' has not finished deploying "
                    + "(provisioningState '" + gateway.get().phase + "'). Wait until it is 'Succeeded', then deploy "
                    + "again; if that fails, delete the resources and redeploy.");
            return;
        }
        advance(r, at);
    }

    private void finishDeletion(ArmResource r) {
        arm.remove(r);
        if (r.device != null) {
            try {
                arm.pool().reset(r.device);
            } catch (RuntimeException e) {
                LOG.error("device {} could not be reset after {} was deleted", r.device, r.id, e);
            }
        }
    }

    /** The HSM's private IP: its device's address, once it has a device. */
    Optional<String> privateIp(ArmResource r) {
        if (r.device == null) {
            return Optional.empty();
        }
        return arm.pool().devices().stream().filter(d -> d.id().equals(r.device)).map(DeviceSlot::address)
                .findFirst();
    }
}
