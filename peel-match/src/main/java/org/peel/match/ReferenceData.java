package org.peel.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The versioned reference data files under {@code org/peel/match/} on the classpath: titles, particles, name variant
 * groups, name frequencies and Arabic name spellings. Sources and licences are in {@code NOTICE-reference-data.md}
 * next to them. All are read with Commons CSV: comma- or tab-separated, {@code #} comment lines and blank lines
 * skipped, values trimmed, no quoting.
 */
final class ReferenceData {

    private final Set<String> titles;
    private final Map<String, String> particles;
    private final NameVariants variants;
    private final NameFrequencies frequencies;
    private final Map<String, String> arabicNames;

    private static final CSVFormat TABS = CSVFormat.TDF.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setQuote(null)
            .get();
    private static final CSVFormat COMMAS = TABS.builder().setDelimiter(',').get();

    private ReferenceData() {
        Set<String> titleSet = new HashSet<>();
        records("titles.txt", TABS, row -> titleSet.add(row.get(0)));
        this.titles = Set.copyOf(titleSet);
        Map<String, String> particleMap = new HashMap<>();
        records("particles.txt", TABS, row -> particleMap.put(row.get(0), row.size() > 1 ? row.get(1) : row.get(0)));
        this.particles = Map.copyOf(particleMap);
        List<String[]> groups = new ArrayList<>();
        records("name-variants.tsv", TABS, row -> groups.add(row.values()));
        this.variants = new NameVariants(groups);
        Map<String, Double> surnames = new HashMap<>();
        records("surname-frequencies.csv", COMMAS, row -> surnames.put(row.get(0), Double.parseDouble(row.get(1))));
        Map<String, Double> forenames = new HashMap<>();
        records("forename-frequencies.csv", COMMAS, row -> forenames.put(row.get(0), Double.parseDouble(row.get(1))));
        this.frequencies = new NameFrequencies(forenames, surnames);
        Map<String, String> arabic = new HashMap<>();
        records("arabic-names.tsv", TABS, row -> arabic.put(row.get(0), row.get(1)));
        this.arabicNames = Map.copyOf(arabic);
    }

    static ReferenceData standard() {
        return Holder.STANDARD;
    }

    Set<String> titles() {
        return titles;
    }

    /** Particle as written, mapped to the one spelling it is joined in ("mc" to "mac", "el" to "al"). */
    Map<String, String> particles() {
        return particles;
    }

    NameVariants variants() {
        return variants;
    }

    NameFrequencies frequencies() {
        return frequencies;
    }

    /** Arabic name word (in {@link ArabicNameSpelling#key} form) to its most used Latin spelling. */
    Map<String, String> arabicNames() {
        return arabicNames;
    }

    private static void records(String file, CSVFormat format, Consumer<CSVRecord> consumer) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference data file " + file + " is missing from the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord row : parser) {
                    try {
                        consumer.accept(row);
                    } catch (RuntimeException badRow) {
                        throw new IllegalStateException("reference data file " + file + " line "
                                + parser.getCurrentLineNumber() + " cannot be read: " + badRow.getMessage(), badRow);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read reference data file " + file, unreadable);
        }
    }

    private static final class Holder {
        static final ReferenceData STANDARD = new ReferenceData();
    }
}
