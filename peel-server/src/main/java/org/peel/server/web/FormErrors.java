package org.peel.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What is wrong with a submitted form, arranged for the page: a message next to each field, and a summary at the
 * top whose items link to the fields (the GOV.UK design system's error summary). Field names are the form's own
 * ({@code names[0].surname}); the element ids follow from them ({@code names-0-surname}).
 */
public final class FormErrors {

    /** One thing wrong: the form field and the message, as the module that checked it wrote it. */
    public record Problem(String field, String message) {
    }

    /** How a field is called: the part of the form it is in (such as "Name 2"), or null, and its own label. */
    public record Label(String part, String field) {
    }

    /** An item of the summary at the top of the page: the id of the field it links to, and the sentence. */
    public record SummaryItem(String anchor, String text) {
    }

    private static final FormErrors NONE = new FormErrors(List.of(), field -> new Label(null, field));

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<SummaryItem> summary = new ArrayList<>();

    private FormErrors(List<Problem> problems, Function<String, Label> labels) {
        for (Problem problem : problems) {
            Label label = labels.apply(problem.field());
            String sentence = sentence(label.field(), problem.message());
            byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(sentence);
            summary.add(new SummaryItem(id(problem.field()), label.part() == null ? sentence
                    : label.part() + ": " + sentence));
        }
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<Problem> problems, Function<String, Label> labels) {
        return new FormErrors(problems, labels);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages about one field, as one sentence or several. */
    public String message(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    public List<SummaryItem> summary() {
        return summary;
    }

    /** The id of a field's element, for the templates. */
    public String idOf(String field) {
        return id(field);
    }

    /** The ids that describe a field's element: its hint (when it has one) and its error message (when in error). */
    public String describedBy(String field, boolean hinted) {
        String ids = ((hinted ? id(field) + "-hint " : "") + (has(field) ? id(field) + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** The id of a field's element: {@code names[0].surname} becomes {@code names-0-surname}. */
    static String id(String field) {
        return field.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
    }

    /** "Postcode 'XX' is not a UK postcode" from the label and a message that continues a sentence. */
    static String sentence(String label, String message) {
        boolean continues = message.startsWith("is ") || message.startsWith("must ") || message.startsWith("has ")
                || message.startsWith("holds ") || message.startsWith("'");
        return continues ? label + " " + message : label + ": " + message;
    }
}
