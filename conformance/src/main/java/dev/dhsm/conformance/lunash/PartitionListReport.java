package dev.dhsm.conformance.lunash;

import dev.dhsm.conformance.target.LunashResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partitions {@code partition list} shows: one row per partition under the {@code ====} rule, a numeric
 * serial then the name, or {@code There are no partitions.}.
 */
public final class PartitionListReport {
    private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)\\s+\\d+");

    private final List<String> names;
    private final boolean saysNone;

    private PartitionListReport(List<String> names, boolean saysNone) {
        this.names = List.copyOf(names);
        this.saysNone = saysNone;
    }

    public static PartitionListReport parse(LunashResponse response) {
        List<String> names = new ArrayList<>();
        boolean pastRule = false;
        for (String line : response.lines()) {
            if (line.trim().startsWith("====")) {
                pastRule = true;
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (pastRule && m.find()) {
                names.add(m.group(2));
            }
        }
        return new PartitionListReport(names, response.text().contains("There are no partitions."));
    }

    public List<String> names() {
        return names;
    }

    /** No rows, and the appliance says so. */
    public boolean empty() {
        return names.isEmpty() && saysNone;
    }
}
