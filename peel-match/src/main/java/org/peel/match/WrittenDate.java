package org.peel.match;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as officers write them, read one way everywhere: form fields, filters and the search box all come here.
 * Day first (UK order), with any of {@code / . -} between the parts, or the month in words:
 *
 * <pre>
 * 14/02/1991  14/2/91  14.2.1991  14-02-1991   a full date (a two-digit year is the most recent such year that is
 *                                               not after today's)
 * 1991-02-14  1991-02  1991                     ISO order, full or partial
 * 02/1991     2/1991                            month and year
 * 5 july 1994  5th Jul 1994  5 July 94          the month in words
 * july 1994                                     month and year in words
 * </pre>
 *
 * A date written month first (2/14/1991) is read the only way it can be. Every refusal says, in an officer's words,
 * what was wrong and how to write it.
 */
public final class WrittenDate {

    /** How to write a date, for messages. */
    public static final String EXAMPLES = "14/02/1991, 14/2/91 or 1991-02-14";

    private static final String MONTH_WORD = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String BEFORE = "(?<![\\p{L}\\d/.\\-])";
    private static final String AFTER = "(?![\\p{L}\\d/\\-]|\\.\\d)";

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(BEFORE + "(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + AFTER);
    private static final Pattern ISO =
            Pattern.compile(BEFORE + "(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?" + AFTER);
    private static final Pattern MONTH_YEAR = Pattern.compile(BEFORE + "(\\d{1,2})[/.\\-](\\d{4})" + AFTER);
    private static final Pattern WORDS = Pattern.compile(BEFORE + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
            + MONTH_WORD + ",?\\s+(\\d{4}|\\d{2})" + AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(BEFORE + "(\\d{4})" + AFTER);
    /** What a date looks like part-way through being typed: "14/", "14/0", "14/02/", "14/02/19", "14/02/199". */
    private static final Pattern UNFINISHED = Pattern.compile("\\d{1,2}[/.\\-](?:\\d{0,2}(?:[/.\\-]\\d{0,3})?)?");

    private WrittenDate() {
    }

    /**
     * A date found inside free text, and where it was written.
     *
     * @param date  the date, full or partial
     * @param start where it starts in the text
     * @param end   where it ends in the text (exclusive)
     */
    public record Found(PartialDate date, int start, int end) {
    }

    /**
     * Reads text that is one date and nothing else.
     *
     * @param today the day the reader stands on, for two-digit years
     * @throws IllegalArgumentException in an officer's words: what was wrong and how to write it
     */
    public static PartialDate read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty: write a date such as " + EXAMPLES);
        }
        String given = text.strip();
        Optional<Found> found = find(given, today);
        if (found.isEmpty() || found.get().start() != 0 || found.get().end() != given.length()) {
            throw new IllegalArgumentException("'" + given + "' is not a date: write it as " + EXAMPLES);
        }
        return found.get().date();
    }

    /**
     * The first date written in free text ("john smith 14/2/91", "5 july 1994 khan"), if any.
     *
     * @throws IllegalArgumentException when something is plainly written as a date but no such day exists
     *                                  ("31/2/1991")
     */
    public static Optional<Found> find(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(text)).find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            if (month > 12 && day <= 12) { // written month first: read it the only way it can be
                int swap = day;
                day = month;
                month = swap;
            }
            return found(m, date(m.group(), fullYear(m.group(4), today), month, day));
        }
        if ((m = ISO.matcher(text)).find()) {
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return found(m, date(m.group(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day));
        }
        // "july 1994" only as the whole text: in a search box "Theresa May 1956" is a name and a year.
        if ((m = WORDS.matcher(text)).find() && (m.group(1) != null || m.group().length() == text.strip().length())) {
            Integer day = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3));
            return found(m, date(m.group(), fullYear(m.group(3), today), month, day));
        }
        if ((m = MONTH_YEAR.matcher(text)).find()) {
            return found(m, date(m.group(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), null));
        }
        if ((m = YEAR.matcher(text)).find()) {
            return found(m, date(m.group(), Integer.parseInt(m.group(1)), null, null));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} ends with what looks like a date still being typed ("smith 14/0", "smith 14/02/19"), so
     * that a search run as the officer types can leave it out instead of answering an error.
     */
    public static boolean endsUnfinished(String text) {
        if (text == null || text.isBlank() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        String stripped = text.strip();
        String last = stripped.substring(stripped.lastIndexOf(' ') + 1);
        return UNFINISHED.matcher(last).matches() && !DAY_MONTH_YEAR.matcher(last).matches();
    }

    private static Optional<Found> found(Matcher m, PartialDate date) {
        return Optional.of(new Found(date, m.start(), m.end()));
    }

    private static int fullYear(String digits, LocalDate today) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            int thisYear = today.getYear();
            int century = thisYear / 100 * 100;
            year = century + year <= thisYear ? century + year : century - 100 + year;
        }
        return year;
    }

    private static PartialDate date(String written, int year, Integer month, Integer day) {
        if (year < 1000) {
            throw new IllegalArgumentException("'" + written + "' is not a date: write the year in full, such as "
                    + EXAMPLES);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("'" + written + "' is not a real date: there is no month " + month
                    + ". Write the day first, then the month, such as " + EXAMPLES);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            YearMonth yearMonth = YearMonth.of(year, month);
            throw new IllegalArgumentException("'" + written + "' is not a real date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return new PartialDate(year, month, day);
    }
}
