package org.peel.server.crime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.Text;
import org.peel.server.platform.UkPostcode;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link RecordListFilter} for the incident or crime list and turns it into bounded SQL conditions: every
 * problem named by its field in an officer's words, nothing run when any is wrong.
 */
@Component
class ListFilters {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;

    static final Map<String, String> INCIDENT_SORTS = ordered("reported", "i.reported_at", "reference",
            "i.reference", "postcode", "i.location_postcode");
    static final Map<String, String> CRIME_SORTS = ordered("recorded", "c.recorded_at", "reference", "c.reference",
            "offence", "c.offence_code", "status", "c.status", "postcode", "c.location_postcode");

    /**
     * A checked filter: the SQL conditions (joined by AND, on alias {@code i} or {@code c}) and their parameters.
     */
    record Checked(String where, Map<String, Object> params, String orderBy, String sort, String direction, int page,
                   int size, String described) {
    }

    private final CrimeReferenceData referenceData;
    private final ForceCalendar calendar;

    ListFilters(CrimeReferenceData referenceData, ForceCalendar calendar) {
        this.referenceData = referenceData;
        this.calendar = calendar;
    }

    Checked incidents(RecordListFilter filter) {
        return check(filter == null ? RecordListFilter.all() : filter, true);
    }

    Checked crimes(RecordListFilter filter) {
        return check(filter == null ? RecordListFilter.all() : filter, false);
    }

