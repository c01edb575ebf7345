package org.peel.server.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peel.match.PartialDate;
import org.peel.match.WrittenDate;

/**
 * Collects what is wrong with a request so that every problem is reported at once, then refuses the request. Its
 * methods are the words every validator uses: a body that must be there, a version, text, one of a closed set, a
 * postcode, a date, a moment in time and a rationale. Each reads the text it is given, says what is wrong in words an
 * officer can act on, and returns the typed value (null when absent or wrong).
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.requireBody(details, "send the person's details as JSON");
 * errors.requireText("names[0].surname", surname, 100);
 * errors.throwIfAny();
 * }</pre>
 */
public final class FieldErrors {

    /**
     * The plausible dates of anything Peel records (a birth, an offence, a review): none is earlier or later. Java
     * reads dates from year -999999999 to 999999999, which the pages and databases cannot all show or store.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1880, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    /** How far into a list a page may start: further pages are refused rather than computed (or overflowed). */
    public static final int MAX_LIST_OFFSET = 1_000_000;

    private static final Instant EARLIEST_MOMENT = EARLIEST_DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Instant LATEST_MOMENT = LATEST_DATE.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /**
     * Refuses at once a request that has no body: nothing else can be checked. {@code hint} says what to send, for
     * example "send the incident as JSON".
     */
    public <T> T requireBody(T body, String hint) {
        if (body == null) {
            add("body", "is missing: " + hint).throwIfAny();
        }
        return body;
    }

