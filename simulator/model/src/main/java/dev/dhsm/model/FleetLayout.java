package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How a region's Dedicated HSM devices are laid out: N stamps of 12 customer devices, 2 spares and 1 test
 * device each, every device at its own loopback address {@code 127.0.1.x} (stamp-major order) so that all of
 * them listen on the same ports, NTLS on 1792, as on a real network.
 */
public final class FleetLayout {
    public static final int CUSTOMER_PER_STAMP = 12;
    public static final int SPARES_PER_STAMP = 2;
    public static final int TEST_PER_STAMP = 1;
    public static final int DEVICES_PER_STAMP = CUSTOMER_PER_STAMP + SPARES_PER_STAMP + TEST_PER_STAMP;
    /** 127.0.1.1 .. 127.0.1.254 hold at most this many stamps. */
    public static final int MAX_STAMPS = 254 / DEVICES_PER_STAMP;

    private FleetLayout() {
    }

    /** The devices of {@code stamps} stamps in {@code region}, serials counting up from {@code firstSerial}. */
    public static List<DeviceSlot> devices(String region, int stamps, long firstSerial) {
        if (stamps < 1 || stamps > MAX_STAMPS) {
            throw new IllegalArgumentException("a region holds 1 to " + MAX_STAMPS + " stamps, not " + stamps);
        }
        List<DeviceSlot> out = new ArrayList<>();
        int n = 0;
        for (int s = 1; s <= stamps; s++) {
            for (int d = 1; d <= DEVICES_PER_STAMP; d++) {
                n++;
                DeviceKind kind = d <= CUSTOMER_PER_STAMP ? DeviceKind.CUSTOMER
                        : d <= CUSTOMER_PER_STAMP + SPARES_PER_STAMP ? DeviceKind.SPARE : DeviceKind.TEST;
                out.add(new DeviceSlot(String.format("%s-s%d-d%02d", region, s, d), region, s, kind,
                        "127.0.1." + n, String.valueOf(firstSerial + n - 1)));
            }
        }
        return out;
    }
}
