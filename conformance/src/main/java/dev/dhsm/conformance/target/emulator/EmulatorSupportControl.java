package dev.dhsm.conformance.target.emulator;

import dev.dhsm.app.ApplianceNode;
import dev.dhsm.conformance.target.SupportControl;

/**
 * Support requests and the hanging-reboot fault on the in-process appliance, as the control API's
 * {@code support/factory-reset}, {@code support/hard-reboot} and {@code faults {"nextRebootHangs":true}} make
 * them: one model call each, on the appliance's own transaction.
 */
final class EmulatorSupportControl implements SupportControl {
    private final ApplianceNode node;

    EmulatorSupportControl(ApplianceNode node) {
        this.node = node;
    }

    @Override
    public void requestFactoryReset() {
        node.appliance().transact(tx -> tx.system().supportFactoryReset());
    }

    @Override
    public void requestHardReboot() {
        node.appliance().transact(tx -> tx.system().supportHardReboot());
    }

    @Override
    public void makeNextRebootHang() {
        node.appliance().run(tx -> tx.system().setNextRebootHangs(true));
    }
}