    /** The version of the record the caller read, which every change must name (optimistic locking). */
    public boolean requireVersion(Long version) {
        if (version == null) {
            add("version", "is required: send the version of the record you read");
            return false;
        }
        if (version < 0) {
            add("version", "must be 0 or more");
            return false;
        }
        return true;
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
     * A full calendar date as officers write it ({@code 14/02/1991}, {@code 14/2/91}, {@code 1991-02-14},
     * {@code 5 july 1994}: {@link WrittenDate}, the one reader of dates); null (and, when {@code required}, an
     * error) when absent, null and an error saying how to write it when it is not a date or not a whole one.
     */
    public LocalDate date(String field, String text, boolean required) {
        PartialDate date = partialDate(field, text, required);
        if (date != null && !date.isComplete()) {
            add(field, "'" + text.strip() + "' is not a whole date: give the day and month too, such as "
                    + WrittenDate.EXAMPLES);
            return null;
        }
        return date == null ? null : date.earliest();
    }

    /**
     * A date that may be known only in part ({@code 1991}, {@code 02/1991}, {@code july 1994}) or in full, as
     * {@link #date} reads it; null when absent or not a date.
     */
    public PartialDate partialDate(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required: write a date such as " + WrittenDate.EXAMPLES);
            }
            return null;
        }
        try {
            PartialDate date = WrittenDate.read(text, LocalDate.now(java.time.ZoneOffset.UTC));
            return plausible(field, date.earliest()) == null ? null : date;
        } catch (IllegalArgumentException notADate) {
            add(field, notADate.getMessage());
            return null;
        }
    }

    /** {@code date} when it lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; else null and an error. */
    public LocalDate plausible(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            add(field, "must be between " + EARLIEST_DATE.getYear() + " and " + LATEST_DATE.getYear());
            return null;
        }
        return date;
    }

    /** {@code moment} when it lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; else null and an error. */
    public Instant plausible(String field, Instant moment) {
        if (moment != null && (moment.isBefore(EARLIEST_MOMENT) || !moment.isBefore(LATEST_MOMENT))) {
            add(field, "must be between " + EARLIEST_DATE.getYear() + " and " + LATEST_DATE.getYear());
            return null;
        }
        return moment;
    }

    /**
     * A page of a list: {@code page} 0 or more, {@code size} from 1 to {@code maxSize}, and the page starting no
     * further than {@link #MAX_LIST_OFFSET} items in.
     */
    public boolean paging(int page, int size, int maxSize) {
        boolean ok = true;
        if (size < 1 || size > maxSize) {
            add("size", "must be between 1 and " + maxSize);
            ok = false;
        }
        if (page < 0) {
            add("page", "must be 0 or more");
            ok = false;
        } else if (ok && (long) page * size > MAX_LIST_OFFSET) {
            add("page", "must be at most " + MAX_LIST_OFFSET / size + " with " + size + " to a page");
            ok = false;
        }
        return ok;
    }

    /** A value as quoted back in a message: short, so that a huge value is never repeated whole. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /**
     * One constant of {@code type}, written in any case, with spaces or hyphens for underscores ({@code "very high"}
     * reads as {@code VERY_HIGH}); null when absent or unknown.
     */
    public <E extends Enum<E>> E oneOf(String field, String text, Class<E> type, boolean required) {
        return oneOf(field, text, Arrays.asList(type.getEnumConstants()), required);
    }

    /** As {@link #oneOf(String, String, Class, boolean)}, where only the constants in {@code allowed} are accepted. */
    public <E extends Enum<E>> E oneOf(String field, String text, Collection<E> allowed, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required: choose one of " + choices(allowed));
            }
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Optional<E> found = allowed.stream().filter(constant -> constant.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            add(field, "'" + shown(text) + "' is not one of the choices: choose one of " + choices(allowed));
        }
        return found.orElse(null);
    }

    /** The choices in words ("very high"), which {@link #oneOf} reads back as the constants they stand for. */
    private static String choices(Collection<? extends Enum<?>> allowed) {
        return String.join(", ", allowed.stream().map(constant -> constant.name().toLowerCase(Locale.ROOT)
                .replace('_', ' ')).toList());
    }

    /**
     * A UK postcode, which may be absent, in standard form ({@code "b114ab"} becomes {@code "B11 4AB"}); null when
     * absent or not a postcode.
     */
    public String postcode(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<String> normalised = UkPostcode.normalise(text);
        if (normalised.isEmpty()) {
            add(field, "'" + shown(text) + "' is not a UK postcode (for example B11 4AB or SW1A 1AA)");
        }
        return normalised.orElse(null);
    }

    /**
     * A moment in time, with one meaning everywhere: ISO-8601 with an offset ({@code 2026-11-27T14:30:00Z},
     * {@code 2026-11-27T14:30+01:00}), or a local date and time ({@code 2026-11-27T14:30}) read in {@code zone}, the
     * force's time. A moment after {@code notAfter} (when given) is refused as being in the future. Null when absent
     * or wrong.
     */
    public Instant moment(String field, String text, ZoneId zone, boolean required, Instant notAfter) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required: a date and time such as 2026-11-27T14:30:00Z, or 2026-11-27T14:30 in the "
                        + "force's local time");
            }
            return null;
        }
        Instant moment = parseMoment(text.strip(), zone);
        if (moment == null) {
            add(field, "'" + shown(text) + "' is not a date and time written like 2026-11-27T14:30:00Z (or 2026-11-27T14:30"
                    + " in the force's local time)");
            return null;
        }
        if (notAfter != null && moment.isAfter(notAfter)) {
            add(field, "is in the future");
            return null;
        }
        return plausible(field, moment);
    }

    private static Instant parseMoment(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /**
     * The written reasons for a decision that will be reviewed or audited: required, at least {@code minLength}
     * characters once tidied and at most {@code maxLength}. Returns the text tidied ({@link Text#tidyLines}), or null
     * when it is refused.
     */
    public String rationale(String field, String text, int minLength, int maxLength) {
        if (!requireText(field, text, maxLength)) {
            return null;
        }
        String tidied = Text.tidyLines(text);
        if (tidied.length() < minLength) {
            add(field, "must explain the reasons so that they can be reviewed and audited (at least " + minLength
                    + " characters)");
            return null;
        }
        return tidied;
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
