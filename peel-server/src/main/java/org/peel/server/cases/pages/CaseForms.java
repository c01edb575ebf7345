package org.peel.server.cases.pages;

import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;

/** How the fields of the investigation forms are called, for the messages ("Supervisor 'x' is not a supervisor"). */
final class CaseForms {

    private CaseForms() {
    }

    static FormErrors.Label label(String field) {
        String base = FormAction.fieldOf(field).replaceFirst("^(crimes|occurrences)\\[\\d+]\\.", "");
        String part = field.startsWith("crimes[") ? "Crime" : field.startsWith("occurrences[") ? "Occurrence" : null;
        return new FormErrors.Label(part, switch (base) {
            case "title" -> "Title";
            case "summary" -> part == null ? "Summary" : "What happened";
            case "priority" -> "Priority";
            case "officerInCharge" -> "Officer in charge";
            case "supervisor" -> "Supervisor";
            case "plan" -> "Plan";
            case "crimes" -> "Crimes and occurrences";
            case "crimeId" -> "Crime reference";
            case "flags" -> "Flags";
            case "risk" -> "Risk";
            case "type" -> "Type of occurrence";
            case "occurredAt" -> "When it happened";
            case "missingEpisodeId" -> "Missing-person episode number";
            case "personId" -> "Person";
            case "name" -> "Name";
            case "role" -> "Role";
            case "text" -> "Text";
            case "kind" -> "Kind of entry";
            case "rationale" -> "Rationale";
            case "correctsEntryId" -> "Entry corrected";
            case "details" -> "Details";
            case "owner" -> "Officer";
            case "dueAt" -> "Due";
            case "result" -> "Result";
            case "reason" -> "Reason";
            case "nextReviewDueAt" -> "Next review due";
            case "status" -> "Status";
            case "task" -> "Task";
            case "recipient" -> "Recipient";
            case "purpose" -> "Purpose";
            case "version" -> "Version";
            default -> "The form";
        });
    }
}
