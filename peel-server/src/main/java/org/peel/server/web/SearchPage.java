package org.peel.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peel.match.WrittenDate;
import org.peel.server.access.Permissions;
import org.peel.server.access.Role;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.ReferenceFinder;
import org.peel.server.search.SearchRequest;
import org.peel.server.search.SearchResults;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The home page: one box for what the officer types, more fields when they need them, and ranked results. The
 * whole page works as a plain form; with JavaScript the results also come as the officer types, from
 * {@code /search/results}, which renders just the results part of the same template.
 */
@OfficerPage
class SearchPage {

    /** The search module names two fields differently from the form. */
    private static final Map<String, String> FORM_FIELD = Map.of("query", "q", "dateOfBirth", "dob", "page", "q",
            "size", "q");
    private static final Map<String, String> LABELS = Map.of("q", "Search", "forenames", "Forenames", "surname",
            "Surname", "dob", "Date of birth", "bornFrom", "Born on or after", "bornTo", "Born on or before",
            "ageFrom", "Youngest age", "ageTo", "Oldest age", "sex", "Sex", "postcode", "Postcode");

    /** The most records found by reference that the page lists. */
    private static final int MOST_REFERENCES = 20;

    private final PersonSearch search;
    private final List<ReferenceFinder> finders;

    SearchPage(PersonSearch search, List<ReferenceFinder> finders) {
        this.search = search;
        this.finders = finders;
    }

    /** Which item of the main navigation is the current page. */
    @ModelAttribute("nav")
    String nav() {
        return "search";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String page(@ModelAttribute("search") SearchForm form, BindingResult ignoredBinding, Model model,
                HttpServletResponse response) {
        // Those who read no records land where their work is: professional standards on the audit trail, the IT
        // team on the accounts.
        Permissions may = Permissions.of(SecurityContextHolder.getContext().getAuthentication());
        if (!may.read() && may.audit()) {
            return "redirect:/audit";
        }
        if (!may.read() && may.administer()) {
            return "redirect:/admin/users";
        }
        if (!may.read()) {
            throw new AccessDeniedException("reads no records");
        }
        List<ReferenceFinder.FoundRecord> found = references(form);
        if (found.size() == 1) {
            return "redirect:" + found.get(0).href();
        }
        if (!found.isEmpty()) {
            model.addAttribute("references", found);
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("searched", true);
            return "search";
        }
        run(form, model, response, false);
        return "search";
    }

    @GetMapping("/search/results")
    @PreAuthorize(Role.READ_RECORDS)
    String results(@ModelAttribute("search") SearchForm form, BindingResult ignoredBinding, Model model,
                   HttpServletResponse response) {
        // As the officer types, a date part-way written is left out rather than answered with an error.
        if (form.getQ() != null && WrittenDate.endsUnfinished(form.getQ())) {
            String typed = form.getQ().strip();
            form.setQ(typed.substring(0, Math.max(0, typed.lastIndexOf(' '))));
        }
        List<ReferenceFinder.FoundRecord> found = references(form);
        if (!found.isEmpty()) {
            model.addAttribute("references", found);
            model.addAttribute("errors", FormErrors.none());
            model.addAttribute("searched", true);
            model.addAttribute("live", true);
            return "search :: results";
        }
        run(form, model, response, true);
        // The page has its error summary at the top; the results alone carry the problems themselves.
        model.addAttribute("live", true);
        return "search :: results";
    }

    /** Records whose reference is what the officer typed in the one box, from every module that has references. */
    private List<ReferenceFinder.FoundRecord> references(SearchForm form) {
        if (form.getQ() == null || form.getQ().isBlank() || form.hasMoreFields()) {
            return List.of();
        }
        List<ReferenceFinder.FoundRecord> found = new ArrayList<>();
        for (ReferenceFinder finder : finders) {
            found.addAll(finder.find(form.getQ().strip(), MOST_REFERENCES));
        }
        return found.size() > MOST_REFERENCES ? found.subList(0, MOST_REFERENCES) : found;
    }

    /** {@code live}: results fetched as the officer types, logged only once the officer settles on a search. */
    private void run(SearchForm form, Model model, HttpServletResponse response, boolean live) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("searched", !form.isEmpty());
        if (form.isEmpty()) {
            return;
        }
        List<FormErrors.Problem> problems = new ArrayList<>();
        SearchRequest request = form.toRequest(problems);
        if (problems.isEmpty()) {
            long started = System.nanoTime();
            try {
                SearchResults results = live ? search.searchWhileTyping(request) : search.search(request);
                model.addAttribute("results", results);
                model.addAttribute("previousPage", results.page() > 0 ? form.pageLink(results.page() - 1) : null);
                model.addAttribute("nextPage", (results.page() + 1) * results.size() < results.totalMatches()
                        ? form.pageLink(results.page() + 1) : null);
            } catch (InvalidInputException refused) {
                refused.errors().forEach(error -> problems.add(new FormErrors.Problem(
                        FORM_FIELD.getOrDefault(error.field(), error.field()), error.message())));
            }
            response.setHeader("Server-Timing", String.format(Locale.ROOT, "search;dur=%.1f",
                    (System.nanoTime() - started) / 1e6));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(problems,
                    field -> new FormErrors.Label(null, LABELS.getOrDefault(field, field))));
        }
    }
}
