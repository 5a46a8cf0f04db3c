package dev.dhsm.conformance.catalogue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Design rule 6 as a check: every scenario and scenario outline (with the tags it inherits from its feature
 * and rule, and for an outline from each examples block) says exactly where it is known to hold
 * ({@code @appliance-validated}, {@code @emulator-only} or {@code @appliance-unverified}), names at least one
 * catalogued failure mode ({@code @FM-nn}), and declares {@code @guarded} or {@code @destructive} exactly as
 * the catalogue's hazard column requires for those modes.
 */
public final class FeatureTagChecker {
    public static final Set<String> COMPATIBILITY_TAGS =
            Set.of("@appliance-validated", "@emulator-only", "@appliance-unverified");
    /**
     * Declares that a scenario only reads the device, so it runs anywhere without a hazard tag even when its
     * failure mode's own trigger is guarded or destructive (the go-live checks of FM-16 and FM-20).
     */
    public static final String READ_ONLY = "@read-only";
    private static final Pattern FM_TAG = Pattern.compile("@FM-\\d\\d");

    private final Catalogue catalogue;

    public FeatureTagChecker(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Checks every {@code *.feature} file under {@code root}. */
    public List<TagViolation> checkTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<TagViolation> out = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                out.addAll(check(root.relativize(file).toString(), Files.readAllBytes(file)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one feature file's content; {@code name} is used in the messages. */
    public List<TagViolation> check(String name, byte[] content) {
        List<TagViolation> out = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Envelope> envelopes = parser.parse(name, content).toList();
        for (Envelope e : envelopes) {
            e.getParseError().ifPresent(err -> out.add(parseError(name, err)));
            e.getGherkinDocument().flatMap(GherkinDocument::getFeature).ifPresent(f -> checkFeature(name, f, out));
        }
        return out;
    }

    private void checkFeature(String file, Feature feature, List<TagViolation> out) {
        Set<String> inherited = names(feature.getTags());
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> checkScenario(file, inherited, s, out));
            child.getRule().ifPresent(r -> checkRule(file, inherited, r, out));
        }
    }

    private void checkRule(String file, Set<String> featureTags, Rule rule, List<TagViolation> out) {
        Set<String> inherited = union(featureTags, names(rule.getTags()));
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(s -> checkScenario(file, inherited, s, out));
        }
    }

    private void checkScenario(String file, Set<String> inherited, Scenario scenario, List<TagViolation> out) {
        Set<String> tags = union(inherited, names(scenario.getTags()));
        long line = scenario.getLocation().getLine();
        List<Examples> examples = scenario.getExamples();
        if (examples.isEmpty()) {
            checkTags(tags).forEach(p -> out.add(new TagViolation(file, line, scenario.getName(), p)));
            return;
        }
        for (Examples ex : examples) {
            Set<String> all = union(tags, names(ex.getTags()));
            long exLine = ex.getLocation().getLine();
            String where = scenario.getName() + " / examples at line " + exLine;
            checkTags(all).forEach(p -> out.add(new TagViolation(file, line, where, p)));
        }
    }

    /** The problems with one scenario's complete tag set; empty when it is well tagged. */
    public List<String> checkTags(Set<String> tags) {
        List<String> problems = new ArrayList<>();
        Set<String> compat = tags.stream().filter(COMPATIBILITY_TAGS::contains).collect(Collectors.toCollection(TreeSet::new));
        if (compat.size() != 1) {
            problems.add("needs exactly one of " + new TreeSet<>(COMPATIBILITY_TAGS) + ", has "
                    + (compat.isEmpty() ? "none" : compat));
        }
        List<CatalogueEntry> modes = new ArrayList<>();
        for (String tag : tags) {
            if (!tag.regionMatches(true, 0, "@FM-", 0, 4)) {
                continue;
            }
            if (!FM_TAG.matcher(tag).matches()) {
                problems.add(tag + " is not of the form @FM-nn (two digits)");
                continue;
            }
            catalogue.entry(tag.substring(1)).ifPresentOrElse(modes::add,
                    () -> problems.add(tag + " is not in the catalogue (FM-01..FM-25)"));
        }
        if (modes.isEmpty() && problems.stream().noneMatch(p -> p.contains("@FM-"))) {
            problems.add("names no failure mode: tag it with at least one @FM-nn");
        }
        checkHazard(tags, modes).ifPresent(problems::add);
        return problems;
    }

    private static java.util.Optional<String> checkHazard(Set<String> tags, List<CatalogueEntry> modes) {
        boolean guarded = tags.contains("@guarded");
        boolean destructive = tags.contains("@destructive");
        if (guarded && destructive) {
            return java.util.Optional.of("has both @guarded and @destructive; keep the one the catalogue requires");
        }
        if (tags.contains(READ_ONLY)) {
            // A check that only reads (the go-live validations) is safe whatever the mode it checks for can do.
            return guarded || destructive ? java.util.Optional.of(READ_ONLY + " cannot also be @guarded or @destructive")
                    : java.util.Optional.empty();
        }
        if (modes.isEmpty()) {
            return java.util.Optional.empty();
        }
        Hazard declared = destructive ? Hazard.DESTRUCTIVE : guarded ? Hazard.GUARDED : Hazard.SAFE;
        Hazard least = Hazard.SAFE;
        Hazard most = Hazard.SAFE;
        for (CatalogueEntry m : modes) {
            least = max(least, m.least());
            most = max(most, m.most());
        }
        if (declared.compareTo(least) >= 0 && declared.compareTo(most) <= 0) {
            return java.util.Optional.empty();
        }
        String ids = modes.stream().map(m -> m.id() + " " + describe(m)).collect(Collectors.joining(", "));
        String wanted = least == most ? least.tag().map(t -> "tag it " + t).orElse("it must carry neither @guarded nor @destructive")
                : "tag it " + least.tag().orElse("(nothing)") + " or " + most.tag().orElse("(nothing)");
        return java.util.Optional.of("declares " + declared.tag().orElse("no hazard") + " but the catalogue says "
                + ids + ": " + wanted);
    }

    private static String describe(CatalogueEntry m) {
        return m.hazards().stream().sorted().map(h -> h.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("/"));
    }

    private static Hazard max(Hazard a, Hazard b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static TagViolation parseError(String file, ParseError err) {
        long line = err.getSource().getLocation().map(l -> l.getLine()).orElse(0L);
        return new TagViolation(file, line, "(parse error)", err.getMessage());
    }

    private static Set<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
