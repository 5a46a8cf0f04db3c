package dev.dhsm.conformance.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of documented failure modes FM-01..FM-25 (the Azure Dedicated HSM troubleshooting guide),
 * checked in as {@code catalogue.tsv} beside this class so the build can check tags without the shared notes:
 * one line per mode with its ID, title and hazard ({@code safe}, {@code guarded}, {@code destructive}, or
 * {@code guarded|destructive} when either applies).
 */
public final class Catalogue {
    private static final String RESOURCE = "/dev/dhsm/conformance/catalogue.tsv";

    private final Map<String, CatalogueEntry> entries;

    private Catalogue(Map<String, CatalogueEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The checked-in catalogue. */
    public static Catalogue standard() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads tab-separated {@code id, title, hazard} lines; {@code #} starts a comment line. */
    public static Catalogue parse(Reader source) throws IOException {
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("catalogue line " + number + ": expected id, title, hazard");
            }
            Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
            for (String word : fields[2].split("\\|")) {
                hazards.add(Hazard.parse(word));
            }
            CatalogueEntry entry = new CatalogueEntry(fields[0].trim(), fields[1].trim(), hazards);
            if (entries.put(entry.id(), entry) != null) {
                throw new IllegalArgumentException("catalogue line " + number + ": duplicate " + entry.id());
            }
        }
        return new Catalogue(entries);
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public List<CatalogueEntry> entries() {
        return new ArrayList<>(entries.values());
    }
}
