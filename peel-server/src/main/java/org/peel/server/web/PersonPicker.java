package org.peel.server.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.SearchHit;
import org.peel.server.search.SearchRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jakarta.servlet.http.HttpSession;

/**
 * The person picker of the layout kit: a form field that links a person (a victim, a suspect, the missing person)
 * is filled by finding the person by name, never by typing an id. Any module's form uses it through the
 * {@code picker} fragment of {@code fragments/person-picker.html} and this class.
 *
 * <p>A picker field {@code F} sends the picked people's ids, comma-separated, as {@code F} (a hidden input), and what
 * the officer typed to find someone as {@code F.query}. Its buttons all post the whole form with one parameter,
 * {@value #STEP}: {@code find:F}, {@code pick:F:id}, {@code remove:F:id} or {@code new:F}. So without JavaScript each
 * step is a round trip that shows the form again with everything typed kept ({@link #step}); the page's own submit
 * button sends no {@value #STEP}. With JavaScript ({@code picker.js}) finding and picking happen in place: results
 * come from {@code /people/picker}, the same fragment.
 *
 * <p>Recording a new person from a picker keeps the whole form as a draft in the officer's session, goes through the
 * duplicate check on the person form ({@code /people/new?draft=...}), and comes back to the form with the new (or
 * found) person picked: the page's form opens with {@link #restore}.
 */
@Component
public class PersonPicker {

    /** The parameter every picker button sends. */
    public static final String STEP = "picker";
    static final int RESULTS = 5;
    private static final int DRAFTS_KEPT = 20;
    private static final String DRAFTS = PersonPicker.class.getName() + ".drafts";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonSearch search;
    private final People people;

    PersonPicker(PersonSearch search, People people) {
        this.search = search;
        this.people = people;
    }

    /** Whether the officer pressed a picker's button rather than the form's own submit button. */
    public static boolean isStep(Map<String, ?> form) {
        return form.containsKey(STEP);
    }

