package org.peel.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.server.access.Role;
import org.peel.server.people.Erasure;
import org.peel.server.people.MarkerCategory;
import org.peel.server.people.NameType;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.PersonAlerts;
import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.peel.server.people.PersonPage;
import org.peel.server.people.PersonReferenceData;
import org.peel.server.people.Restriction;
import org.peel.server.people.RestrictionRequest;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.SearchHit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A person's page, the list of people, and the forms to record a new person (after the duplicate check) and to
 * change one (refused, without losing what was typed, when someone else changed the record first).
 */
@OfficerPage
class PersonPages {

    static final String CHECK = "check";
    static final String CONFIRM_NEW = "confirm";
    static final String MORE_ROWS = "more";
    private static final int LIST_SIZE = 50;
    static final int LINKS_SHOWN = 100;

    private final People people;
    private final PersonSearch search;
    private final PersonReferenceData referenceData;
    private final ObjectProvider<PersonLinkSource> linkSources;
    private final PersonAlerts alerts;
    private final PersonPicker picker;

    PersonPages(People people, PersonSearch search, PersonReferenceData referenceData,
                ObjectProvider<PersonLinkSource> linkSources, PersonAlerts alerts, PersonPicker picker) {
        this.alerts = alerts;
        this.picker = picker;
        this.people = people;
        this.search = search;
        this.referenceData = referenceData;
        this.linkSources = linkSources;
    }

    /** Which item of the main navigation is the current page. */
    @ModelAttribute("nav")
    String nav() {
        return "people";
    }

    @GetMapping("/people/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String view(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<Erasure> erased = people.erasure(id);
        if (erased.isPresent()) {
            // The tombstone: the id stays, the person's details are gone.
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("erasure", erased.get());
            return "person-erased";
        }
        return showPerson(id, model, FormErrors.none(), Map.of());
    }

    private String showPerson(long id, Model model, FormErrors errors, Map<String, String> values) {
        Person person = people.view(id);
        model.addAttribute("person", person);
        model.addAttribute("alerts", alerts.of(id));
        model.addAttribute("links", linksTo(id));
        model.addAttribute("restrictions", people.restrictions(id));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "person";
    }

    /** A supervisor restricts the record to named users and/or a team (need-to-know), with a reason. */
    @PostMapping("/people/{id}/restriction")
    @PreAuthorize(Role.SUPERVISE)
    String restrict(@PathVariable long id, @RequestParam(required = false) String users,
                    @RequestParam(required = false) String team, @RequestParam(required = false) String reason,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> named = users == null ? List.of() : List.of(users.split("[,;\\s]+"));
        try {
            Restriction restriction = people.restrict(id, new RestrictionRequest(named, team, reason));
            redirect.addFlashAttribute("notice", "The record is restricted. Only you"
                    + (restriction.users().isEmpty() ? "" : ", " + String.join(", ", restriction.users()))
                    + (restriction.team() == null ? "" : " and team " + restriction.team()) + " may see it.");
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new java.util.HashMap<>();
            values.put("users", users);
            values.put("team", team);
            values.put("reason", reason);
            values.put("form", "restrict");
            return showPerson(id, model, restrictionErrors(refused), values);
        }
        return "redirect:/people/" + id;
    }

    /** A supervisor the record is open to lifts its restriction, with a reason. */
    @PostMapping("/people/{id}/restriction/lift")
    @PreAuthorize(Role.SUPERVISE)
    String lift(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        try {
            people.lift(id, reason);
            redirect.addFlashAttribute("notice", "The restriction is lifted: every officer may see the record again.");
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new java.util.HashMap<>();
            values.put("liftReason", reason);
            values.put("form", "lift");
            return showPerson(id, model, FormErrors.of(refused.errors().stream().map(error -> new FormErrors.Problem(
                    "liftReason", error.message())).toList(), field -> new FormErrors.Label(null, "Reason for lifting")),
                    values);
        }
        return "redirect:/people/" + id;
    }

