package org.peel.server.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request so that every problem is reported at once, then refuses the request.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.requireText("names[0].surname", surname, 100);
 * errors.throwIfAny();
 * }</pre>
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Text that must be present and no longer than {@code maxLength} characters. */
    public boolean requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return limitText(field, value, maxLength);
    }

    /** Text that may be absent but, when present, is no longer than {@code maxLength} characters. */
    public boolean limitText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
            return false;
        }
        return true;
    }

    /**
     * A calendar date written {@code YYYY-MM-DD}; null (and, when {@code required}, an error) when absent, null and an
     * error when it is not a real date.
     */
    public LocalDate isoDate(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            add(field, "'" + text + "' is not a real date written YYYY-MM-DD");
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
