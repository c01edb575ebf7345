package org.peel.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an officer searches for: a name, and optionally a date of birth, a range of birth dates and a sex.
 *
 * @param forenames   given names, or initials, may be null or empty
 * @param surname     family name, may be null or empty; at least one of forenames and surname is needed
 * @param dateOfBirth a full or partial date of birth to compare with, or null
 * @param bornFrom    earliest birth date to return (inclusive), or null; people with no or a partial date of birth
 *                    that could fall in the range are kept
 * @param bornTo      latest birth date to return (inclusive), or null
 * @param sex         sex to keep (people recorded with unknown or no sex are kept too), or null for any
 */
public record NameQuery(String forenames, String surname, PartialDate dateOfBirth,
                        LocalDate bornFrom, LocalDate bornTo, Sex sex) {

    public NameQuery {
        forenames = blankToNull(forenames);
        surname = blankToNull(surname);
        if (forenames == null && surname == null) {
            throw new IllegalArgumentException("a name search needs a forename or a surname");
        }
        if (bornFrom != null && bornTo != null && bornFrom.isAfter(bornTo)) {
            throw new IllegalArgumentException(
                    "the birth date range starts (" + bornFrom + ") after it ends (" + bornTo + ")");
        }
    }

    /** A search by name alone. */
    public static NameQuery of(String forenames, String surname) {
        return new NameQuery(forenames, surname, null, null, null, null);
    }

    /** A search by name and date of birth. */
    public static NameQuery of(String forenames, String surname, PartialDate dateOfBirth) {
        return new NameQuery(forenames, surname, dateOfBirth, null, null, null);
    }

    /**
     * Reads what an officer types into a search box: "SMITH, John", "John Smith", "john smith 12/3/85",
     * "Mohammed Khan 1990", "smith j". Dates are read by {@link WrittenDate}: day first (UK order), 12/3/85,
     * 12.03.1985, 1985-03-12, 3/1985, 5 july 1994 or 1985.
     * With a comma the surname comes first; otherwise the last word is the surname (with any particle before it,
     * as in "Osama bin Laden"), unless one word alone is in capitals ("John SMITH") or the name ends in initials
     * ("smith j").
     *
     * @throws IllegalArgumentException naming the problem when no name can be read or a date is impossible
     */
    public static NameQuery parse(String freeText) {
        return parse(freeText, LocalDate.now());
    }

    /** As {@link #parse(String)}, reading two-digit years as seen from {@code today}. */
    public static NameQuery parse(String freeText, LocalDate today) {
        if (freeText == null || freeText.isBlank()) {
            throw new IllegalArgumentException("type a name to search for, e.g. \"SMITH, John 12/3/1985\"");
        }
        String text = freeText.strip();
        PartialDate dob = null;
        java.util.Optional<WrittenDate.Found> date = WrittenDate.find(text, today);
        if (date.isPresent()) {
            dob = date.get().date();
            text = (text.substring(0, date.get().start()) + " " + text.substring(date.get().end())).strip();
        }
        Matcher leftoverDigits = Pattern.compile("\\S*\\d\\S*").matcher(text);
        if (leftoverDigits.find()) {
            throw new IllegalArgumentException("could not read '" + leftoverDigits.group()
                    + "': search for a name, with a date of birth written " + WrittenDate.EXAMPLES + " or a year");
        }
        String forenames;
        String surname;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            surname = text.substring(0, comma);
            forenames = text.substring(comma + 1).replace(',', ' ');
        } else {
            String[] words = dropTitles(text.split("\\s+"));
            int[] surnameWords = surnameWords(words);
            surname = String.join(" ", Arrays.copyOfRange(words, surnameWords[0], surnameWords[1]));
            forenames = (String.join(" ", Arrays.copyOfRange(words, 0, surnameWords[0])) + " "
                    + String.join(" ", Arrays.copyOfRange(words, surnameWords[1], words.length))).strip();
        }
        if (isBlankName(forenames) && isBlankName(surname)) {
            throw new IllegalArgumentException("'" + freeText.strip() + "' has no name in it; type at least a surname");
        }
        return new NameQuery(forenames, surname, dob, null, null, null);
    }

    /** The same search, keeping only people who could have been born between {@code from} and {@code to}. */
    public NameQuery withDateOfBirthRange(LocalDate from, LocalDate to) {
        return new NameQuery(forenames, surname, dateOfBirth, from, to, sex);
    }

    /** The same search, keeping only people of this sex (or of unknown sex). */
    public NameQuery withSex(Sex sex) {
        return new NameQuery(forenames, surname, dateOfBirth, bornFrom, bornTo, sex);
    }

    /** The same search with another date of birth to compare with. */
    public NameQuery withDateOfBirth(PartialDate dateOfBirth) {
        return new NameQuery(forenames, surname, dateOfBirth, bornFrom, bornTo, sex);
    }

    private static String[] dropTitles(String[] words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            String plain = word.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
            if (!ReferenceData.standard().titles().contains(plain) || words.length == 1) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? words : kept.toArray(String[]::new);
    }

    /** Which words, [from, to), make the surname when there is no comma. */
    private static int[] surnameWords(String[] words) {
        int n = words.length;
        if (n == 1) {
            return new int[] {0, 1};
        }
        // "John SMITH", "SMITH John": the words in capitals, when only some are
        int first = -1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (isCapitals(words[i])) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count > 0 && count < n) {
            int end = first;
            while (end < n && isCapitals(words[end])) {
                end++;
            }
            return new int[] {first, end};
        }
        // "smith j", "smith j r": trailing initials are forenames
        int initials = n;
        while (initials > 0 && isInitial(words[initials - 1])) {
            initials--;
        }
        if (initials > 0 && initials < n) {
            return new int[] {0, initials};
        }
        // "John Smith", "Osama bin Laden": the last word and any particle before it
        int start = n - 1;
        while (start > 1 && ReferenceData.standard().particles().containsKey(words[start - 1].toLowerCase(Locale.ROOT))) {
            start--;
        }
        return new int[] {start, n};
    }

    private static boolean isCapitals(String word) {
        return word.length() > 1 && !isInitial(word)
                && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isInitial(String word) {
        return word.replace(".", "").length() == 1;
    }

    private static boolean isBlankName(String name) {
        return name == null || name.replaceAll("[\\p{Punct}\\s]", "").isEmpty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
