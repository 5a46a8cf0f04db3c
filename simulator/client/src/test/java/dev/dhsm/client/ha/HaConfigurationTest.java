package dev.dhsm.client.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.ReturnCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HA sections of Chrystoki.conf: defaults, the layout written, reading it back, and bad values. */
class HaConfigurationTest {

    @Test
    void aFileWithoutHaSectionsHasNoGroupsAndTheDefaults() {
        ChrystokiConf conf = ChrystokiConf.empty();
        assertEquals(List.of(), HaConfiguration.groups(conf));
        HaSettings s = HaConfiguration.settings(conf);
        assertEquals(0, s.retryCount());
        assertEquals(Duration.ofSeconds(60), s.interval());
        assertEquals(false, s.autoRecovery());
        assertEquals(false, s.haOnly());
    }

    @Test
    void groupsAndSettingsAreWrittenInTheClientLayoutAndReadBack() {
        HaGroupConfig g = HaGroupConfig.create("grp1", "154438865287").withMember("154438865288")
                .withSynchronize(false);
        ChrystokiConf conf = HaConfiguration.withSettings(HaConfiguration.withGroups(ChrystokiConf.empty(), List.of(g)),
                HaSettings.DEFAULTS.withRetryCount(-1).withInterval(Duration.ofSeconds(120)));
        String text = conf.format();
        assertTrue(text.contains("VirtualToken = {\n   VirtualToken00Label = grp1;\n   VirtualToken00SN = 1154438865287;\n"
                + "   VirtualToken00Members = 154438865287,154438865288;\n}\n"), text);
        assertTrue(text.contains("HASynchronize = {\n   grp1 = 0;\n}\n"), text);
        assertTrue(text.contains("HAConfiguration = {\n   reconnAtt = -1;\n   AutoReconnectInterval = 120;\n"
                + "   HAOnly = 0;\n}\n"), text);
        ChrystokiConf back = ChrystokiConf.parse(text);
        assertEquals(List.of(g), HaConfiguration.groups(back));
        assertEquals(-1, HaConfiguration.settings(back).retryCount());

        ChrystokiConf none = HaConfiguration.withGroups(back, List.of());
        assertEquals(List.of(), HaConfiguration.groups(none));
    }

    @Test
    void anIntervalOutOfRangeIsAFileError() {
        ChrystokiConf conf = ChrystokiConf.empty().with(HaConfiguration.HA_CONFIGURATION, "AutoReconnectInterval", "5");
        LunaClientException e = assertThrows(LunaClientException.class, () -> HaConfiguration.settings(conf));
        assertEquals(ReturnCodes.RC_FILE_ERROR, e.code());
    }
}
