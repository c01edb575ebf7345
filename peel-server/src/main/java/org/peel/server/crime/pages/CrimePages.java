package org.peel.server.crime.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

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

    CrimePages(Incidents incidents, Crimes crimes, CrimeCompliance compliance, CrimeReferenceData referenceData,
               People people, ForceCalendar calendar) {
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
    String home(@RequestParam(required = false) String reference, Model model) {
        if (reference != null && !reference.isBlank()) {
            String wanted = reference.strip().toUpperCase(java.util.Locale.ROOT);
            Optional<Long> incident = incidents.idOf(wanted);
            if (incident.isPresent()) {
                return "redirect:/incidents/" + incident.get();
            }
            Optional<Long> crime = crimes.idOf(wanted);
            if (crime.isPresent()) {
                return "redirect:/crimes/" + crime.get();
            }
            model.addAttribute("notFound", reference.strip());
        }
        model.addAttribute("reference", reference);
        return "crime/home";
    }

    @GetMapping("/crime/compliance")
    @PreAuthorize(Role.SUPERVISE)
    String compliance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Model model, HttpServletResponse response) {
        FieldErrors dates = new FieldErrors();
        LocalDate first = dates.isoDate("from", from, false);
        LocalDate last = dates.isoDate("to", to, false);
        List<FormErrors.Problem> problems = new ArrayList<>();
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
    String newIncident(@RequestParam(required = false) String victimIds, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reportedAt", calendar.localNow());
        values.put("victimIds", victimIds);
        values.put("crimeRelated", "true");
        return incidentForm(model, values, FormErrors.none());
    }

    @PostMapping("/incidents/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String registerIncident(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        List<FormErrors.Problem> problems = new ArrayList<>();
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
    String incident(@PathVariable long id, Model model) {
        return incidentPage(model, incidents.view(id), Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/incidents/{id}/crimes")
    @PreAuthorize(Role.WRITE_RECORDS)
    String recordCrimes(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        List<FormErrors.Problem> problems = new ArrayList<>();
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
    String crime(@PathVariable long id, Model model) {
        return crimePage(model, crimes.view(id), Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/crimes/{id}/{action:reclassification|cancellation|outcome|reopening}")
    @PreAuthorize(Role.WRITE_RECORDS)
    String actOnCrime(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long version = FormAction.version(form.get("version"));
        List<Long> suspects = action.equals("outcome") ? CrimeForms.ids("suspectIds", form.get("suspectIds"), problems)
                : List.of();
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
        Map<Long, String> names = new LinkedHashMap<>();
        people.findAll(ids).forEach(person -> names.put(person.id(), person.primaryName().displayName()));
        return names;
    }

    private String incidentForm(Model model, Map<String, String> values, FormErrors errors) {
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
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("offences", referenceData.offences());
        model.addAttribute("outcomeTypes", referenceData.outcomeTypes());
        model.addAttribute("cancellationReasons", referenceData.cancellationReasons());
        return "crime/crime";
    }
}
