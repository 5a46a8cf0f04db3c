package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParsingTranscriptTest {
    private static final String FAILED = "\n\nCommand Result : 65535 (Luna Shell execution)\n";
    private final ShellFixture f = new ShellFixture();

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "hsm show, hsm show",
        "HSM SHOW, hsm show",
        "hsm showP, hsm showPolicies",
        "hsm showpolicies, hsm showPolicies",
        "par list, partition list",
        "par cre -par x, partition create",
        "sysl tail -logname messages, syslog tail",
        "my file list, my file list",
        "pack upd f.spkg, package update",
    })
    void wordsAreCaseInsensitiveAndAbbreviable(String line, String command) {
        assertEquals(command, f.lunash.resolve(line).orElseThrow());
    }

    @Test
    void ambiguousAbbreviationsAreRefused() {
        String out = f.run("hsm sh");
        assertTrue(out.startsWith("Error:  Ambiguous command 'hsm sh'. It could be: show, showPolicies.\n"), out);
        assertTrue(out.endsWith(FAILED), out);
    }

    @Test
    void unknownCommandsAndOptionsGetTheShellError() {
        assertEquals("Error:  Unknown command 'frobnicate'. Use 'help' for a list of commands.\n" + FAILED,
                f.run("frobnicate"));
        assertTrue(f.run("hsm show -bogus").startsWith("Error:  Unknown option: -bogus\n"));
        assertTrue(f.run("partition create").startsWith("Error:  Missing required option: -partition\n"
                + "        Syntax: partition create -partition <partition>"));
        assertTrue(f.run("hsm changePolicy -policy x -value 1").startsWith(
                "Error:  Invalid value for -policy: 'x' is not a number."));
        assertTrue(f.run("hsm changePolicy -policy 99999999999 -value 1").startsWith(
                "Error:  Invalid value for -policy: 99999999999 is out of range."));
    }

    @Test
    void optionsTakeAliasesAndPrefixes() {
        f.initialized();
        assertTrue(f.run("partition create -p a1 -f").contains("'partition create' successful."));
        assertTrue(f.run("partition create -part a2 -force").contains("'partition create' successful."));
        assertTrue(f.run("partition show -partition a2").contains("Partition Name:                         a2"));
    }

    @Test
    void controlCharactersAndOverLongLinesAreRefusedAndTheSessionGoesOn() {
        assertTrue(f.run("hsm \u0007show").startsWith("Error:  Invalid character in command line (code 7).\n"));
        assertTrue(f.run("hsm show " + "x".repeat(5000)).startsWith("Error:  Command line too long"));
        assertTrue(f.run("hsm \"unbalanced").startsWith("Error:  Unbalanced quote"));
        assertTrue(f.run("hsm show").endsWith("Command Result : 0 (Success)\n"));
    }

    @Test
    void incompleteCommandsListWhatCanFollow() {
        assertTrue(f.run("hsm").startsWith("Error:  Incomplete command 'hsm'. It can be followed by: show, login,"));
    }

    @Test
    void anUnknownVerbIsNamedAsSuch() {
        assertTrue(f.run("hsm bogus").startsWith("Error:  Unknown command 'hsm bogus'. 'hsm' can be followed by: show,"));
    }

    @Test
    void emptyLinesDoNothing() {
        assertEquals("", f.run("   "));
    }

    @Test
    void helpAndQuestionMarkListTheGroups() {
        assertTrue(f.run("help").contains("  partition     par     > Partition\n"));
        assertTrue(f.run("?").contains("  hsm           hsm     > HSM\n"));
        assertTrue(f.run("help par").contains("partition create -partition <partition>"));
    }

    @Test
    void completionOffersCommandWordsThenOptions() {
        assertEquals(List.of("package", "partition"), f.lunash.complete(List.of(), "pa"));
        assertEquals(List.of("show", "showPolicies"), f.lunash.complete(List.of("hsm"), "sh"));
        assertEquals(List.of("-partition"), f.lunash.complete(List.of("partition", "create"), "-pa"));
    }

    @Test
    void destructiveCommandsNeedProceed() {
        f.initialized();
        String out = f.run("partition create -partition q1", "quit");
        assertTrue(out.contains("Error:  Command aborted: 'proceed' was not entered.\n"
                + "Error:  'partition create' failed. (10000 : LUNA_RET_CANCEL)"), out);
        assertTrue(f.run("partition list").contains("There are no partitions."));
    }
}
