package org.peel.server.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.peel.server.platform.ReferenceFile;
import org.springframework.stereotype.Component;

/**
 * The reference data of people records: identifier types (with the form a value must take) and marker types.
 * Read from {@code reference/identifier-types.csv} and {@code reference/marker-types.csv}.
 */
@Component
public class PersonReferenceData {

    /** A kind of identifier and the pattern its values must match. */
    public record IdentifierType(String code, String title, Pattern pattern) {
    }

    /** A kind of marker, in one category. */
    public record MarkerType(String code, MarkerCategory category, String title) {
    }

    private final Map<String, IdentifierType> identifierTypes = new LinkedHashMap<>();
    private final Map<String, MarkerType> markerTypes = new LinkedHashMap<>();

    PersonReferenceData() {
        for (String[] row : ReferenceFile.read("reference/identifier-types.csv", 3)) {
            identifierTypes.put(row[0], new IdentifierType(row[0], row[1], Pattern.compile(row[2])));
        }
        for (String[] row : ReferenceFile.read("reference/marker-types.csv", 3)) {
            markerTypes.put(row[0], new MarkerType(row[0], MarkerCategory.valueOf(row[1]), row[2]));
        }
    }

    public List<IdentifierType> identifierTypes() {
        return List.copyOf(identifierTypes.values());
    }

    public Optional<IdentifierType> identifierType(String code) {
        return Optional.ofNullable(code == null ? null : identifierTypes.get(code));
    }

    public List<MarkerType> markerTypes(MarkerCategory category) {
        return markerTypes.values().stream().filter(type -> type.category() == category).toList();
    }

    public Optional<MarkerType> markerType(String code) {
        return Optional.ofNullable(code == null ? null : markerTypes.get(code));
    }

    Map<String, MarkerType> allMarkerTypes() {
        return Collections.unmodifiableMap(markerTypes);
    }
}