    /**
     * Takes the picker step the officer asked for on a form posted whole: pick or remove a person (the form's values
     * change), find (they do not; {@link #show} runs the search), or record a new person (the form is kept as a
     * draft and the answer is where to go).
     *
     * @param single     the picker fields that hold one person (picking replaces); the others hold a list
     * @param returnPath the page that opens the form again from a draft: {@code ?draft=key} is added to it
     * @return a redirect for a new person, or empty to show the form again with {@code form} as it now stands
     */
    public Optional<String> step(MultiValueMap<String, String> form, Set<String> single, String returnPath,
                                 HttpSession session) {
        String[] step = String.valueOf(form.getFirst(STEP)).split(":");
        String field = step.length > 1 ? step[1] : "";
        switch (step[0]) {
            case "pick" -> {
                if (step.length > 2) {
                    form.set(field, with(form.getFirst(field), step[2], single.contains(field)));
                    form.remove(field + ".query");
                }
                form.remove(STEP);
            }
            case "remove" -> {
                if (step.length > 2) {
                    form.set(field, without(form.getFirst(field), step[2]));
                }
                form.remove(STEP);
            }
            case "new" -> {
                form.remove(STEP);
                MultiValueMap<String, String> kept = copy(form);
                // A form drawn again from the draft gets fresh ones of these.
                kept.remove("_csrf");
                kept.remove("idempotencyKey");
                String key = keep(session, new Draft(returnPath, field, single.contains(field), kept));
                return Optional.of("redirect:/people/new?draft=" + key);
            }
            default -> {
                // "find": the form is shown again with the results for this field.
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #step} for a page: the redirect to record a new person, or the form shown again by {@code showAgain} with
     * its values as they now stand.
     */
    public String step(MultiValueMap<String, String> form, Set<String> single, String returnPath, HttpSession session,
                       java.util.function.Function<Map<String, String>, String> showAgain) {
        return step(form, single, returnPath, session).orElseGet(() -> showAgain.apply(form.toSingleValueMap()));
    }

    /**
     * Puts what the pickers of a form show into the model as {@code pickers} (by field): who is picked, what was
     * typed and, after a "find" step, the people found.
     */
    public void show(Model model, Map<String, String> values, String... fields) {
        String finding = values.getOrDefault(STEP, "");
        Map<String, View> pickers = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (String field : fields) {
            all.addAll(ids(values.get(field)));
        }
        Map<Long, Person> known = new LinkedHashMap<>();
        people.findAll(all).forEach(person -> known.put(person.id(), person));
        for (String field : fields) {
            List<Person> picked = ids(values.get(field)).stream().map(known::get)
                    .filter(java.util.Objects::nonNull).toList();
            String query = values.get(field + ".query");
            Found found = finding.equals("find:" + field) ? find(query) : new Found(false, List.of(), null);
            pickers.put(field, new View(field, values.getOrDefault(field, ""), picked, query, found));
        }
        model.addAttribute("pickers", pickers);
    }

    /**
     * The problem with a form sent with a name typed into a picker but nobody picked: the officer meant someone.
     * Checked by a page before it acts, so that nothing is stored without the person meant.
     */
    public List<FormErrors.Problem> unpicked(Map<String, String> values, String... fields) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        for (String field : fields) {
            String query = values.get(field + ".query");
            if (query != null && !query.isBlank()) {
                problems.add(new FormErrors.Problem(field, "has '" + query.strip() + "' typed but nobody picked: "
                        + "find them and pick one, record a new person, or clear the box"));
            }
        }
        return problems;
    }

    /** The people a picker finds for what was typed: the same name search as the home page, first few results. */
    Found find(String query) {
        if (query == null || query.isBlank()) {
            return new Found(true, List.of(), "Type a name to find, such as Smith John 1985");
        }
        try {
            return new Found(true, search.search(new SearchRequest(query, null, null, null, null, null, null, null,
                    null, null, 0, RESULTS)).hits(), null);
        } catch (InvalidInputException unreadable) {
            return new Found(true, List.of(), unreadable.errors().isEmpty() ? "Peel cannot read that search"
                    : unreadable.errors().get(0).message());
        }
    }

    /**
     * The form kept in a draft, with the person recorded (or chosen) from it picked; empty when there is none. The
     * draft stays for the rest of the session (up to {@value #DRAFTS_KEPT} of them), so going back to it works.
     */
    public Optional<MultiValueMap<String, String>> restore(String key, HttpSession session) {
        Draft draft = key == null ? null : drafts(session).get(key);
        if (draft == null) {
            return Optional.empty();
        }
        return Optional.of(copy(draft.values()));
    }

    /** The draft a new person is recorded for, for the person form: where it came from and what was typed. */
    Optional<Draft> draft(String key, HttpSession session) {
        return Optional.ofNullable(key == null ? null : drafts(session).get(key));
    }

    /** Picks a person into a draft's form: its page then opens with them picked. Answers where to go back to. */
    String pickInto(String key, long personId, HttpSession session) {
        Draft draft = drafts(session).get(key);
        if (draft == null) {
            return "/";
        }
        MultiValueMap<String, String> values = copy(draft.values());
        values.set(draft.field(), with(values.getFirst(draft.field()), String.valueOf(personId), draft.single()));
        values.remove(draft.field() + ".query");
        drafts(session).put(key, new Draft(draft.returnPath(), draft.field(), draft.single(), values));
        return draft.returnPath() + (draft.returnPath().contains("?") ? "&" : "?") + "draft=" + key;
    }

    /** Where the officer goes back to, unchanged, from a draft they decided not to add anyone to. */
    String back(Draft draft, String key) {
        return draft.returnPath() + (draft.returnPath().contains("?") ? "&" : "?") + "draft=" + key;
    }

    private static String keep(HttpSession session, Draft draft) {
        Map<String, Draft> drafts = drafts(session);
        if (drafts.size() >= DRAFTS_KEPT) {
            drafts.remove(drafts.keySet().iterator().next());
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        drafts.put(key, draft);
        session.setAttribute(DRAFTS, drafts);
        return key;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Draft> drafts(HttpSession session) {
        Object kept = session.getAttribute(DRAFTS);
        if (kept instanceof Map<?, ?> map) {
            return (Map<String, Draft>) map;
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        session.setAttribute(DRAFTS, drafts);
        return drafts;
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> values) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        values.forEach((name, list) -> copy.put(name, new ArrayList<>(list)));
        return copy;
    }

    /** The person ids a picker field holds, in order. */
    static List<Long> ids(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,\\s]+")) {
                try {
                    if (!part.isBlank()) {
                        ids.add(Long.valueOf(part.strip()));
                    }
                } catch (NumberFormatException notAnId) {
                    // A hand-edited field: the page's own check reports it when the form is sent.
                }
            }
        }
        return List.copyOf(ids);
    }

    private static String with(String current, String id, boolean single) {
        if (single) {
            return id;
        }
        Set<String> ids = new LinkedHashSet<>(ids(current).stream().map(String::valueOf).toList());
        ids.add(id);
        return String.join(",", ids);
    }

    private static String without(String current, String id) {
        return String.join(",", ids(current).stream().map(String::valueOf).filter(kept -> !kept.equals(id)).toList());
    }

    /** A form kept while the officer records a new person from one of its pickers. */
    record Draft(String returnPath, String field, boolean single, MultiValueMap<String, String> values)
            implements Serializable {

        /** What the officer had typed in the picker, to start the new person's name with. */
        String query() {
            String query = values.getFirst(field + ".query");
            return query == null ? "" : query;
        }
    }

    /** What one picker shows: the ids it holds, the people picked, what was typed, and what a search found. */
    public record View(String field, String ids, List<Person> picked, String query, Found found) {
    }

    /**
     * The people found for a picker.
     *
     * @param searched whether the officer searched (so "nobody found" can be said)
     * @param problem  why the search could not run, or null
     */
    public record Found(boolean searched, List<SearchHit> hits, String problem) {
    }
}
