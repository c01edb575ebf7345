package org.peel.server.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.platform.UkPostcode;

/**
 * Reads the parts of the search box that are not a name: a PNC ID ("2001/0012345A"), an age ("age 30", "aged 30",
 * "30 years old"), a postcode or its first part ("B11 4AB", "B11"). What is left is the name and its date of birth,
 * which {@link org.peel.match.NameQuery#parse} reads (dates through {@link org.peel.match.WrittenDate}, the one
 * reader of dates).
 *
 * @param name     what is left once the other parts are taken out (may be empty)
 * @param pncId    the PNC ID, in capitals, or null
 * @param age      the age in years, or null
 * @param postcode the postcode or its start, without spaces, or null
 */
record QueryText(String name, String pncId, Integer age, String postcode) {

    private static final Pattern PNC_ID = Pattern.compile("(?<![\\w/])(\\d{2}|\\d{4})/(\\d{1,7}[A-Za-z])(?![\\w/])");
    private static final Pattern AGE = Pattern.compile(
            "(?<!\\w)(?:aged?\\s*(\\d{1,3})|(\\d{1,3})\\s*(?:years?\\s*old|yrs?\\s*old|yo))(?!\\w)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\w/])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)(?:\\s*(\\d[A-Za-z]{2}))?(?![\\w/])");

    static QueryText read(String typed) {
        String text = typed == null ? "" : typed.strip();
        String pncId = null;
        Matcher pnc = PNC_ID.matcher(text);
        if (pnc.find()) {
            pncId = (pnc.group(1) + "/" + pnc.group(2)).toUpperCase(Locale.ROOT);
            text = cut(text, pnc);
        }
        Integer age = null;
        Matcher aged = AGE.matcher(text);
        if (aged.find()) {
            age = Integer.valueOf(aged.group(1) != null ? aged.group(1) : aged.group(2));
            text = cut(text, aged);
        }
        String postcode = null;
        Matcher code = POSTCODE.matcher(text);
        while (code.find()) {
            Optional<String> start = UkPostcode.start(code.group());
            if (start.isPresent() && (code.group(2) != null || UkPostcode.normalise(code.group()).isEmpty())) {
                postcode = start.get();
                text = cut(text, code);
                break;
            }
        }
        return new QueryText(text.strip(), pncId, age, postcode);
    }

    /** The earliest and latest dates of birth of someone this age on {@code today}. */
    LocalDate bornFrom(LocalDate today) {
        return today.minusYears(age + 1L).plusDays(1);
    }

    LocalDate bornTo(LocalDate today) {
        return today.minusYears(age);
    }

    private static String cut(String text, Matcher found) {
        return (text.substring(0, found.start()) + " " + text.substring(found.end())).replaceAll("\\s+", " ").strip();
    }
}
