package org.peel.server.crime.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.crime.CrimeCategory;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incidents;
import org.peel.server.crime.RecordList;
import org.peel.server.crime.RecordListFilter;
import org.peel.server.people.People;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Find any incident or crime: the two lists, filtered by day, status, offence or category, place or postcode,
 * officer, person involved and lateness, sorted by a column and paged. Plain GET forms, so every list is a link an
 * officer can keep or share.
 */
@OfficerPage
@PreAuthorize(Role.READ_RECORDS)
class RecordListPages {

    static final int PAGE_SIZE = 25;
    private static final List<String> FIELDS = List.of("from", "to", "status", "late", "offence", "place", "officer",
            "person", "sort", "direction");

    private final Incidents incidents;
    private final Crimes crimes;
    private final People people;

    RecordListPages(Incidents incidents, Crimes crimes, People people) {
        this.incidents = incidents;
        this.crimes = crimes;
        this.people = people;
    }

    @ModelAttribute("nav")
    String nav() {
        return "crime";
    }

    @GetMapping("/incidents")
    String incidents(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        model.addAttribute("statuses", RecordListFilter.INCIDENT_STATUSES);
        model.addAttribute("dateLabel", "Reported");
        return list("/incidents", query, model, response, filter -> incidents.list(filter), "crime/incidents");
    }

    @GetMapping("/crimes")
    String crimes(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        model.addAttribute("statuses", RecordListFilter.CRIME_STATUSES);
        model.addAttribute("dateLabel", "Recorded");
        return list("/crimes", query, model, response, filter -> crimes.list(filter), "crime/crimes");
    }

    private String list(String path, Map<String, String> query, Model model, HttpServletResponse response,
                        java.util.function.Function<RecordListFilter, RecordList<?>> lister, String template) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long person = number("person", query.get("person"), problems);
        Long page = number("page", query.get("page"), problems);
        RecordListFilter filter = new RecordListFilter(query.get("from"), query.get("to"), query.get("status"),
                "on".equals(query.get("late")) || "true".equals(query.get("late")), query.get("offence"),
                query.get("place"), query.get("officer"), person, query.get("sort"), query.get("direction"),
                page == null ? 0 : (int) Math.min(page, Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE);
        RecordList<?> list = null;
        if (problems.isEmpty()) {
            try {
                list = lister.apply(filter);
            } catch (InvalidInputException refused) {
                refused.errors().forEach(error -> problems.add(FormAction.problem(error)));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", FormErrors.of(problems, RecordListPages::label));
        model.addAttribute("list", list);
        model.addAttribute("filter", query);
        model.addAttribute("categories", CrimeCategory.values());
        model.addAttribute("personName", person == null ? null : people.displayNames(java.util.List.of(person))
                .getOrDefault(person, "person " + person));
        model.addAttribute("links", new Links(path, query));
        return template;
    }

    /** Links to other pages and orders of the same list, keeping its filters. */
    public static final class Links {

        private final String path;
        private final Map<String, String> query;

        Links(String path, Map<String, String> query) {
            this.path = path;
            this.query = query;
        }

        /** The same list sorted by {@code column}: the other way round when it is sorted by it already. */
        public String sortedBy(String column, String current, String direction) {
            String next = column.equals(current) && "desc".equals(direction) ? "asc" : "desc";
            return link(Map.of("sort", column, "direction", next), 0);
        }

        public String page(int page) {
            return link(Map.of(), page);
        }

        /** The list without its person filter. */
        public String withoutPerson() {
            Map<String, String> kept = new LinkedHashMap<>(query);
            kept.remove("person");
            return new Links(path, kept).page(0);
        }

        private String link(Map<String, String> changed, int page) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            for (String field : FIELDS) {
                String value = changed.containsKey(field) ? changed.get(field) : query.get(field);
                if (value != null && !value.isBlank()) {
                    link.queryParam(field, value);
                }
            }
            if (page > 0) {
                link.queryParam("page", page);
            }
            return link.encode().build().toUriString();
        }
    }

    private static Long number(String field, String text, List<FormErrors.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        problems.add(new FormErrors.Problem(field, "'" + text.strip() + "' is not a number Peel gave: open the list "
                + "again from the menu"));
        return null;
    }

    static FormErrors.Label label(String field) {
        return new FormErrors.Label(null, switch (field) {
            case "from" -> "From";
            case "to" -> "To";
            case "status" -> "Status";
            case "offence" -> "Offence or category";
            case "place" -> "Place or postcode";
            case "officer" -> "Officer";
            case "person" -> "Person involved";
            case "sort" -> "Sort";
            case "direction" -> "Order";
            default -> "Page";
        });
    }
}
