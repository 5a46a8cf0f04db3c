package dev.dhsm.client.ha;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Luna client keeps its HA groups in {@code Chrystoki.conf}:
 *
 * <pre>
 * VirtualToken = {
 *    VirtualToken00Label = grp1;
 *    VirtualToken00SN = 1154438865287;
 *    VirtualToken00Members = 154438865287,154438865288;
 * }
 * HASynchronize = {
 *    grp1 = 1;
 * }
 * HAConfiguration = {
 *    reconnAtt = 0;
 *    AutoReconnectInterval = 60;
 *    HAOnly = 0;
 * }
 * </pre>
 *
 * Reading a file without these sections gives no groups and the defaults ({@link HaSettings#DEFAULTS}).
 */
public final class HaConfiguration {

    public static final String VIRTUAL_TOKEN = "VirtualToken";
    public static final String HA_SYNCHRONIZE = "HASynchronize";
    public static final String HA_CONFIGURATION = "HAConfiguration";
    private static final int MAX_GROUPS = 100;

    private HaConfiguration() {
    }

    /** The groups, in {@code VirtualTokenNN} order. */
    public static List<HaGroupConfig> groups(ChrystokiConf conf) {
        List<HaGroupConfig> groups = new ArrayList<>();
        for (int i = 0; i < MAX_GROUPS; i++) {
            Optional<String> label = conf.get(VIRTUAL_TOKEN, key(i, "Label"));
            if (label.isEmpty()) {
                break;
            }
            String number = conf.get(VIRTUAL_TOKEN, key(i, "SN")).orElse("");
            String members = conf.get(VIRTUAL_TOKEN, key(i, "Members")).orElse("");
            List<String> serials = Arrays.stream(members.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
            boolean sync = !"0".equals(conf.get(HA_SYNCHRONIZE, label.get()).orElse("1").trim());
            groups.add(new HaGroupConfig(label.get(), number, serials, sync));
        }
        return groups;
    }

    /** The settings of {@code HAConfiguration}; a value that is not a number is {@code RC_FILE_ERROR}. */
    public static HaSettings settings(ChrystokiConf conf) {
        int retry = (int) number(conf, "reconnAtt", 0);
        long interval = number(conf, "AutoReconnectInterval", HaSettings.DEFAULT_INTERVAL.getSeconds());
        boolean haOnly = number(conf, "HAOnly", 0) == 1;
        try {
            return new HaSettings(retry, Duration.ofSeconds(interval), haOnly);
        } catch (IllegalArgumentException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, HA_CONFIGURATION + ": " + e.getMessage(), e);
        }
    }

    /** A copy whose {@code VirtualToken} and {@code HASynchronize} sections hold exactly {@code groups}. */
    public static ChrystokiConf withGroups(ChrystokiConf conf, List<HaGroupConfig> groups) {
        ChrystokiConf out = conf;
        for (String key : List.copyOf(conf.section(VIRTUAL_TOKEN).keySet())) {
            out = out.without(VIRTUAL_TOKEN, key);
        }
        for (String key : List.copyOf(conf.section(HA_SYNCHRONIZE).keySet())) {
            out = out.without(HA_SYNCHRONIZE, key);
        }
        for (int i = 0; i < groups.size(); i++) {
            HaGroupConfig g = groups.get(i);
            out = out.with(VIRTUAL_TOKEN, key(i, "Label"), g.label())
                    .with(VIRTUAL_TOKEN, key(i, "SN"), g.number())
                    .with(VIRTUAL_TOKEN, key(i, "Members"), String.join(",", g.members()))
                    .with(HA_SYNCHRONIZE, g.label(), g.synchronize() ? "1" : "0");
        }
        return out;
    }

    /** A copy with {@code HAConfiguration} holding {@code settings}. */
    public static ChrystokiConf withSettings(ChrystokiConf conf, HaSettings settings) {
        return conf.with(HA_CONFIGURATION, "reconnAtt", Integer.toString(settings.retryCount()))
                .with(HA_CONFIGURATION, "AutoReconnectInterval", Long.toString(settings.interval().getSeconds()))
                .with(HA_CONFIGURATION, "HAOnly", settings.haOnly() ? "1" : "0");
    }

    private static long number(ChrystokiConf conf, String key, long fallback) {
        Map<String, String> section = conf.section(HA_CONFIGURATION);
        String text = section.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, HA_CONFIGURATION + " " + key
                    + " is not a number: " + text);
        }
    }

    private static String key(int index, String suffix) {
        return String.format("VirtualToken%02d%s", index, suffix);
    }
}
