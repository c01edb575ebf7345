package org.peel.server.cases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.server.platform.ReferenceFile;
import org.springframework.stereotype.Component;

/**
 * The occurrence types an investigation can group and the flags the policy rules look at, read from
 * {@code reference/occurrence-types.csv} and {@code reference/investigation-flags.csv}.
 */
@Component
public class CaseReferenceData {

    /** A kind of occurrence that is not a crime, the flags it always carries, and whether it names a missing episode. */
    public record OccurrenceType(String code, Set<String> impliedFlags, boolean needsMissingEpisode, String title) {
    }

    /** A flag on a crime or occurrence. */
    public record Flag(String code, String title) {
    }

    static final String NEEDS_MISSING_EPISODE = "MISSING_EPISODE";

    private final Map<String, Flag> flags = new LinkedHashMap<>();
    private final Map<String, OccurrenceType> types = new LinkedHashMap<>();

    CaseReferenceData() {
        for (String[] row : ReferenceFile.read("reference/investigation-flags.csv", 2)) {
            flags.put(row[0], new Flag(row[0], row[1]));
        }
        for (String[] row : ReferenceFile.read("reference/occurrence-types.csv", 4)) {
            Set<String> implied = row[1].isBlank() ? Set.of()
                    : Arrays.stream(row[1].split("\\s+")).collect(Collectors.toUnmodifiableSet());
            for (String flag : implied) {
                if (!flags.containsKey(flag)) {
                    throw new IllegalStateException("reference/occurrence-types.csv: type " + row[0]
                            + " implies flag " + flag + ", which is not in reference/investigation-flags.csv");
                }
            }
            if (!row[2].isBlank() && !row[2].equals(NEEDS_MISSING_EPISODE)) {
                throw new IllegalStateException("reference/occurrence-types.csv: type " + row[0] + " needs '" + row[2]
                        + "'; the only value Peel knows is " + NEEDS_MISSING_EPISODE);
            }
            types.put(row[0], new OccurrenceType(row[0], implied, !row[2].isBlank(), row[3]));
        }
    }

    public List<OccurrenceType> occurrenceTypes() {
        return List.copyOf(types.values());
    }

    public Optional<OccurrenceType> occurrenceType(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public List<Flag> flags() {
        return List.copyOf(flags.values());
    }

    public Optional<Flag> flag(String code) {
        return Optional.ofNullable(code == null ? null : flags.get(code.strip().toUpperCase(Locale.ROOT)));
    }
}
