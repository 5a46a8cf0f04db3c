package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.Objects;

/**
 * The appliance's answer to {@link Hello}: the protocol version it chose and the versions and serial that
 * {@code hsm show} reports.
 *
 * @param protocolVersion the NTLS protocol version both ends use from now on
 * @param softwareVersion the appliance software version, e.g. {@code 7.2.0-220}
 * @param firmwareVersion the HSM firmware version, e.g. {@code 7.0.3}
 * @param hsmSerial the HSM serial number
 */
public record HelloOk(int protocolVersion, String softwareVersion, String firmwareVersion, String hsmSerial)
        implements NtlsResponse {

    public HelloOk {
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(firmwareVersion, "firmwareVersion");
        Objects.requireNonNull(hsmSerial, "hsmSerial");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).uint16(protocolVersion).string(softwareVersion).string(firmwareVersion).string(hsmSerial);
    }

    static HelloOk readFrom(PayloadReader in) {
        in.okStatus();
        return new HelloOk(
                in.uint16("protocolVersion"),
                in.string("softwareVersion"),
                in.string("firmwareVersion"),
                in.string("hsmSerial"));
    }
}
