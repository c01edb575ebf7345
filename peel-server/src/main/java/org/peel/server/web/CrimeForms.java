package org.peel.server.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peel.server.crime.IncidentDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reading the crime pages' forms (person ids typed as "12, 15", local times) and naming their fields. */
final class CrimeForms {

    private static final ZoneId FORCE_ZONE = ZoneId.of("Europe/London");

    private CrimeForms() {
    }

    /** What the signed-in user may do on the crime pages. */
    record Permissions(boolean record, boolean supervise, boolean cancel) {

        static Permissions of(Authentication authentication) {
            if (authentication == null) {
                return new Permissions(false, false, false);
            }
            List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            boolean registrar = roles.contains("ROLE_CRIME_REGISTRAR");
            boolean supervisor = registrar || roles.contains("ROLE_SUPERVISOR");
            return new Permissions(supervisor || roles.contains("ROLE_OFFICER"), supervisor, registrar);
        }

        public boolean isRecord() {
            return record;
        }

        public boolean isSupervise() {
            return supervise;
        }

        public boolean isCancel() {
            return cancel;
        }
    }

    /** Now in the force's local time, as a datetime-local field shows it. */
    static String localNow(Clock clock) {
        return LocalDateTime.now(clock.withZone(FORCE_ZONE)).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A time in the force's local time, as a datetime-local field shows it. */
    static String local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, FORCE_ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static Long version(Map<String, String> form) {
        try {
            return form.get("version") == null ? null : Long.valueOf(form.get("version"));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    static Long id(String field, String text, List<FormErrors.Problem> problems) {
        List<Long> ids = ids(field, text, problems);
        if (ids.size() > 1) {
            problems.add(new FormErrors.Problem(field, "must be one person id"));
            return null;
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Person ids typed into one field, separated by commas or spaces. */
    static List<Long> ids(String field, String text, List<FormErrors.Problem> problems) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(part.strip()));
            } catch (NumberFormatException unreadable) {
                problems.add(new FormErrors.Problem(field, "must be person ids (numbers) separated by commas, got '"
                        + part + "'"));
                return List.of();
            }
        }
        return ids;
    }

    static IncidentDetails.LocationDetails location(Map<String, String> form) {
        return new IncidentDetails.LocationDetails(form.get("location.lines"), form.get("location.town"),
                form.get("location.postcode"), form.get("location.description"));
    }

    /** A problem the crime module found, on the form field that holds it ("victimIds[1]" is in "victimIds"). */
    static FormErrors.Problem problem(org.peel.server.platform.FieldError error) {
        return new FormErrors.Problem(error.field().replaceAll("\\[\\d+]$", ""), error.message());
    }

    /** The label of a field in a crime form, for error messages ("Postcode 'XYZ' is not a UK postcode"). */
    static FormErrors.Label label(String field) {
        String base = field.replaceAll("\\[\\d+]$", "");
        return new FormErrors.Label(null, switch (base) {
            case "reportedAt" -> "Time of report";
            case "channel" -> "How it was reported";
            case "reportingPersonId" -> "Reporting person";
            case "victimIds" -> "Victims";
            case "suspectIds" -> "Suspects";
            case "location" -> "Location";
            case "location.lines" -> "Address";
            case "location.town" -> "Town";
            case "location.postcode" -> "Postcode";
            case "location.description" -> "Description of the place";
            case "account" -> "Account";
            case "offenceCode" -> "Offence";
            case "committedFrom" -> "Committed from";
            case "committedTo" -> "Committed to";
            case "modusOperandi" -> "Modus operandi";
            case "reasonCode" -> "Reason";
            case "rationale" -> "Rationale";
            case "reason" -> "Reason";
            case "outcomeCode" -> "Outcome";
            case "victimView" -> "Victim's view";
            case "status" -> "Status";
            case "incident" -> "Incident";
            case "version" -> "Version";
            case "from" -> "From";
            case "to" -> "To";
            default -> "The form";
        });
    }
}
