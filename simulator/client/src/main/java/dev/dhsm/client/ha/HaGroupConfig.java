package dev.dhsm.client.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One HA group as the Luna client stores it ({@code VirtualTokenNN...} in {@code Chrystoki.conf}): its label, its
 * group number ({@code 1} followed by the first member's partition serial), its members' partition serial numbers in
 * the order they were added, and whether automatic synchronization is on ({@code HASynchronize}).
 *
 * @param label       the group label, also the virtual slot's label
 * @param number      the group number (the virtual slot's serial number)
 * @param members     member partition serial numbers
 * @param synchronize automatic synchronization of members that come back
 */
public record HaGroupConfig(String label, String number, List<String> members, boolean synchronize) {

    public HaGroupConfig {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(number, "number");
        members = List.copyOf(members);
    }

    /** A new group around its first member: the group number is 1 followed by that member's serial. */
    public static HaGroupConfig create(String label, String primarySerial) {
        return new HaGroupConfig(label, "1" + primarySerial, List.of(primarySerial), true);
    }

    public boolean hasMember(String serial) {
        return members.contains(serial);
    }

    public HaGroupConfig withMember(String serial) {
        List<String> more = new ArrayList<>(members);
        more.add(serial);
        return new HaGroupConfig(label, number, more, synchronize);
    }

    public HaGroupConfig withoutMember(String serial) {
        List<String> fewer = new ArrayList<>(members);
        fewer.remove(serial);
        return new HaGroupConfig(label, number, fewer, synchronize);
    }

    public HaGroupConfig withSynchronize(boolean on) {
        return new HaGroupConfig(label, number, members, on);
    }
}
