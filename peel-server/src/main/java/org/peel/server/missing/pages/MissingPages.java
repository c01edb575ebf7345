package org.peel.server.missing.pages;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.missing.Episode;
import org.peel.server.missing.MissingCoordination;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.missing.MissingReferenceData;
import org.peel.server.missing.MissingRequests;
import org.peel.server.missing.RiskGrade;
import org.peel.server.platform.ForceCalendar;
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
 * The missing-persons pages: report a missing person, the episode page (risk, review due, assessments, enquiries and
 * sightings, closing) and the coordinator's view. Every form posts to the missing module's API types, so its checks
 * and messages are the API's.
 */
@OfficerPage
class MissingPages {

    private final MissingEpisodes episodes;
    private final MissingCoordination coordination;
    private final MissingReferenceData referenceData;
    private final ForceCalendar calendar;
    private final PersonPicker picker;

    MissingPages(MissingEpisodes episodes, MissingCoordination coordination, MissingReferenceData referenceData,
                 ForceCalendar calendar, PersonPicker picker) {
        this.picker = picker;
        this.episodes = episodes;
        this.coordination = coordination;
        this.referenceData = referenceData;
        this.calendar = calendar;
    }

    @ModelAttribute("gradeTitles")
    Map<RiskGrade, String> gradeTitles() {
        Map<RiskGrade, String> titles = new EnumMap<>(RiskGrade.class);
        referenceData.grades().forEach(grade -> titles.put(grade.code(), grade.title()));
        return titles;
    }

    @ModelAttribute("nav")
    String nav() {
        return "missing";
    }

    @GetMapping("/missing")
    @PreAuthorize(Role.READ_RECORDS)
    String coordinator(Model model) {
        model.addAttribute("view", coordination.view(MissingCoordination.DEFAULT_LIMIT));
        return "missing/coordinator";
    }

    @GetMapping("/missing/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String newReport(@RequestParam(required = false) String personId, @RequestParam(required = false) String draft,
                     HttpSession session, Model model) {
        java.util.Optional<MultiValueMap<String, String>> restored = picker.restore(draft, session);
        if (restored.isPresent()) {
            return reportForm(model, restored.get().toSingleValueMap(),
                    restored.get().getOrDefault("risk.riskFactors", List.of()), FormErrors.none());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("personId", personId);
        values.put("lastSeenAt", calendar.localNow());
        return reportForm(model, values, List.of(), FormErrors.none());
    }

    @PostMapping("/missing/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String report(@RequestParam MultiValueMap<String, String> form, HttpSession session, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        List<String> factors = form.getOrDefault("risk.riskFactors", List.of());
        if (PersonPicker.isStep(form)) {
            return picker.step(form, java.util.Set.of("personId"), "/missing/new", session,
                    values -> reportForm(model, values, factors, FormErrors.none()));
        }
        Map<String, String> values = form.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>(picker.unpicked(values, "personId"));
        Long personId = null;
        String personText = values.getOrDefault("personId", "");
        if (!personText.isBlank()) {
            try {
                personId = Long.parseLong(personText.strip());
            } catch (NumberFormatException bad) {
                problems.add(new FormErrors.Problem("personId", "must be the number of a person's record"));
            }
        }
        String child = values.get("child");
        MissingRequests.Report report = new MissingRequests.Report(personId, offset(values.get("lastSeenAt")),
                values.get("lastSeenPlace"), values.get("lastSeenPostcode"), values.get("lastSeenBy"),
                values.get("circumstances"), values.get("description"), values.get("associates"), values.get("places"),
                values.get("medicalNeeds"), child == null || child.isBlank() ? null : Boolean.valueOf(child),
                "true".equals(values.get("inCare")), values.get("reportedBy"), values.get("reporterContact"),
                new MissingRequests.Assessment(null, values.get("risk.grade"), factors, values.get("risk.rationale")));
        return FormAction.run(model, response, problems, MissingPages::label, () -> {
            Episode episode = episodes.report(report);
            redirect.addFlashAttribute("notice", "Reported missing. The risk grading awaits a supervisor's confirmation.");
            return "redirect:/missing/episodes/" + episode.id();
        }, errors -> reportForm(model, values, factors, errors));
    }

    @GetMapping("/missing/episodes/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String episode(@PathVariable long id, Model model) {
        return episodePage(model, episodes.view(id), Map.of(), List.of(), FormErrors.none(), null);
    }

    @PostMapping("/missing/episodes/{id}/{action:assessment|confirmation|information|closure|interview}")
    @PreAuthorize(Role.WRITE_RECORDS)
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = form.toSingleValueMap();
        Long version = FormAction.version(values.get("version"));
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long assessmentId = FormAction.version(values.get("assessmentId"));
        if (action.equals("confirmation") && assessmentId == null) {
            problems.add(new FormErrors.Problem("assessmentId", "must be the number of the assessment to confirm"));
        }
        return FormAction.run(model, response, problems, MissingPages::label, () -> {
            switch (action) {
                case "assessment" -> episodes.assess(id, new MissingRequests.Assessment(version, values.get("grade"),
                        form.getOrDefault("riskFactors", List.of()), values.get("rationale")));
                case "confirmation" -> episodes.confirm(id, assessmentId,
                        new MissingRequests.Confirmation(version, values.get("note")));
                case "information" -> {
                    MissingRequests.Information information = new MissingRequests.Information(values.get("learned"),
                            values.get("source"), offset(values.get("obtainedAt")), values.get("place"),
                            values.get("postcode"));
                    if ("enquiry".equals(values.get("kind"))) {
                        episodes.addLineOfEnquiry(id, information);
                    } else {
                        episodes.addSighting(id, information);
                    }
                }
                case "interview" -> episodes.recordReturnInterview(id, new MissingRequests.ReturnInterview(version,
                        offset(values.get("conductedAt")), values.get("conductedBy"), values.get("notes")));
                default -> episodes.close(id, new MissingRequests.Closure(version, values.get("outcome"),
                        offset(values.get("at")), values.get("place"), values.get("postcode"), values.get("by"),
                        values.get("condition"), values.get("reason")));
            }
            redirect.addFlashAttribute("notice", switch (action) {
                case "assessment" -> "The assessment is recorded and awaits a supervisor's confirmation.";
                case "confirmation" -> "The grading is confirmed.";
                case "information" -> "enquiry".equals(values.get("kind")) ? "The line of enquiry is recorded."
                        : "The sighting is recorded.";
                case "interview" -> "The return interview is recorded.";
                default -> "The episode is closed.";
            });
            return "redirect:/missing/episodes/" + id;
        }, errors -> episodePage(model, episodes.find(id).orElseThrow(), values,
                form.getOrDefault("riskFactors", List.of()), errors, action));
    }