    private Checked check(RecordListFilter filter, boolean incidents) {
        FieldErrors errors = new FieldErrors();
        String alias = incidents ? "i" : "c";
        String when = incidents ? "i.reported_at" : "c.recorded_at";
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder described = new StringBuilder();

        LocalDate from = errors.date("from", filter.from(), false);
        LocalDate to = errors.date("to", filter.to(), false);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "is before the first day: give a last day on or after " + from);
        }
        if (from != null) {
            where.append(" AND ").append(when).append(" >= :fromAt");
            params.put("fromAt", IncidentRepository.at(calendar.startOf(from)));
            described.append(" from ").append(from);
        }
        if (to != null) {
            where.append(" AND ").append(when).append(" < :toAt");
            params.put("toAt", IncidentRepository.at(calendar.startOf(to.plusDays(1))));
            described.append(" to ").append(to);
        }

        String status = key(filter.status());
        Map<String, String> statuses = incidents ? RecordListFilter.INCIDENT_STATUSES
                : RecordListFilter.CRIME_STATUSES;
        if (status != null) {
            if (!statuses.containsKey(status)) {
                errors.add("status", "'" + filter.status().strip() + "' is not a status to list by: choose one of "
                        + String.join(", ", statuses.values()).toLowerCase(Locale.ROOT));
            } else {
                where.append(" AND ").append(incidents ? incidentStatus(status, params) : crimeStatus(status));
                described.append(" status ").append(status);
            }
        }
        if (Boolean.TRUE.equals(filter.late())) {
            if (incidents) {
                where.append(" AND i.awaiting_since <= :lateBefore");
                params.put("lateBefore", IncidentRepository.at(lateBefore()));
            } else {
                where.append(" AND c.recorded_at > c.recording_deadline");
            }
            described.append(" late");
        }

        String offence = Text.tidy(filter.offence());
        if (offence != null) {
            Optional<CrimeReferenceData.Offence> code = referenceData.offence(offence.toUpperCase(Locale.ROOT));
            Optional<CrimeCategory> category = category(offence);
            String condition = code.isPresent() ? "c.offence_code = :offence"
                    : category.isPresent() ? "c.category = :offence" : null;
            if (condition == null) {
                errors.add("offence", "'" + offence + "' is not an offence code (such as 105A) or a crime category "
                        + "(such as burglary): choose one from the list");
            } else {
                params.put("offence", code.map(CrimeReferenceData.Offence::code)
                        .orElseGet(() -> category.get().name()));
                where.append(" AND ").append(incidents
                        ? "EXISTS (SELECT 1 FROM crime c WHERE c.incident_id = i.id AND " + condition + ")"
                        : condition);
                described.append(" offence ").append(params.get("offence"));
            }
        }

        String place = Text.tidy(filter.place());
        if (place != null) {
            errors.limitText("place", place, 100);
            Optional<String> postcode = UkPostcode.start(place);
            if (postcode.isPresent()) {
                where.append(" AND REPLACE(").append(alias).append(".location_postcode, ' ', '') LIKE :postcode");
                params.put("postcode", postcode.get() + "%");
            } else {
                where.append(" AND LOWER(COALESCE(").append(alias).append(".location_lines, '') || ' ' || COALESCE(")
                        .append(alias).append(".location_town, '') || ' ' || COALESCE(").append(alias)
                        .append(".location_description, '')) LIKE :place");
                params.put("place", "%" + place.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
            described.append(" place '").append(place).append('\'');
        }

        String officer = Text.tidy(filter.officer());
        if (officer != null) {
            errors.limitText("officer", officer, 64);
            where.append(" AND LOWER(").append(incidents ? "i.created_by" : "c.recorded_by").append(") = :officer");
            params.put("officer", officer.toLowerCase(Locale.ROOT));
            described.append(" officer ").append(officer);
        }

        if (filter.person() != null) {
            params.put("person", filter.person());
            where.append(" AND ").append(incidents
                    ? "(i.reporting_person_id = :person OR EXISTS (SELECT 1 FROM incident_victim v "
                    + "WHERE v.incident_id = i.id AND v.person_id = :person) OR EXISTS (SELECT 1 FROM crime c "
                    + "JOIN crime_suspect s ON s.crime_id = c.id WHERE c.incident_id = i.id AND s.person_id = :person))"
                    : "(c.victim_person_id = :person OR EXISTS (SELECT 1 FROM crime_suspect s "
                    + "WHERE s.crime_id = c.id AND s.person_id = :person))");
            described.append(" person ").append(filter.person());
        }

        Map<String, String> sorts = incidents ? INCIDENT_SORTS : CRIME_SORTS;
        String sort = key(filter.sort());
        if (sort == null) {
            sort = incidents ? "reported" : "recorded";
        } else if (!sorts.containsKey(sort)) {
            errors.add("sort", "'" + filter.sort() + "' is not a column to sort by: choose one of "
                    + String.join(", ", sorts.keySet()));
        }
        String direction = key(filter.direction());
        if (direction == null) {
            direction = "desc";
        } else if (!direction.equals("asc") && !direction.equals("desc")) {
            errors.add("direction", "'" + filter.direction() + "' is not an order: choose asc (oldest or A first) "
                    + "or desc (newest or Z first)");
        }
        int page = filter.page() == null ? 0 : filter.page();
        if (page < 0) {
            errors.add("page", "must be 0 or more");
        }
        int size = filter.size() == null ? DEFAULT_SIZE : filter.size();
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "must be from 1 to " + MAX_SIZE + " rows a page");
        }
        errors.throwIfAny();
        String column = sorts.get(sort);
        String dir = direction.toUpperCase(Locale.ROOT);
        return new Checked(where.toString(), params, column + " " + dir + ", " + alias + ".id " + dir, sort,
                direction, page, size, described.isEmpty() ? " (no filter)" : described.toString());
    }

    private String incidentStatus(String status, Map<String, Object> params) {
        return switch (status) {
            case "awaiting" -> "i.awaiting_since IS NOT NULL";
            case "late" -> {
                params.put("lateBefore", IncidentRepository.at(lateBefore()));
                yield "i.awaiting_since <= :lateBefore";
            }
            case "in-time" -> {
                params.put("lateBefore", IncidentRepository.at(lateBefore()));
                yield "i.awaiting_since > :lateBefore";
            }
            case "crime-recorded" -> "i.decision = 'CRIME_RECORDED'";
            case "not-recorded" -> "i.decision = 'NOT_RECORDED'";
            default -> "i.crime_related = FALSE AND i.decision IS NULL";
        };
    }

    private static String crimeStatus(String status) {
        return "c.status = '" + CrimeStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_')).name() + "'";
    }

    /** Reports made before this are past the 24-hour clock. */
    private Instant lateBefore() {
        return calendar.now().minus(RecordingStandard.WINDOW);
    }

    private static Optional<CrimeCategory> category(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (CrimeCategory category : CrimeCategory.values()) {
            if (category.name().equals(name) || category.title().equalsIgnoreCase(text.strip())
                    || category.name().startsWith(name + "_")) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return text == null || text.isBlank() ? null
                : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
