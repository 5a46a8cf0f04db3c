package dev.dhsm.app.arm;

import java.util.Optional;

/** An IPv4 address range in CIDR notation ({@code 10.0.2.0/24}), as VNets and subnets declare them. */
record Cidr(long base, int bits) {
    /** The range, or empty when {@code text} is not IPv4 CIDR. */
    static Optional<Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<Long> ip = ip(text.substring(0, slash));
        int bits;
        try {
            bits = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (ip.isEmpty() || bits < 0 || bits > 32) {
            return Optional.empty();
        }
        return Optional.of(new Cidr(ip.get() & mask(bits), bits));
    }

    /** A dotted-quad IPv4 address as a number, or empty. */
    static Optional<Long> ip(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String p : parts) {
            if (!p.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    private static long mask(int bits) {
        return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    }

    boolean contains(String address) {
        return ip(address).map(a -> (a & mask(bits)) == base).orElse(false);
    }

    boolean within(Cidr outer) {
        return bits >= outer.bits && (base & mask(outer.bits)) == outer.base;
    }
}
