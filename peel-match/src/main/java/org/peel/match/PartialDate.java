package org.peel.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only in part: a year, a year and month, or a full date.
 * Police records often hold a date of birth as "1985" or "March 1985" because that is all a person gave.
 *
 * <p>Written and read as ISO text: {@code 1985}, {@code 1985-03}, {@code 1985-03-12}.
 *
 * @param year  the year, always known
 * @param month 1 to 12, or null when only the year is known
 * @param day   1 to 31, or null when the day is not known (and always null when the month is null)
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, got " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1 to 12, got " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException impossible) {
                throw new IllegalArgumentException(
                        "there is no day " + day + " in " + YearMonth.of(year, month), impossible);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not such a date or is impossible
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = ISO.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(matcher.group(1));
        Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        return new PartialDate(year, month, day);
    }

    /** Like {@link #parse(String)}, but empty for blank or unreadable text. */
    public static Optional<PartialDate> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month != null;
    }

    public boolean hasDay() {
        return day != null;
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The full date, when the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** The earliest day this date could stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The latest day this date could stand for. */
    public LocalDate latest() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byEarliest = earliest().compareTo(other.earliest());
        return byEarliest != 0 ? byEarliest : latest().compareTo(other.latest());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
