package dev.dhsm.conformance.steps;

/** IPv4 address ranges in CIDR notation ({@code 10.2.1.0/24}), for checking where an HSM's private IP lies. */
final class Cidr {
    private Cidr() {
    }

    static boolean contains(String cidr, String address) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (toLong(parts[0]) & mask) == (toLong(address) & mask);
    }

    private static long toLong(String dotted) {
        String[] o = dotted.split("\\.");
        if (o.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        long v = 0;
        for (String part : o) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }
}
