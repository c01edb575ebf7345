package org.peel.server.crime.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peel.server.crime.IncidentDetails;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;

/** Reading the crime pages' forms (person ids typed as "12, 15", locations) and naming their fields. */
final class CrimeForms {

    private CrimeForms() {
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

    /** The label of a field in a crime form, for error messages ("Postcode 'XYZ' is not a UK postcode"). */
    static FormErrors.Label label(String field) {
        String base = FormAction.fieldOf(field);
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
