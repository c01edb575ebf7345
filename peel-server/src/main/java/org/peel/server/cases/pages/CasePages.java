package org.peel.server.cases.pages;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.cases.CaseReferenceData;
import org.peel.server.cases.CaseRequests;
import org.peel.server.cases.CaseSummaries;
import org.peel.server.cases.Caseloads;
import org.peel.server.cases.Investigation;
import org.peel.server.cases.InvestigationStatus;
import org.peel.server.cases.Investigations;
import org.peel.server.cases.PersonRole;
import org.peel.server.cases.Priority;
import org.peel.server.cases.RiskLevel;
import org.peel.server.crime.Crimes;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.SearchHit;
import org.peel.server.search.SearchRequest;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The investigation pages: the officer's work, the supervisor's team view and the safeguarding view, opening an
 * investigation, the investigation's page (subjects, people, plan and its earlier versions, log, tasks, reviews,
 * status and closure) with a form for each change, the printable summary, and a person's history in time order. Every
 * form posts to the cases module's API types, so its checks and messages are the API's; people are picked by name
 * through the name search, never by typing their record numbers.
 */
@OfficerPage
class CasePages {

    static final int LIST_LIMIT = Caseloads.DEFAULT_LIMIT;
    static final int PEOPLE_FOUND = 10;
    static final int HISTORY_LIMIT = 500;

    private final Investigations investigations;
    private final Caseloads caseloads;
    private final CaseSummaries summaries;
    private final CaseReferenceData referenceData;
    private final Crimes crimes;
    private final People people;
    private final PersonSearch search;
    private final ObjectProvider<PersonLinkSource> linkSources;
    private final ForceCalendar calendar;

    CasePages(Investigations investigations, Caseloads caseloads, CaseSummaries summaries,
              CaseReferenceData referenceData, Crimes crimes, People people, PersonSearch search,
              ObjectProvider<PersonLinkSource> linkSources, ForceCalendar calendar) {
        this.investigations = investigations;
        this.caseloads = caseloads;
        this.summaries = summaries;
        this.referenceData = referenceData;
        this.crimes = crimes;
        this.people = people;
        this.search = search;
        this.linkSources = linkSources;
        this.calendar = calendar;
    }

    @ModelAttribute("nav")
    String nav() {
        return "cases";
    }

    // --- the lists ---

    @GetMapping("/investigations")
    @PreAuthorize(Role.READ_RECORDS)
    String myWork(Model model) {
        model.addAttribute("work", caseloads.myWork(LIST_LIMIT));
        return "cases/work";
    }

    @GetMapping("/investigations/team")
    @PreAuthorize(Role.READ_RECORDS)
    String team(@RequestParam(required = false) String supervisor, Model model) {
        model.addAttribute("team", caseloads.team(supervisor, LIST_LIMIT));
        model.addAttribute("supervisor", supervisor);
        return "cases/team";
    }

    @GetMapping("/investigations/safeguarding")
    @PreAuthorize(Role.READ_RECORDS)
    String safeguarding(Model model) {
        model.addAttribute("view", caseloads.safeguarding(LIST_LIMIT));
        return "cases/safeguarding";
    }

    // --- opening ---

    @GetMapping("/investigations/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String newInvestigation(@RequestParam(required = false) Long crimeId,
                            @RequestParam(required = false) Long missingEpisodeId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("priority", Priority.STANDARD.name());
        values.put("officerInCharge", CurrentUser.username());
        values.put("occurrences[0].occurredAt", calendar.localNow());
        if (crimeId != null) {
            crimes.find(crimeId).ifPresent(crime -> {
                values.put("crimes[0].crimeId", crime.reference());
                values.put("title", crime.offence().title() + " (" + crime.reference() + ")");
            });
        }
        if (missingEpisodeId != null) {
            // Opened from the episode's page: the occurrence names it, so the investigation links back to it.
            values.put("occurrences[0].type", "MISSING_PERSON_EPISODE");
            values.put("occurrences[0].missingEpisodeId", Long.toString(missingEpisodeId));
            values.put("title", "Missing-person episode " + missingEpisodeId);
        }
        return openForm(model, values, List.of(), List.of(), FormErrors.none());
    }