    private String reportForm(Model model, Map<String, String> values, List<String> factors, FormErrors errors) {
        picker.show(model, values, "personId");
        model.addAttribute("values", values);
        model.addAttribute("chosenFactors", factors);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("riskFactors", referenceData.riskFactors());
        return "missing/report";
    }

    private String episodePage(Model model, Episode episode, Map<String, String> values, List<String> factors,
                               FormErrors errors, String openForm) {
        model.addAttribute("episode", episode);
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("obtainedAt", calendar.localNow());
        shown.putIfAbsent("at", calendar.localNow());
        shown.putIfAbsent("conductedAt", calendar.localNow());
        model.addAttribute("chosenFactors", factors);
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm);
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("riskFactors", referenceData.riskFactors());
        model.addAttribute("latestAssessment", episode.assessments().isEmpty() ? null
                : episode.assessments().get(episode.assessments().size() - 1));
        return "missing/episode";
    }

    /** How each way an episode stands is said on the page. */
    /** A datetime-local value ("2026-11-27T14:30") as an instant of the force's time zone; anything else as typed. */
    private String offset(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(calendar.zone()).toOffsetDateTime().toString();
        } catch (java.time.DateTimeException notLocal) {
            return text;
        }
    }

    static FormErrors.Label label(String field) {
        return new FormErrors.Label(null, switch (field) {
            case "personId" -> "Person";
            case "assessmentId" -> "Assessment";
            case "lastSeenAt" -> "Last seen at";
            case "lastSeenPlace" -> "Where last seen";
            case "lastSeenPostcode", "postcode" -> "Postcode";
            case "lastSeenBy" -> "Last seen by";
            case "circumstances" -> "Circumstances";
            case "reportedBy" -> "Reported by";
            case "reporterContact" -> "Reporter's contact";
            case "child" -> "Child";
            case "risk", "risk.grade", "grade" -> "Risk grade";
            case "risk.riskFactors", "riskFactors" -> "Risk factors";
            case "risk.rationale", "rationale" -> "Rationale";
            case "learned" -> "What was learned";
            case "source" -> "Source";
            case "obtainedAt" -> "When";
            case "place" -> "Place";
            case "outcome" -> "Outcome";
            case "at" -> "When";
            case "by" -> "By whom";
            case "condition" -> "Condition";
            case "reason" -> "Reason";
            case "conductedAt" -> "When it was held";
            case "conductedBy" -> "Held by";
            case "notes" -> "What was learned";
            case "kind" -> "What it is";
            default -> field;
        });
    }
}
