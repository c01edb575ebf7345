package org.peel.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The versioned reference data files under {@code org/peel/match/} on the classpath: titles, particles, name variant
 * groups and name frequencies. Sources and licences are in {@code NOTICE-reference-data.md} next to them.
 */
final class ReferenceData {

    private final Set<String> titles;
    private final Map<String, String> particles;
    private final NameVariants variants;
    private final NameFrequencies frequencies;

    private ReferenceData() {
        Set<String> titleSet = new HashSet<>();
        lines("titles.txt", titleSet::add);
        this.titles = Set.copyOf(titleSet);
        Map<String, String> particleMap = new HashMap<>();
        lines("particles.txt", line -> {
            String[] columns = line.split("\t");
            particleMap.put(columns[0], columns.length > 1 ? columns[1] : columns[0]);
        });
        this.particles = Map.copyOf(particleMap);
        List<String[]> groups = new ArrayList<>();
        lines("name-variants.tsv", line -> groups.add(line.split("\t")));
        this.variants = new NameVariants(groups);
        Map<String, Double> surnames = new HashMap<>();
        lines("surname-frequencies.csv", line -> put(surnames, line));
        Map<String, Double> forenames = new HashMap<>();
        lines("forename-frequencies.csv", line -> put(forenames, line));
        this.frequencies = new NameFrequencies(forenames, surnames);
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

    private static void put(Map<String, Double> frequencies, String line) {
        int comma = line.indexOf(',');
        frequencies.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
    }

    private static void lines(String file, Consumer<String> consumer) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference data file " + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    consumer.accept(line.strip());
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
