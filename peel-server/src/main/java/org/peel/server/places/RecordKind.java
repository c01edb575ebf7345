package org.peel.server.places;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of POLE record a link can join: people, objects (vehicles, phones, property), locations and events
 * (incidents, crimes, missing-person episodes, investigations). Each has the word used in addresses
 * ({@code /network/vehicle/12}) and in node keys ({@code VEHICLE:12}).
 */
public enum RecordKind {
    PERSON("Person", "person"),
    LOCATION("Location", "location"),
    VEHICLE("Vehicle", "vehicle"),
    PHONE("Phone", "phone"),
    PROPERTY("Property", "property"),
    INCIDENT("Incident", "incident"),
    CRIME("Crime", "crime"),
    MISSING_EPISODE("Missing-person episode", "missing-episode"),
    INVESTIGATION("Investigation", "investigation");

    private final String title;
    private final String slug;

    RecordKind(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public String title() {
        return title;
    }

    /** The word for this kind in page addresses: {@code /network/missing-episode/4}. */
    public String slug() {
        return slug;
    }

    /** The record type this kind's records carry in the audit log ({@code property_item}, {@code missing_episode}). */
    public String auditType() {
        return switch (this) {
            case PROPERTY -> "property_item";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    /** The key of one record of this kind, as the links table stores it: {@code VEHICLE:12}. */
    public String key(long id) {
        return name() + ":" + id;
    }

    /** The kind a page address names, in either spelling ({@code missing-episode} or {@code MISSING_EPISODE}). */
    public static Optional<RecordKind> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (RecordKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