    private static FormErrors restrictionErrors(InvalidInputException refused) {
        Map<String, String> labels = Map.of("users", "Users who may see it", "team", "Team who may see it",
                "reason", "Reason");
        return FormErrors.of(refused.errors().stream().map(error -> new FormErrors.Problem(
                labels.containsKey(error.field()) ? error.field() : "reason", error.message())).toList(),
                field -> new FormErrors.Label(null, labels.getOrDefault(field, field)));
    }

    @GetMapping("/people")
    @PreAuthorize(Role.READ_RECORDS)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PersonPage listed = people.list(Math.max(page, 0), LIST_SIZE);
        model.addAttribute("listed", listed);
        model.addAttribute("lastPage", Math.max(0, (int) ((listed.total() - 1) / LIST_SIZE)));
        return "people";
    }

    @GetMapping("/people/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String newPerson(@RequestParam(required = false) String draft, HttpSession session, Model model) {
        Optional<PersonPicker.Draft> from = draftFor(draft, session, model);
        return showForm(model, from.map(kept -> PersonForm.startedFrom(kept.query())).orElseGet(PersonForm::blank),
                FormErrors.none(), null);
    }

    @PostMapping("/people/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String create(@ModelAttribute("form") PersonForm form, BindingResult ignoredBinding,
                  @RequestParam(defaultValue = CHECK) String action,
                  @RequestParam(required = false) String justification,
                  @RequestParam(name = "checked", required = false) Set<Long> checked,
                  @RequestParam(required = false) String draft, @RequestParam(required = false) String existing,
                  HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        draftFor(draft, session, model);
        if (MORE_ROWS.equals(action)) {
            return showForm(model, form.withEmptyRows(), FormErrors.none(), null);
        }
        PersonForm.Submission submission = form.submission();
        if (existing != null) {
            return useExisting(existing, submission, form, draft, session, model, redirect, response);
        }
        try {
            people.check(submission.details());
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form.withEmptyRows(), errors(refused, submission), null);
        }
        List<SearchHit> duplicates = search.possibleDuplicates(submission.details());
        if (!duplicates.isEmpty()) {
            boolean confirming = CONFIRM_NEW.equals(action);
            boolean allSeen = checked != null && duplicates.stream().allMatch(hit -> checked.contains(hit.personId()));
            boolean reasoned = justification != null && !justification.isBlank();
            if (!confirming || !allSeen || !reasoned) {
                List<FormErrors.Problem> problems = new ArrayList<>();
                if (confirming && !allSeen) {
                    model.addAttribute("moreFound", true);
                } else if (confirming) {
                    problems.add(new FormErrors.Problem("justification",
                            "is needed: say why this is none of the people Peel found"));
                }
                model.addAttribute("justification", justification);
                return showForm(model, form.withEmptyRows(), FormErrors.of(problems, PersonForm::label), duplicates);
            }
        }
        // The justification, when given, is a form field of this request, so the audit entry of the creation holds it.
        Person created = people.create(submission.details());
        redirect.addFlashAttribute("notice", "Recorded " + created.primaryName().displayName() + " as a new person.");
        if (model.getAttribute("draft") != null) {
            return "redirect:" + picker.pickInto(draft, created.id(), session);
        }
        return "redirect:/people/" + created.id();
    }

    /**
     * The duplicate check's answer "this is the person": {@code pick:id:version} picks them for the form the officer
     * came from; {@code add:id:version} adds what was typed to their record (and picks them, if there is such a form).
     */
    private String useExisting(String existing, PersonForm.Submission submission, PersonForm form, String draft,
                               HttpSession session, Model model, RedirectAttributes redirect,
                               HttpServletResponse response) {
        String[] parts = existing.split(":");
        long id;
        long version;
        try {
            id = Long.parseLong(parts[1]);
            version = Long.parseLong(parts[2]);
        } catch (RuntimeException unreadable) {
            throw new org.peel.server.platform.RecordNotFoundException(People.RECORD_TYPE, null);
        }
        Person person;
        if ("add".equals(parts[0])) {
            try {
                person = people.addDetails(id, PersonForm.atVersion(submission.details(), version));
            } catch (InvalidInputException refused) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return showForm(model, form.withEmptyRows(), errors(refused, submission), null);
            } catch (EditConflictException conflict) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("notice", "Someone else changed that person's record while you looked. Nothing "
                        + "was added: check the record again.");
                return showForm(model, form.withEmptyRows(), FormErrors.none(),
                        search.possibleDuplicates(submission.details()));
            }
            redirect.addFlashAttribute("notice", "Added what you typed to the record of "
                    + person.primaryName().displayName() + ".");
        } else {
            person = people.find(id).orElseThrow(
                    () -> new org.peel.server.platform.RecordNotFoundException(People.RECORD_TYPE, id));
            redirect.addFlashAttribute("notice", "Picked " + person.primaryName().displayName() + ".");
        }
        if (model.getAttribute("draft") != null) {
            return "redirect:" + picker.pickInto(draft, person.id(), session);
        }
        return "redirect:/people/" + person.id();
    }

    /** The form the officer is recording a person for, from a person picker, into the model; empty when none. */
    private Optional<PersonPicker.Draft> draftFor(String key, HttpSession session, Model model) {
        Optional<PersonPicker.Draft> draft = picker.draft(key, session);
        draft.ifPresent(kept -> {
            model.addAttribute("draft", kept);
            model.addAttribute("draftKey", key);
            model.addAttribute("draftBack", picker.back(kept, key));
        });
        return draft;
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize(Role.WRITE_RECORDS)
    String edit(@PathVariable long id, Model model) {
        Person person = people.view(id);
        model.addAttribute("person", person);
        return showForm(model, PersonForm.of(person), FormErrors.none(), null);
    }

    @PostMapping("/people/{id}/edit")
    @PreAuthorize(Role.WRITE_RECORDS)
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult ignoredBinding,
                  @RequestParam(defaultValue = CHECK) String action, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        model.addAttribute("person", people.find(id).orElseThrow(
                () -> new org.peel.server.platform.RecordNotFoundException(People.RECORD_TYPE, id)));
        if (MORE_ROWS.equals(action)) {
            return showForm(model, form.withEmptyRows(), FormErrors.none(), null);
        }
        PersonForm.Submission submission = form.submission();
        try {
            people.update(id, submission.details());
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form.withEmptyRows(), errors(refused, submission), null);
        } catch (EditConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict.getMessage());
            return showForm(model, form.withEmptyRows(), FormErrors.none(), null);
        }
        redirect.addFlashAttribute("notice", "Your changes are saved.");
        return "redirect:/people/" + id;
    }

    private String showForm(Model model, PersonForm form, FormErrors errors, List<SearchHit> duplicates) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates == null ? List.of() : duplicates);
        model.addAttribute("nameTypes", NameType.values());
        model.addAttribute("identifierTypes", referenceData.identifierTypes());
        model.addAttribute("warningTypes", referenceData.markerTypes(MarkerCategory.WARNING));
        model.addAttribute("vulnerabilityTypes", referenceData.markerTypes(MarkerCategory.VULNERABILITY));
        return "person-form";
    }

    private static FormErrors errors(InvalidInputException refused, PersonForm.Submission submission) {
        return FormErrors.of(refused.errors().stream()
                .map(error -> new FormErrors.Problem(submission.formField(error.field()), error.message()))
                .toList(), PersonForm::label);
    }

    /** The records linked to a person, by kind, each kind cut at {@value #LINKS_SHOWN} (the newest). */
    private List<LinkGroup> linksTo(long personId) {
        Map<String, List<PersonLink>> byKind = linkSources.orderedStream()
                .flatMap(source -> source.linksTo(personId, LINKS_SHOWN + 1).stream())
                .collect(Collectors.groupingBy(PersonLink::kind, LinkedHashMap::new, Collectors.toList()));
        return byKind.entrySet().stream().map(group -> new LinkGroup(group.getKey(),
                group.getValue().stream().limit(LINKS_SHOWN).toList(), group.getValue().size() > LINKS_SHOWN)).toList();
    }

    /** The linked records of one kind, and whether there are more than are shown. */
    record LinkGroup(String kind, List<PersonLink> links, boolean more) {
    }
}