    @PostMapping("/investigations/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String open(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> values = form.toSingleValueMap();
        List<String> crimeFlags = form.getOrDefault("crimes[0].flags", List.of());
        List<String> occurrenceFlags = form.getOrDefault("occurrences[0].flags", List.of());
        List<FormErrors.Problem> problems = new ArrayList<>();
        List<CaseRequests.CrimeLink> crimeLinks = new ArrayList<>();
        String crimeReference = values.getOrDefault("crimes[0].crimeId", "");
        if (!crimeReference.isBlank()) {
            Long crimeId = crimeId("crimes[0].crimeId", crimeReference, problems);
            crimeLinks.add(new CaseRequests.CrimeLink(null, crimeId, crimeFlags, values.get("crimes[0].risk")));
        }
        List<CaseRequests.Occurrence> occurrences = new ArrayList<>();
        if (!values.getOrDefault("occurrences[0].type", "").isBlank()) {
            occurrences.add(occurrence(null, "occurrences[0].", values, occurrenceFlags, problems));
        }
        CaseRequests.NewInvestigation request = new CaseRequests.NewInvestigation(values.get("title"),
                values.get("summary"), values.get("priority"), values.get("officerInCharge"), values.get("supervisor"),
                values.get("plan"), crimeLinks, occurrences, List.of());
        return FormAction.run(model, response, problems, CaseForms::label, () -> {
            Investigation opened = investigations.open(request);
            redirect.addFlashAttribute("notice", "Opened investigation " + opened.reference() + " with "
                    + opened.tasks().size() + (opened.tasks().size() == 1 ? " task" : " tasks")
                    + " from the force's policy rules.");
            return "redirect:/investigations/" + opened.id();
        }, errors -> openForm(model, values, crimeFlags, occurrenceFlags, errors));
    }

    // --- the investigation ---

