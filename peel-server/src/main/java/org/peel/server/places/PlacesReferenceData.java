package org.peel.server.places;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peel.server.platform.ReferenceFile;
import org.springframework.stereotype.Component;

/**
 * The places module's tables, read from {@code reference/}: location warning types (with the advice an officer
 * attending should read), property categories and the roles a link between two records can have. A force edits
 * them without touching the program; see {@code reference/README.md}.
 */
@Component
public class PlacesReferenceData {

    /** A kind of location warning and the advice that goes with it. */
    public record WarningType(String code, String title, String advice) {
    }

    /** A coded entry with its title: a property category or a link role. */
    public record Code(String code, String title) {
    }

    private final Map<String, WarningType> warningTypes = new LinkedHashMap<>();
    private final Map<String, Code> propertyCategories = new LinkedHashMap<>();
    private final Map<String, Code> linkRoles = new LinkedHashMap<>();

    PlacesReferenceData() {
        for (String[] row : ReferenceFile.read("reference/location-warning-types.csv", 3)) {
            put(warningTypes, row[0], new WarningType(row[0], row[1], row[2]));
        }
        for (String[] row : ReferenceFile.read("reference/property-categories.csv", 2)) {
            put(propertyCategories, row[0], new Code(row[0], row[1]));
        }
        for (String[] row : ReferenceFile.read("reference/link-roles.csv", 2)) {
            put(linkRoles, row[0], new Code(row[0], row[1]));
        }
    }

    public List<WarningType> warningTypes() {
        return List.copyOf(warningTypes.values());
    }

    public Optional<WarningType> warningType(String code) {
        return Optional.ofNullable(warningTypes.get(normal(code)));
    }

    public List<Code> propertyCategories() {
        return List.copyOf(propertyCategories.values());
    }

    public Optional<Code> propertyCategory(String code) {
        return Optional.ofNullable(propertyCategories.get(normal(code)));
    }

    public List<Code> linkRoles() {
        return List.copyOf(linkRoles.values());
    }

    public Optional<Code> linkRole(String code) {
        return Optional.ofNullable(linkRoles.get(normal(code)));
    }

    /** The title of a link role, or the code itself when the reference data no longer lists it. */
    public String roleTitle(String code) {
        return linkRole(code).map(Code::title).orElse(code);
    }

    private static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static <T> void put(Map<String, T> table, String code, T value) {
        if (table.put(code, value) != null) {
            throw new IllegalStateException("reference data lists the code " + code + " twice");
        }
    }
}
