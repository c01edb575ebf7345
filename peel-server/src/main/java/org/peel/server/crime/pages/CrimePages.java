package org.peel.server.crime.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peel.server.access.Role;
import org.peel.server.crime.CrimeCompliance;
import org.peel.server.crime.CrimeRecord;
import org.peel.server.crime.CrimeReferenceData;
import org.peel.server.crime.CrimeRequests;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incident;
import org.peel.server.crime.IncidentDetails;
import org.peel.server.crime.Incidents;
import org.peel.server.crime.ReportChannel;
import org.peel.server.people.People;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.peel.server.web.PersonPicker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The crime recording pages: record an incident, the incident page with its 24-hour clock (record crimes, or decide
 * not to record), the crime page (reclassify, cancel for the registrar, finalise with an outcome, reopen) and the
 * registrar's compliance view. Every form posts to the crime module's API types, so its checks and messages are the
 * API's.
 */
@OfficerPage
class CrimePages {

    private final Incidents incidents;
    private final Crimes crimes;
    private final CrimeCompliance compliance;
    private final CrimeReferenceData referenceData;
    private final People people;
    private final ForceCalendar calendar;
    private final PersonPicker picker;

    /** The person pickers of the incident form, of the record-a-crime form, and of a crime's suspects. */
    private static final String[] INCIDENT_PEOPLE = {"reportingPersonId", "victimIds"};
    private static final String[] CRIME_PEOPLE = {"victimIds", "suspectIds"};
    private static final String[] SUSPECTS = {"suspectIds"};

    CrimePages(Incidents incidents, Crimes crimes, CrimeCompliance compliance, CrimeReferenceData referenceData,
               People people, ForceCalendar calendar, PersonPicker picker) {
        this.picker = picker;
        this.calendar = calendar;
        this.people = people;
        this.incidents = incidents;
        this.crimes = crimes;
        this.compliance = compliance;
        this.referenceData = referenceData;
    }

    @ModelAttribute("nav")
    String nav() {
        return "crime";
    }

    @GetMapping("/crime")
    @PreAuthorize(Role.READ_RECORDS)
    String home(@RequestParam(required = false) String reference, @RequestParam(required = false) Long linkPerson,
                Model model) {
        String linking = linkPerson == null ? "" : "?suspect=" + linkPerson;
        if (reference != null && !reference.isBlank()) {
            String wanted = reference.strip().toUpperCase(java.util.Locale.ROOT);
            Optional<Long> incident = incidents.idOf(wanted);
            if (incident.isPresent()) {
                return "redirect:/incidents/" + incident.get() + linking;
            }
            Optional<Long> crime = crimes.idOf(wanted);
            if (crime.isPresent()) {
                return "redirect:/crimes/" + crime.get() + linking;
            }
            model.addAttribute("notFound", reference.strip());
        }
        if (linkPerson != null) {
            people.find(linkPerson).ifPresent(person -> model.addAttribute("linking", person));
        }
        model.addAttribute("reference", reference);
        return "crime/home";
    }