    @GetMapping("/investigations/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String investigation(@PathVariable long id, @RequestParam(required = false) String name, Model model,
                         HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FormErrors.Problem> problems = new ArrayList<>();
        if (name != null) {
            values.put("name", name);
            values.put("openForm", "person");
            if (name.isBlank()) {
                problems.add(new FormErrors.Problem("name", "is required: type the person's name, and a date of birth"
                        + " if you know it"));
            } else {
                try {
                    List<SearchHit> hits = search.search(new SearchRequest(name, null, null, null, null, null, null,
                            null, null, null, 0, PEOPLE_FOUND)).hits();
                    model.addAttribute("found", hits);
                } catch (InvalidInputException refused) {
                    refused.errors().forEach(error -> problems.add(new FormErrors.Problem("name", error.message())));
                }
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(model, investigations.view(id), values, FormErrors.of(problems, CaseForms::label),
                name == null ? null : "person");
    }

    @PostMapping("/investigations/{id}/{action:crime|occurrence|person|plan|log|task|review|status|details}")
    @PreAuthorize(Role.WRITE_RECORDS)
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = form.toSingleValueMap();
        Long version = FormAction.version(values.get("version"));
        List<String> flags = form.getOrDefault("flags", List.of());
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long crimeId = action.equals("crime") && !values.getOrDefault("crimeId", "").isBlank()
                ? crimeId("crimeId", values.get("crimeId"), problems) : null;
        CaseRequests.Occurrence occurrence = action.equals("occurrence")
                ? occurrence(version, "", values, flags, problems) : null;
        Long personId = action.equals("person") ? number("personId", values.get("personId"), problems) : null;
        return FormAction.run(model, response, problems, CaseForms::label, () -> {
            Investigation changed = switch (action) {
                case "crime" -> investigations.addCrime(id, new CaseRequests.CrimeLink(version, crimeId, flags,
                        values.get("risk")));
                case "occurrence" -> investigations.addOccurrence(id, occurrence);
                case "person" -> investigations.linkPerson(id, new CaseRequests.PersonLink(version, personId,
                        values.get("role")));
                case "plan" -> investigations.revisePlan(id, new CaseRequests.Plan(version, values.get("text")));
                case "log" -> investigations.addLogEntry(id, new CaseRequests.LogEntry(values.get("kind"),
                        values.get("text"), values.get("rationale"), number("correctsEntryId",
                        values.get("correctsEntryId"), null)));
                case "task" -> investigations.addTask(id, new CaseRequests.NewTask(values.get("title"),
                        values.get("details"), values.get("owner"), offset(values.get("dueAt")),
                        values.get("priority")));
                case "review" -> investigations.review(id, new CaseRequests.Review(version, values.get("rationale"),
                        offset(values.get("nextReviewDueAt"))));
                case "details" -> investigations.change(id, new CaseRequests.Changes(version, values.get("title"),
                        values.get("summary"), values.get("priority"), values.get("officerInCharge"),
                        values.get("supervisor"), values.get("reason")));
                default -> investigations.changeStatus(id, new CaseRequests.StatusChange(version,
                        values.get("status"), values.get("rationale")));
            };
            redirect.addFlashAttribute("notice", switch (action) {
                case "crime" -> "The crime is added to " + changed.reference() + ".";
                case "occurrence" -> "The occurrence is added to " + changed.reference() + ".";
                case "person" -> "The person is linked to " + changed.reference() + ".";
                case "plan" -> "Version " + changed.plan().version() + " of the plan is saved; earlier versions "
                        + "are kept.";
                case "log" -> "The log entry is written.";
                case "task" -> "The task is added.";
                case "details" -> "The investigation's details are saved.";
                case "review" -> "Your review is recorded. The next is due "
                        + calendar.localMinute(changed.review().dueAt()).replace('T', ' ') + ".";
                default -> "The investigation is now " + changed.status().title().toLowerCase() + ".";
            });
            return "redirect:/investigations/" + id;
        }, errors -> {
            Map<String, String> shown = new LinkedHashMap<>(values);
            shown.put("openForm", action);
            model.addAttribute("chosenFlags", flags);
            return page(model, investigations.find(id).orElseThrow(), shown, errors, action);
        });
    }

    @PostMapping("/investigations/{id}/tasks/{taskId}/{action:completion|allocation}")
    @PreAuthorize(Role.WRITE_RECORDS)
    String actOnTask(@PathVariable long id, @PathVariable long taskId, @PathVariable String action,
                     @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        Long version = FormAction.version(form.get("version"));
        return FormAction.run(model, response, List.of(), CaseForms::label, () -> {
            if (action.equals("completion")) {
                investigations.completeTask(id, taskId, new CaseRequests.Completion(version, form.get("result")));
                redirect.addFlashAttribute("notice", "The task is done.");
            } else {
                investigations.reallocateTask(id, taskId, new CaseRequests.Reallocation(version, form.get("owner"),
                        form.get("reason")));
                redirect.addFlashAttribute("notice", "The task is given to " + form.get("owner").strip() + ".");
            }
            return "redirect:/investigations/" + id + "#task-" + taskId;
        }, errors -> {
            Map<String, String> shown = new LinkedHashMap<>(form);
            shown.put("openForm", action);
            model.addAttribute("taskInError", taskId);
            return page(model, investigations.find(id).orElseThrow(), shown, errors, action);
        });
    }

    /** New flags and risk of a crime or occurrence in the investigation: the rules that now hold add their tasks. */
    @PostMapping("/investigations/{id}/{kind:crimes|occurrences}/{subjectId}/flags")
    @PreAuthorize(Role.WRITE_RECORDS)
    String flag(@PathVariable long id, @PathVariable String kind, @PathVariable long subjectId,
                @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Map<String, String> values = form.toSingleValueMap();
        List<String> flags = form.getOrDefault("flags", List.of());
        String risk = values.get("risk");
        CaseRequests.FlagsAndRisk request = new CaseRequests.FlagsAndRisk(FormAction.version(values.get("version")),
                flags, risk == null || risk.isBlank() ? null : risk);
        return FormAction.run(model, response, List.of(), CaseForms::label, () -> {
            Investigation changed = kind.equals("crimes") ? investigations.flagCrime(id, subjectId, request)
                    : investigations.flagOccurrence(id, subjectId, request);
            redirect.addFlashAttribute("notice", "Flags and risk saved. " + changed.tasks().size()
                    + " tasks in the investigation.");
            return "redirect:/investigations/" + id;
        }, errors -> {
            model.addAttribute("subjectInError", kind + "-" + subjectId);
            model.addAttribute("chosenFlags", flags);
            return page(model, investigations.find(id).orElseThrow(), values, errors, "flags");
        });
    }

    /** The printable summary: a PDF for a named recipient and purpose, written to the audit log as a disclosure. */
    @GetMapping("/investigations/{id}/summary")
    @PreAuthorize(Role.READ_RECORDS)
    Object summary(@PathVariable long id, @RequestParam(required = false) String recipient,
                   @RequestParam(required = false) String purpose, Model model, HttpServletResponse response) {
        try {
            CaseSummaries.Summary summary = summaries.disclose(id, recipient, purpose);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + summary.reference()
                            + ".pdf\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").body(summary.pdf());
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<FormErrors.Problem> problems = refused.errors().stream().map(FormAction::problem).toList();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("recipient", recipient);
            values.put("purpose", purpose);
            return page(model, investigations.view(id), values, FormErrors.of(problems, CaseForms::label),
                    "summary");
        }
    }

