package org.peel.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.FieldError;
import org.peel.server.platform.InvalidInputException;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How a page's form is acted on: the action runs (usually ending in a redirect); bad input shows the same page again
 * with 400, what was typed and every problem next to its field; a stale version shows it again with 409 and the
 * conflict explained, nothing saved. The module's own checks and messages are the page's.
 */
public final class FormAction {

    private FormAction() {
    }

    /**
     * Runs {@code action} unless the page itself already found {@code problems} in the form (ids that are not
     * numbers, say); either way every problem is shown together by {@code showAgain}.
     *
     * @param labels how each field is called, for the messages
     */
    public static String run(Model model, HttpServletResponse response, List<FormErrors.Problem> problems,
                             Function<String, FormErrors.Label> labels, Supplier<String> action,
                             Function<FormErrors, String> showAgain) {
        List<FormErrors.Problem> found = new ArrayList<>(problems);
        try {
            if (!found.isEmpty()) {
                throw new InvalidInputException(List.of());
            }
            return action.get();
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            refused.errors().forEach(error -> found.add(problem(error)));
            return showAgain.apply(FormErrors.of(found, labels));
        } catch (EditConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict.getMessage());
            return showAgain.apply(FormErrors.none());
        }
    }

    /** The version a form was loaded at, or null when it is missing or unreadable (the module then says so). */
    public static Long version(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** A problem a module found, on the form field that holds it: "victimIds[1]" is in the field "victimIds". */
    public static FormErrors.Problem problem(FieldError error) {
        return new FormErrors.Problem(fieldOf(error.field()), error.message());
    }

    /** The form field of a module's field path: one field holds a whole list ("riskFactors[2]" → "riskFactors"). */
    public static String fieldOf(String path) {
        return path.replaceAll("\\[\\d+]$", "");
    }
}
