package dev.dhsm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Catalogue;
import dev.dhsm.conformance.catalogue.FeatureTagChecker;
import dev.dhsm.conformance.catalogue.Hazard;
import dev.dhsm.conformance.catalogue.TagViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag checker itself, on small good and bad feature files. */
class FeatureTagCheckerTest {
    private final FeatureTagChecker checker = new FeatureTagChecker(Catalogue.standard());

    private List<TagViolation> check(String gherkin) {
        return checker.check("inline.feature", gherkin.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneProblem(List<TagViolation> violations, String fragment) {
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        assertTrue(violations.get(0).problem().contains(fragment),
                () -> "expected '" + fragment + "' in: " + violations.get(0));
    }

    @Test
    void aWellTaggedScenarioPasses() {
        assertEquals(List.of(), check("""
                Feature: f
                  @appliance-unverified @FM-17
                  Scenario: s
                    Given a step
                """));
    }

    @Test
    void tagsAreInheritedFromTheFeatureAndRule() {
        assertEquals(List.of(), check("""
                @emulator-only
                Feature: f
                  @FM-13
                  Rule: r
                    @destructive
                    Scenario: s
                      Given a step
                """));
    }

    @Test
    void aMissingCompatibilityTagIsReported() {
        assertOneProblem(check("""
                Feature: f
                  @FM-17
                  Scenario: s
                    Given a step
                """), "exactly one of");
    }

    @Test
    void twoCompatibilityTagsAreReported() {
        assertOneProblem(check("""
                Feature: f
                  @FM-17 @emulator-only @appliance-validated
                  Scenario: s
                    Given a step
                """), "exactly one of");
    }

    @Test
    void aScenarioWithoutFailureModeIsReported() {
        assertOneProblem(check("""
                Feature: f
                  @emulator-only
                  Scenario: s
                    Given a step
                """), "names no failure mode");
    }

    @Test
    void malformedAndUnknownIdsAreReported() {
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-7
                  Scenario: s
                    Given a step
                """), "@FM-nn");
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-26
                  Scenario: s
                    Given a step
                """), "not in the catalogue");
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-00
                  Scenario: s
                    Given a step
                """), "not in the catalogue");
    }

    @Test
    void aDestructiveModeNeedsTheDestructiveTag() {
        assertOneProblem(check("""
                Feature: f
                  @appliance-unverified @FM-13
                  Scenario: s
                    Given a step
                """), "tag it @destructive");
        assertOneProblem(check("""
                Feature: f
                  @appliance-unverified @FM-13 @guarded
                  Scenario: s
                    Given a step
                """), "tag it @destructive");
    }

    @Test
    void aGuardedModeNeedsExactlyTheGuardedTag() {
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-15
                  Scenario: s
                    Given a step
                """), "tag it @guarded");
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-15 @destructive
                  Scenario: s
                    Given a step
                """), "tag it @guarded");
    }

    @Test
    void aSafeModeMustNotCarryAHazardTag() {
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-11 @guarded
                  Scenario: s
                    Given a step
                """), "neither");
    }

    @Test
    void theMostSevereModeDecides() {
        assertEquals(List.of(), check("""
                Feature: f
                  @emulator-only @FM-11 @FM-13 @destructive
                  Scenario: s
                    Given a step
                """));
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-11 @FM-13
                  Scenario: s
                    Given a step
                """), "tag it @destructive");
    }

    @Test
    void aModeWithTwoHazardsAcceptsEither() {
        for (String hazard : List.of("@guarded", "@destructive")) {
            assertEquals(List.of(), check("""
                    Feature: f
                      @emulator-only @FM-16 %s
                      Scenario: s
                        Given a step
                    """.formatted(hazard)));
        }
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-16
                  Scenario: s
                    Given a step
                """), "@guarded or @destructive");
    }

    @Test
    void bothHazardTagsAreReported() {
        assertOneProblem(check("""
                Feature: f
                  @emulator-only @FM-16 @guarded @destructive
                  Scenario: s
                    Given a step
                """), "both");
    }

    @Test
    void eachExamplesBlockOfAnOutlineIsChecked() {
        List<TagViolation> violations = check("""
                Feature: f
                  @FM-17
                  Scenario Outline: o <n>
                    Given a step <n>

                    @emulator-only
                    Examples: good
                      | n |
                      | 1 |

                    Examples: untagged
                      | n |
                      | 2 |
                """);
        assertOneProblem(violations, "exactly one of");
        assertTrue(violations.get(0).scenario().contains("examples at line 11"), violations::toString);
    }

    @Test
    void aParseErrorIsReported() {
        List<TagViolation> violations = check("""
                Feature: f
                  @emulator-only @FM-17
                  Scenario: s
                    Given a step
                  | stray | table |
                  Scenario s2
                """);
        assertTrue(!violations.isEmpty() && violations.stream().anyMatch(v -> v.scenario().equals("(parse error)")),
                violations::toString);
    }

    @Test
    void theCatalogueCoversAllTwentyFiveModes() {
        Catalogue c = Catalogue.standard();
        assertEquals(25, c.entries().size());
        assertEquals(Hazard.DESTRUCTIVE, c.entry("FM-13").orElseThrow().most());
        assertEquals(Hazard.GUARDED, c.entry("FM-15").orElseThrow().most());
        assertEquals(Hazard.SAFE, c.entry("FM-17").orElseThrow().most());
        assertEquals(Hazard.GUARDED, c.entry("FM-16").orElseThrow().least());
    }

    @Test
    void aReadOnlyScenarioNeedsNoHazardTagButCannotAlsoDeclareOne() {
        FeatureTagChecker checker = new FeatureTagChecker(dev.dhsm.conformance.catalogue.Catalogue.standard());
        assertEquals(java.util.List.of(), checker.checkTags(java.util.Set.of("@appliance-unverified", "@FM-20", "@read-only")));
        assertEquals(java.util.List.of(), checker.checkTags(java.util.Set.of("@appliance-unverified", "@FM-16", "@read-only")));
        assertTrue(checker.checkTags(java.util.Set.of("@appliance-unverified", "@FM-20", "@read-only", "@guarded"))
                .stream().anyMatch(p -> p.contains("@read-only cannot")));
        assertTrue(checker.checkTags(java.util.Set.of("@appliance-unverified", "@FM-20")).stream()
                .anyMatch(p -> p.contains("tag it @guarded")));
    }
}