    // --- a person's history ---

    /** Every record a person appears in (investigations, crimes, occurrences, missing episodes), oldest first. */
    @GetMapping("/people/{personId}/history")
    @PreAuthorize(Role.READ_RECORDS)
    String history(@PathVariable long personId, Model model) {
        Person person = people.view(personId);
        List<PersonLink> records = linkSources.orderedStream()
                .flatMap(source -> source.linksTo(personId, HISTORY_LIMIT).stream())
                .filter(link -> link.at() != null)
                .sorted(Comparator.comparing(PersonLink::at)).toList();
        model.addAttribute("person", person);
        model.addAttribute("records", records);
        model.addAttribute("nav", "people");
        return "cases/history";
    }

    // --- drawing the pages ---

    private String openForm(Model model, Map<String, String> values, List<String> crimeFlags,
                            List<String> occurrenceFlags, FormErrors errors) {
        model.addAttribute("values", values);
        model.addAttribute("crimeFlags", crimeFlags);
        model.addAttribute("occurrenceFlags", occurrenceFlags);
        model.addAttribute("errors", errors);
        referenceLists(model);
        return "cases/new";
    }

    private String page(Model model, Investigation investigation, Map<String, String> values, FormErrors errors,
                        String openForm) {
        Map<String, String> shown = new LinkedHashMap<>(values);
        shown.putIfAbsent("occurredAt", calendar.localNow());
        model.addAttribute("occurrenceDefaults", Map.of("occurredAt", calendar.localNow()));
        if (!"plan".equals(openForm)) {
            shown.put("text-plan", investigation.plan() == null ? "" : investigation.plan().text());
        } else {
            shown.put("text-plan", values.get("text"));
        }
        model.addAttribute("investigation", investigation);
        model.addAttribute("values", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", FormErrors.none());
        model.addAttribute("openForm", openForm);
        model.addAttribute("inCharge", investigation.officerInCharge().equals(CurrentUser.username()));
        model.addAttribute("statuses", InvestigationStatus.values());
        model.addAttribute("logKinds", List.of(org.peel.server.cases.LogEntryKind.NOTE,
                org.peel.server.cases.LogEntryKind.DECISION, org.peel.server.cases.LogEntryKind.VICTIM_CONTACT,
                org.peel.server.cases.LogEntryKind.EVIDENCE));
        model.addAttribute("crimesWithoutOutcome", investigation.crimes().stream()
                .filter(crime -> crime.outcomeCode() == null && !"CANCELLED".equals(crime.crimeStatus())).count());
        referenceLists(model);
        return "cases/investigation";
    }

    private void referenceLists(Model model) {
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("flags", referenceData.flags());
        model.addAttribute("occurrenceTypes", referenceData.occurrenceTypes());
    }

    // --- reading the forms ---

    /** A crime by its reference as typed ("CRM-2026-000123", "crm-2026-000123"). */
    private Long crimeId(String field, String reference, List<FormErrors.Problem> problems) {
        return crimes.idOf(reference).orElseGet(() -> {
            problems.add(new FormErrors.Problem(field, "no crime has the reference '" + reference.strip()
                    + "': write it as on the crime, such as CRM-2026-000123"));
            return null;
        });
    }

    private CaseRequests.Occurrence occurrence(Long version, String prefix, Map<String, String> values,
                                               List<String> flags, List<FormErrors.Problem> problems) {
        Long episode = number(prefix + "missingEpisodeId", values.get(prefix + "missingEpisodeId"), problems);
        String risk = values.get(prefix + "risk");
        return new CaseRequests.Occurrence(version, values.get(prefix + "type"),
                offset(values.get(prefix + "occurredAt")), values.get(prefix + "summary"), flags,
                risk == null || risk.isBlank() ? null : risk, episode);
    }

    /** A number typed in a field, or null when empty; a problem (when {@code problems} is given) when not a number. */
    private static Long number(String field, String text, List<FormErrors.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            if (problems != null) {
                problems.add(new FormErrors.Problem(field, "must be a number, got '" + text.strip() + "'"));
            }
            return null;
        }
    }

    /** A datetime-local value ("2026-11-27T14:30") as a moment of the force's time zone; anything else as typed. */
    private String offset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return calendar.moment(LocalDateTime.parse(text.strip())).atZone(calendar.zone()).toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException notLocal) {
            return text;
        }
    }
}
