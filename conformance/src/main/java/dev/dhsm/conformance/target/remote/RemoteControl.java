package dev.dhsm.conformance.target.remote;

import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.SupportControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The conformance suite's view of a remote emulator's control plane: each call is one request to its HTTPS control
 * API for the target's appliance. Moving the clock also tells the client host, whose clock follows the appliance's.
 */
final class RemoteControl implements EmulatorControl, SupportControl {
    private final ControlApiClient api;
    private final String applianceId;
    private final Consumer<Instant> clockMoved;

    RemoteControl(ControlApiClient api, String applianceId, Consumer<Instant> clockMoved) {
        this.api = api;
        this.applianceId = applianceId;
        this.clockMoved = clockMoved;
    }

    private String appliance(String rest) {
        return "appliances/" + applianceId + "/" + rest;
    }

    @Override
    public Instant clock() {
        return Instant.parse(api.get("clock").path("now").asText());
    }

    @Override
    public void advanceClock(Duration by) {
        Instant now = Instant.parse(api.post("clock/advance", "{\"duration\":\"" + by + "\"}").path("now").asText());
        clockMoved.accept(now);
    }

    @Override
    public void blockNtlsPort(boolean blocked) {
        api.post(appliance("faults"), "{\"ntlsPortBlocked\":" + blocked + "}");
    }

    @Override
    public void expireNtlsCertificate() {
        api.post(appliance("ntls-certificate/expire"), "");
    }

    @Override
    public Optional<SupportControl> support() {
        return Optional.of(this);
    }

    @Override
    public void requestFactoryReset() {
        api.post(appliance("support/factory-reset"), "");
    }

    @Override
    public void requestHardReboot() {
        api.post(appliance("support/hard-reboot"), "");
    }

    @Override
    public void makeNextRebootHang() {
        api.post(appliance("faults"), "{\"nextRebootHangs\":true}");
    }
}
