package dev.dhsm.wire.message;

/**
 * The parameter block of a PKCS#11 mechanism ({@code CK_MECHANISM.pParameter}) as an NTLS request carries it:
 * none, an IV, AES-GCM, RSA-OAEP or RSA-PSS parameters. On the wire a one-byte kind precedes the fields.
 */
public sealed interface MechanismParams permits NoParams, IvParams, GcmParams, OaepParams, PssParams {

    /** The wire kind byte of this parameter block. */
    int kind();

    /** Writes the fields that follow the kind byte. */
    void writeFields(PayloadWriter out);

    /** Writes the kind byte and the fields. */
    default void writeTo(PayloadWriter out) {
        out.uint8(kind());
        writeFields(out);
    }

    /** Reads a kind byte and the matching parameter block. */
    static MechanismParams readFrom(PayloadReader in) {
        int kind = in.uint8("params.kind");
        return switch (kind) {
            case NoParams.KIND -> NoParams.INSTANCE;
            case IvParams.KIND -> IvParams.readFields(in);
            case GcmParams.KIND -> GcmParams.readFields(in);
            case OaepParams.KIND -> OaepParams.readFields(in);
            case PssParams.KIND -> PssParams.readFields(in);
            default -> throw new MalformedPayloadException("unknown mechanism parameter kind " + kind);
        };
    }
}
