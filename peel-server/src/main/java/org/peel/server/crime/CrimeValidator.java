package org.peel.server.crime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.Text;
import org.springframework.stereotype.Component;

/**
 * Checks what an officer, a supervisor or the registrar sent about an incident or a crime and turns it into
 * storable {@link CrimeContent}, or refuses it naming every field that is wrong and why, storing nothing. The rules
 * that depend on the record as stored (the crime's status, the incident's decision) are checked here too, so that one
 * refusal names everything.
 */
@Component
class CrimeValidator {

    static final int MAX_TEXT = 4000;
    static final int MAX_ACCOUNT = 8000;
    static final int MAX_VICTIM_VIEW = 2000;
    static final int MAX_PEOPLE = 50;
    /** A decision not to record must say why, in words an auditor can follow. */
    static final int MIN_RATIONALE = 10;
    /** Clocks of devices and servers differ a little; a report a minute "in the future" is not an error. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    private final People people;
    private final CrimeReferenceData referenceData;
    private final ForceCalendar calendar;

    CrimeValidator(People people, CrimeReferenceData referenceData, ForceCalendar calendar) {
        this.people = people;
        this.referenceData = referenceData;
        this.calendar = calendar;
    }

    /** A new incident. */
    IncidentContent incident(IncidentDetails details) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(details, "send the incident as JSON");
        IncidentContent content = incidentFields(details, errors);
        errors.throwIfAny();
        return content;
    }

    /**
     * A change of an incident. Once a crime decision is made, the time of report (which the clock ran from) and the
     * crime-relevance flag stay as they were.
     */
    CrimeContent.IncidentChange incidentChange(IncidentDetails details, IncidentRepository.IncidentRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(details, "send the incident as JSON");
        errors.requireVersion(details.version());
        IncidentContent content = incidentFields(details, errors);
        if (stored.decision() != null) {
            if (content.reportedAt() != null && !content.reportedAt().equals(stored.reportedAt())) {
                errors.add("reportedAt", "cannot change once the crime decision is made: the recording clock ran from "
                        + stored.reportedAt());
            }
            if (!content.crimeRelated()) {
                errors.add("crimeRelated", "cannot be withdrawn once the crime decision is made");
            }
        }
        errors.throwIfAny();
        return new CrimeContent.IncidentChange(details.version(), content);
    }

    /** The decision not to record a crime; refused once a decision is made. */
    CrimeContent.NotToRecord notToRecord(CrimeRequests.DecisionNotToRecord decision,
                                         IncidentRepository.IncidentRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(decision, "send the reason and the rationale as JSON");
        errors.requireVersion(decision.version());
        Optional<CrimeReferenceData.Reason> reason = referenceData.noCrimeReason(decision.reasonCode());
        if (Text.blank(decision.reasonCode())) {
            errors.add("reasonCode", "is required: one of " + codes(referenceData.noCrimeReasons()));
        } else if (reason.isEmpty()) {
            errors.add("reasonCode", "'" + decision.reasonCode() + "' is not a reason for not recording a crime; use "
                    + "one of " + codes(referenceData.noCrimeReasons()));
        }
        String rationale = errors.rationale("rationale", decision.rationale(), MIN_RATIONALE, MAX_TEXT);
        if (stored.decision() == Incident.DecisionKind.CRIME_RECORDED) {
            errors.add("incident", "already has crimes recorded; a recorded crime can only be cancelled by the "
                    + "Force Crime Registrar");
        } else if (stored.decision() == Incident.DecisionKind.NOT_RECORDED) {
            errors.add("incident", "already has a decision not to record (" + stored.noCrimeReason() + ")");
        }
        errors.throwIfAny();
        return new CrimeContent.NotToRecord(decision.version(), reason.get(), rationale);
    }

    /** Crimes to record from {@code incident}, which already has the crimes {@code already}. */
    CrimeContent.NewCrimes newCrimes(CrimeRequests.NewCrimes request, IncidentRepository.IncidentRow incident,
                                     List<CrimeRepository.CrimeRow> already) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the crime details as JSON");
        errors.requireVersion(request.version());
        CrimeReferenceData.Offence offence = offence("offenceCode", request.offenceCode(), errors);
        CommittedPeriod committed = committed(request.committedFrom(), request.committedTo(), errors);
        List<Long> victims = request.victimIds() == null ? incident.victimIds()
                : personIds("victimIds", request.victimIds(), errors);
        if (victims.isEmpty() && errors.list().stream().noneMatch(error -> error.field().startsWith("victimIds"))) {
            errors.add("victimIds", "is required: a crime is recorded for each victim; name at least one victim "
                    + "(record the person first, after the duplicate check)");
        }
        for (int i = 0; i < victims.size(); i++) {
            long victim = victims.get(i);
            String field = request.victimIds() == null ? "victimIds"
                    : "victimIds[" + request.victimIds().indexOf(victim) + "]";
            already.stream().filter(crime -> crime.victimId() == victim && crime.status() != CrimeStatus.CANCELLED)
                    .findFirst().ifPresent(crime -> errors.add(field,
                            "person " + victim + " already has crime " + crime.reference() + " from this incident"));
        }
        List<Long> suspects = personIds("suspectIds", request.suspectIds(), errors);
        Location location = request.location() == null ? incident.location()
                : location("location", request.location(), errors);
        errors.limitText("modusOperandi", request.modusOperandi(), MAX_TEXT);
        errors.throwIfAny();
        return new CrimeContent.NewCrimes(request.version(), offence, committed, victims, suspects, location,
                Text.tidyLines(request.modusOperandi()));
    }

    /** A change of the details of {@code stored}. */
    CrimeContent.Changes changes(CrimeRequests.CrimeChanges changes, CrimeRepository.CrimeRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(changes, "send the changes as JSON");
        errors.requireVersion(changes.version());
        CommittedPeriod committed = committed(changes.committedFrom(), changes.committedTo(), errors);
        List<Long> suspects = personIds("suspectIds", changes.suspectIds(), errors);
        Location location = changes.location() == null ? stored.location()
                : location("location", changes.location(), errors);
        errors.limitText("modusOperandi", changes.modusOperandi(), MAX_TEXT);
        CrimeStatus status = stored.status();
        Optional<String> refusal = CrimeLifecycle.refusal(CrimeLifecycle.Action.CHANGE, stored.status());
        if (refusal.isPresent()) {
            errors.add("status", refusal.get());
        } else {
            CrimeStatus wanted = errors.oneOf("status", changes.status(), CrimeStatus.class, false);
            if (wanted != null) {
                CrimeLifecycle.refusalToSet(wanted).ifPresent(why -> errors.add("status", why));
                status = wanted;
            }
        }
        errors.throwIfAny();
        return new CrimeContent.Changes(changes.version(), committed, suspects, location,
                Text.tidyLines(changes.modusOperandi()), status);
    }

    /** A reclassification of {@code stored} to another offence. */
    CrimeContent.Reclassification reclassification(CrimeRequests.Reclassification request,
                                                   CrimeRepository.CrimeRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the new classification as JSON");
        errors.requireVersion(request.version());
        CrimeReferenceData.Offence offence = offence("offenceCode", request.offenceCode(), errors);
        if (offence != null && offence.code().equals(stored.offenceCode())) {
            errors.add("offenceCode", "is already the crime's classification");
        }
        errors.requireText("reason", request.reason(), MAX_TEXT);
        status(CrimeLifecycle.Action.RECLASSIFY, stored, errors);
        errors.throwIfAny();
        return new CrimeContent.Reclassification(request.version(), offence, Text.tidyLines(request.reason()));
    }

    /** The registrar's cancellation of {@code stored}. */
    CrimeContent.Cancellation cancellation(CrimeRequests.Cancellation request, CrimeRepository.CrimeRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the reason and the rationale as JSON");
        errors.requireVersion(request.version());
        Optional<CrimeReferenceData.Reason> reason = referenceData.cancellationReason(request.reasonCode());
        if (reason.isEmpty()) {
            errors.add("reasonCode", (Text.blank(request.reasonCode()) ? "is required"
                    : "'" + request.reasonCode() + "' is not a cancellation reason of the counting rules")
                    + "; use one of " + codes(referenceData.cancellationReasons()));
        }
        errors.requireText("rationale", request.rationale(), MAX_TEXT);
        status(CrimeLifecycle.Action.CANCEL, stored, errors);
        errors.throwIfAny();
        return new CrimeContent.Cancellation(request.version(), reason.get(), Text.tidyLines(request.rationale()));
    }

    /**
     * Finalising {@code stored} with a Home Office outcome type. The outcome's required fields (a named suspect, the
     * victim's view) come from the reference data.
     */
    CrimeContent.Finalisation finalisation(CrimeRequests.Finalisation request, CrimeRepository.CrimeRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the outcome as JSON");
        errors.requireVersion(request.version());
        Optional<CrimeReferenceData.OutcomeType> outcome = referenceData.outcomeType(request.outcomeCode());
        if (outcome.isEmpty()) {
            errors.add("outcomeCode", Text.blank(request.outcomeCode()) ? "is required: a Home Office outcome type"
                    : "'" + request.outcomeCode() + "' is not a Home Office outcome type; use one of "
                    + referenceData.outcomeTypes().stream().map(CrimeReferenceData.OutcomeType::code).toList());
        }
        errors.requireText("rationale", request.rationale(), MAX_TEXT);
        errors.limitText("victimView", request.victimView(), MAX_VICTIM_VIEW);
        LinkedHashSet<Long> suspects = new LinkedHashSet<>(stored.suspectIds());
        suspects.addAll(personIds("suspectIds", request.suspectIds(), errors));
        if (outcome.isPresent() && outcome.get().requiresSuspect() && suspects.isEmpty()
                && errors.list().stream().noneMatch(error -> error.field().startsWith("suspectIds"))) {
            errors.add("suspectIds", "outcome " + outcome.get().code() + " needs a named suspect: give the suspect's "
                    + "person id");
        }
        if (outcome.isPresent() && outcome.get().requiresVictimView() && Text.blank(request.victimView())) {
            errors.add("victimView", "outcome " + outcome.get().code() + " needs the victim's view recorded");
        }
        status(CrimeLifecycle.Action.FINALISE, stored, errors);
        errors.throwIfAny();
        return new CrimeContent.Finalisation(request.version(), outcome.get(), Text.tidyLines(request.rationale()),
                Text.tidyLines(request.victimView()), List.copyOf(suspects));
    }

    /** Reopening {@code stored}, which must be finalised. */
    CrimeContent.Reopening reopening(CrimeRequests.Reopening request, CrimeRepository.CrimeRow stored) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the reason as JSON");
        errors.requireVersion(request.version());
        errors.requireText("reason", request.reason(), MAX_TEXT);
        status(CrimeLifecycle.Action.REOPEN, stored, errors);
        errors.throwIfAny();
        return new CrimeContent.Reopening(request.version(), Text.tidyLines(request.reason()));
    }

    private IncidentContent incidentFields(IncidentDetails details, FieldErrors errors) {
        Instant now = calendar.now();
        Instant reportedAt = errors.moment("reportedAt", details.reportedAt(), calendar.zone(), false,
                now.plus(CLOCK_TOLERANCE));
        if (Text.blank(details.reportedAt())) {
            reportedAt = now;
        }
        ReportChannel channel = errors.oneOf("channel", details.channel(), ReportChannel.class, true);
        Long reportingPersonId = personId("reportingPersonId", details.reportingPersonId(), errors);
        List<Long> victimIds = personIds("victimIds", details.victimIds(), errors);
        Location location = location("location", details.location(), errors);
        if (errors.requireText("account", details.account(), MAX_ACCOUNT) && details.account().strip().length() < 3) {
            errors.add("account", "must say what was reported");
        }
        return new IncidentContent(reportedAt, channel, reportingPersonId, victimIds, location,
                Text.tidyLines(details.account()), Boolean.TRUE.equals(details.crimeRelated()));
    }

    private static void status(CrimeLifecycle.Action action, CrimeRepository.CrimeRow stored, FieldErrors errors) {
        CrimeLifecycle.refusal(action, stored.status()).ifPresent(why -> errors.add("status", why));
    }

    private CrimeReferenceData.Offence offence(String field, String code, FieldErrors errors) {
        if (Text.blank(code)) {
            errors.add(field, "is required: a Home Office offence classification code such as 8N or 105A");
            return null;
        }
        Optional<CrimeReferenceData.Offence> offence = referenceData.offence(code);
        if (offence.isEmpty()) {
            errors.add(field, "'" + code + "' is not an offence classification Peel knows: choose "
                    + "one from the list of offences (such as 105A, assault with injury)");
        }
        return offence.orElse(null);
    }

    /** When the crime was committed: from (required) and to (from when absent); from ≤ to, neither in the future. */
    private CommittedPeriod committed(String fromText, String toText, FieldErrors errors) {
        Instant latest = calendar.now().plus(CLOCK_TOLERANCE);
        Instant from = errors.moment("committedFrom", fromText, calendar.zone(), false, latest);
        Instant to = errors.moment("committedTo", toText, calendar.zone(), false, latest);
        if (Text.blank(fromText)) {
            errors.add("committedFrom", "is required: when the crime was committed (or the earliest it could have been)");
        }
        if (Text.blank(toText)) {
            to = from;
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("committedTo", "is before committedFrom: the crime cannot end before it starts");
        }
        return new CommittedPeriod(from, to);
    }

    /** A required location: an address, a description, or both. */
    private static Location location(String field, IncidentDetails.LocationDetails given, FieldErrors errors) {
        if (given == null || (Text.blank(given.lines()) && Text.blank(given.postcode())
                && Text.blank(given.description()))) {
            errors.add(field, "is required: give an address, a postcode or a description of the place");
            return null;
        }
        errors.limitText(field + ".lines", given.lines(), 300);
        errors.limitText(field + ".town", given.town(), 100);
        errors.limitText(field + ".description", given.description(), 500);
        String postcode = errors.postcode(field + ".postcode", given.postcode());
        return new Location(Text.tidyLines(given.lines()), Text.tidy(given.town()), postcode,
                Text.tidyLines(given.description()));
    }

    /** Ids of people records that must all exist; each unknown id is named. Null stays an empty list. */
    private List<Long> personIds(String field, List<Long> ids, FieldErrors errors) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_PEOPLE) {
            errors.add(field, "holds " + ids.size() + " people; at most " + MAX_PEOPLE + " are allowed");
            return List.of();
        }
        Set<Long> known = new HashSet<>();
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        people.findAll(wanted).stream().map(Person::id).forEach(known::add);
        List<Long> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                errors.add(field + "[" + i + "]", "is empty");
            } else if (!known.contains(id)) {
                errors.add(field + "[" + i + "]", "there is no person with id " + id
                        + "; record the person first (after the duplicate check) and use their id");
            } else if (seen.add(id)) {
                checked.add(id);
            }
        }
        return checked;
    }

    /** One person id that must exist, or null when absent. */
    private Long personId(String field, Long id, FieldErrors errors) {
        if (id == null) {
            return null;
        }
        if (people.find(id).isEmpty()) {
            errors.add(field, "there is no person with id " + id
                    + "; record the person first (after the duplicate check) and use their id");
            return null;
        }
        return id;
    }

    private static String codes(List<CrimeReferenceData.Reason> reasons) {
        return reasons.stream().map(CrimeReferenceData.Reason::code).toList().toString();
    }
}