    @GetMapping("/crime/compliance")
    @PreAuthorize(Role.SUPERVISE)
    String compliance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model, HttpServletResponse response) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        FieldErrors dates = new FieldErrors();
        LocalDate first = dates.date("from", from, false);
        LocalDate last = dates.date("to", to, false);
        dates.list().forEach(error -> problems.add(FormAction.problem(error)));
        if (problems.isEmpty()) {
            try {
                model.addAttribute("view", compliance.view(first, last, 100));
            } catch (InvalidInputException refused) {
                refused.errors().forEach(error -> problems.add(FormAction.problem(error)));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("view", compliance.view(null, null, 100));
        }
        model.addAttribute("errors", FormErrors.of(problems, CrimeForms::label));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "crime/compliance";
    }

    @GetMapping("/incidents/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String newIncident(@RequestParam(required = false) String victimIds, @RequestParam(required = false) String draft,
                       HttpSession session, Model model) {
        Optional<MultiValueMap<String, String>> restored = picker.restore(draft, session);
        if (restored.isPresent()) {
            return incidentForm(model, restored.get().toSingleValueMap(), FormErrors.none());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reportedAt", calendar.localNow());
        values.put("victimIds", victimIds);
        values.put("crimeRelated", "true");
        return incidentForm(model, values, FormErrors.none());
    }

    @PostMapping("/incidents/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String registerIncident(@RequestParam MultiValueMap<String, String> sent, HttpSession session, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        if (PersonPicker.isStep(sent)) {
            return picker.step(sent, Set.of("reportingPersonId"), "/incidents/new", session,
                    values -> incidentForm(model, values, FormErrors.none()));
        }
        Map<String, String> form = sent.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>(picker.unpicked(form, INCIDENT_PEOPLE));
        Long reporter = CrimeForms.id("reportingPersonId", form.get("reportingPersonId"), problems);
        List<Long> victims = CrimeForms.ids("victimIds", form.get("victimIds"), problems);
        IncidentDetails details = new IncidentDetails(null, form.get("reportedAt"), form.get("channel"), reporter,
                victims, CrimeForms.location(form), form.get("account"), "true".equals(form.get("crimeRelated")));
        return FormAction.run(model, response, problems, CrimeForms::label, () -> {
            Incident incident = incidents.register(details);
            redirect.addFlashAttribute("notice", "Registered incident " + incident.reference() + ".");
            return "redirect:/incidents/" + incident.id();
        }, errors -> incidentForm(model, form, errors));
    }

    @GetMapping("/incidents/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String incident(@PathVariable long id, @RequestParam(required = false) String draft,
                    @RequestParam(required = false) Long suspect, HttpSession session, Model model) {
        Incident incident = incidents.view(id);
        Optional<MultiValueMap<String, String>> restored = picker.restore(draft, session);
        if (restored.isPresent()) {
            return incidentPage(model, incident, restored.get().toSingleValueMap(), FormErrors.none(), "crime");
        }
        if (suspect != null) {
            return incidentPage(model, incident, Map.of("suspectIds", String.valueOf(suspect)), FormErrors.none(),
                    "crime");
        }
        return incidentPage(model, incident, Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/incidents/{id}/crimes")
    @PreAuthorize(Role.WRITE_RECORDS)
    String recordCrimes(@PathVariable long id, @RequestParam MultiValueMap<String, String> sent, HttpSession session,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (PersonPicker.isStep(sent)) {
            return picker.step(sent, Set.of(), "/incidents/" + id, session,
                    values -> incidentPage(model, incidents.find(id).orElseThrow(), values, FormErrors.none(), "crime"));
        }
        Map<String, String> form = sent.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>(picker.unpicked(form, CRIME_PEOPLE));
        List<Long> victims = form.getOrDefault("victimIds", "").isBlank() ? null
                : CrimeForms.ids("victimIds", form.get("victimIds"), problems);
        List<Long> suspects = CrimeForms.ids("suspectIds", form.get("suspectIds"), problems);
        CrimeRequests.NewCrimes request = new CrimeRequests.NewCrimes(FormAction.version(form.get("version")), form.get("offenceCode"),
                form.get("committedFrom"), form.get("committedTo"), victims, suspects, null, form.get("modusOperandi"));
        return FormAction.run(model, response, problems, CrimeForms::label, () -> {
            List<CrimeRecord> recorded = crimes.record(id, request);
            redirect.addFlashAttribute("notice", "Recorded " + (recorded.size() == 1 ? "crime " : "crimes ")
                    + String.join(", ", recorded.stream().map(CrimeRecord::reference).toList()) + ".");
            return "redirect:/incidents/" + id;
        }, errors -> incidentPage(model, incidents.find(id).orElseThrow(), form, errors, "crime"));
    }

    @PostMapping("/incidents/{id}/decision-not-to-record")
    @PreAuthorize(Role.SUPERVISE)
    String decideNotToRecord(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        CrimeRequests.DecisionNotToRecord decision = new CrimeRequests.DecisionNotToRecord(
                FormAction.version(form.get("version")), form.get("reasonCode"), form.get("rationale"));
        return FormAction.run(model, response, List.of(), CrimeForms::label, () -> {
            incidents.decideNotToRecord(id, decision);
            redirect.addFlashAttribute("notice", "The decision not to record a crime is recorded.");
            return "redirect:/incidents/" + id;
        }, errors -> incidentPage(model, incidents.find(id).orElseThrow(), form, errors, "no-crime"));
    }

    @GetMapping("/crimes/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String crime(@PathVariable long id, @RequestParam(required = false) String draft,
                 @RequestParam(required = false) Long suspect, HttpSession session, Model model) {
        CrimeRecord crime = crimes.view(id);
        Optional<MultiValueMap<String, String>> restored = picker.restore(draft, session);
        if (restored.isPresent()) {
            return crimePage(model, crime, restored.get().toSingleValueMap(), FormErrors.none(), "details");
        }
        if (suspect != null && !crime.suspectIds().contains(suspect)) {
            Map<String, String> values = new LinkedHashMap<>();
            List<Long> suspects = new ArrayList<>(crime.suspectIds());
            suspects.add(suspect);
            values.put("suspectIds", joined(suspects));
            people.find(suspect).ifPresent(person -> model.addAttribute("notice", "To add "
                    + person.primaryName().displayName() + " as a suspect, check the suspects below and save."));
            return crimePage(model, crime, values, FormErrors.none(), "details");
        }
        return crimePage(model, crime, Map.of(), FormErrors.none(), null);
    }

    /**
     * Suspects and modus operandi added (or corrected) after the crime was recorded: the crime's history keeps the
     * change, as for any change of its details.
     */
    @PostMapping("/crimes/{id}/details")
    @PreAuthorize(Role.WRITE_RECORDS)
    String changeDetails(@PathVariable long id, @RequestParam MultiValueMap<String, String> sent, HttpSession session,
                         Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (PersonPicker.isStep(sent)) {
            return picker.step(sent, Set.of(), "/crimes/" + id, session,
                    values -> crimePage(model, crimes.find(id).orElseThrow(), values, FormErrors.none(), "details"));
        }
        Map<String, String> form = sent.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>(picker.unpicked(form, SUSPECTS));
        List<Long> suspects = CrimeForms.ids("suspectIds", form.get("suspectIds"), problems);
        CrimeRecord stored = crimes.find(id).orElseThrow(
                () -> new org.peel.server.platform.RecordNotFoundException(Crimes.RECORD_TYPE, id));
        CrimeRequests.CrimeChanges changes = new CrimeRequests.CrimeChanges(FormAction.version(form.get("version")),
                stored.committedFrom().toString(), stored.committedTo() == null ? null : stored.committedTo().toString(),
                suspects, null, form.get("modusOperandi"), null);
        return FormAction.run(model, response, problems, CrimeForms::label, () -> {
            crimes.update(id, changes);
            redirect.addFlashAttribute("notice", "The suspects and modus operandi are saved.");
            return "redirect:/crimes/" + id;
        }, errors -> crimePage(model, stored, form, errors, "details"));
    }

    @PostMapping("/crimes/{id}/{action:reclassification|cancellation|outcome|reopening}")
    @PreAuthorize(Role.WRITE_RECORDS)
    String actOnCrime(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long version = FormAction.version(form.get("version"));
        List<Long> suspects = List.of();
        if (action.equals("cancellation") && !"yes".equals(form.get("confirmed")) && !isBlank(form.get("reasonCode"))
                && !isBlank(form.get("rationale"))) {
            // Cancelling takes a crime out of the count: the registrar confirms on a second step.
            return crimePage(model, crimes.find(id).orElseThrow(), form, FormErrors.none(), "confirm-cancellation");
        }
        return FormAction.run(model, response, problems, CrimeForms::label, () -> {
            CrimeRecord crime = switch (action) {
                case "reclassification" -> crimes.reclassify(id, new CrimeRequests.Reclassification(version,
                        form.get("offenceCode"), form.get("reason")));
                case "cancellation" -> crimes.cancel(id, new CrimeRequests.Cancellation(version,
                        form.get("reasonCode"), form.get("rationale")));
                case "outcome" -> crimes.finalise(id, new CrimeRequests.Finalisation(version,
                        form.get("outcomeCode"), form.get("rationale"), form.get("victimView"), suspects));
                default -> crimes.reopen(id, new CrimeRequests.Reopening(version, form.get("reason")));
            };
            redirect.addFlashAttribute("notice", switch (action) {
                case "reclassification" -> "Reclassified as " + crime.offence().code() + " " + crime.offence().title() + ".";
                case "cancellation" -> "Crime " + crime.reference() + " is cancelled. It keeps its number.";
                case "outcome" -> "Finalised with outcome " + crime.outcome().code() + ".";
                default -> "Crime " + crime.reference() + " is reopened.";
            });
            return "redirect:/crimes/" + id;
        }, errors -> crimePage(model, crimes.find(id).orElseThrow(), form, errors, action));
    }

    /** The names of the people linked to a record, by id, for links that say who they are. */
    private Map<Long, String> names(List<Long> ids) {
        return people.displayNames(ids);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String joined(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private String incidentForm(Model model, Map<String, String> values, FormErrors errors) {
        picker.show(model, values, INCIDENT_PEOPLE);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", ReportChannel.values());
        return "crime/incident-form";
    }

    private String incidentPage(Model model, Incident incident, Map<String, String> values, FormErrors errors,
                                String openForm) {
        model.addAttribute("incident", incident);
        List<Long> linked = new ArrayList<>(incident.victimIds());
        incident.crimes().forEach(crime -> linked.add(crime.victimId()));
        if (incident.reportingPersonId() != null) {
            linked.add(incident.reportingPersonId());
        }
        model.addAttribute("names", names(linked));
        Map<String, String> shown = new LinkedHashMap<>(values);
        // When it was committed is usually close to when it was reported: start there for the officer to adjust.
        shown.putIfAbsent("committedFrom", calendar.localMinute(incident.reportedAt()));
        shown.putIfAbsent("victimIds", joined(incident.victimIds()));
        picker.show(model, shown, CRIME_PEOPLE);
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("offences", referenceData.offences());
        model.addAttribute("noCrimeReasons", referenceData.noCrimeReasons());
        model.addAttribute("now", calendar.localNow());
        return "crime/incident";
    }

    private String crimePage(Model model, CrimeRecord crime, Map<String, String> values, FormErrors errors,
                             String openForm) {
        model.addAttribute("crime", crime);
        List<Long> linked = new ArrayList<>(crime.suspectIds());
        linked.add(crime.victimId());
        model.addAttribute("names", names(linked));
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("suspectIds", joined(crime.suspectIds()));
        shown.putIfAbsent("modusOperandi", crime.modusOperandi());
        picker.show(model, shown, SUSPECTS);
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("offences", referenceData.offences());
        model.addAttribute("outcomeTypes", referenceData.outcomeTypes());
        model.addAttribute("cancellationReasons", referenceData.cancellationReasons());
        return "crime/crime";
    }
}
