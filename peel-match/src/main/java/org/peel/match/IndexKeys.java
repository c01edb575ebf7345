package org.peel.match;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one home of the keys a person is indexed by and a search looks them up by, so that both sides always agree:
 * the search forms of a name part, typo keys, forename prefixes, phonetic codes and variant groups (from
 * {@link NameKeys}), and date-of-birth keys. {@link PersonDocument} lays these out in fields; {@link CandidateQuery}
 * chooses boosts and clauses.
 */
final class IndexKeys {

    private IndexKeys() {
    }

    /** Every form a name part is searched by: its words, the words joined up, and the extra forms. */
    static Set<String> searchForms(NameParts name) {
        Set<String> forms = new LinkedHashSet<>(name.words());
        if (name.words().size() > 1) {
            forms.add(name.joined());
        }
        forms.addAll(name.alsoFoundBy());
        return forms;
    }

    /** The prefixes a longer forename is found by: those {@link NameMatcher#isPrefix} accepts, up to 4 letters. */
    static void prefixKeys(String word, Set<String> keys) {
        for (int length = NameMatcher.PREFIX_MIN_LENGTH; length <= PREFIX_MAX_LENGTH && length + 2 <= word.length(); length++) {
            keys.add(word.substring(0, length));
        }
    }

    static final int PREFIX_MAX_LENGTH = 4;

    /** Shortest word given typo keys: shorter ones would share keys with too many other names. */
    static final int TYPO_MIN_LENGTH = 4;

    /** The word, and the word with each letter left out in turn: "smith" gives smith, mith, sith, smth, smih, smit. */
    static void typoKeys(String word, Set<String> keys) {
        if (word.length() < TYPO_MIN_LENGTH) {
            return;
        }
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
    }

    static void addKeys(WordKeys wordKeys, Set<String> phonetic, Set<String> groups) {
        for (String code : wordKeys.metaphone()) {
            phonetic.add("m:" + code);
        }
        for (String code : wordKeys.beiderMorse()) {
            phonetic.add("b:" + code);
        }
        groups.addAll(wordKeys.groups());
    }

    /**
     * Keeps the spelling groups only, for surnames: "Berry" is no nickname of "Green" as a surname. The one place
     * this rule is applied to keys (the scorer applies it through {@link NameVariants#relation}).
     */
    static void dropNicknameGroups(Set<String> groupKeys) {
        groupKeys.removeIf(NameVariants::isNicknameGroupKey);
    }

    /** y1985, m198503, d19850312 as far as the date goes (built from numbers: this runs for every person indexed). */
    static List<String> dateKeys(PartialDate dob) {
        List<String> keys = new ArrayList<>(3);
        keys.add("y" + dob.year());
        if (dob.hasMonth()) {
            keys.add(monthKey(dob.year(), dob.month()));
        }
        if (dob.isComplete()) {
            keys.add(dayKey(dob.year(), dob.month(), dob.day()));
        }
        return keys;
    }

    static String dayKey(LocalDate date) {
        return dayKey(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String monthKey(int year, int month) {
        return new StringBuilder(7).append('m').append(year).append(month < 10 ? "0" : "").append(month).toString();
    }

    private static String dayKey(int year, int month, int day) {
        return new StringBuilder(9).append('d').append(year).append(month < 10 ? "0" : "").append(month)
                .append(day < 10 ? "0" : "").append(day).toString();
    }

    /** Days a mis-keyed date of birth may have been: day and month swapped, the year one out, one digit changed. */
    static Set<String> nearDayKeys(PartialDate dob) {
        Set<String> near = new LinkedHashSet<>();
        tryAdd(near, dob.year(), dob.day(), dob.month()); // day and month swapped
        tryAdd(near, dob.year() - 1, dob.month(), dob.day());
        tryAdd(near, dob.year() + 1, dob.month(), dob.day());
        int yyyymmdd = dob.year() * 10_000 + dob.month() * 100 + dob.day();
        for (int place = 1; place <= 10_000_000; place *= 10) { // each of the eight digits changed to each other digit
            int digit = yyyymmdd / place % 10;
            for (int d = 0; d <= 9; d++) {
                if (d != digit) {
                    int changed = yyyymmdd + (d - digit) * place;
                    tryAdd(near, changed / 10_000, changed / 100 % 100, changed % 100);
                }
            }
        }
        return near;
    }

    private static void tryAdd(Set<String> keys, int year, int month, int day) {
        if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
            return;
        }
        if (day <= YearMonth.of(year, month).lengthOfMonth()) {
            keys.add(dayKey(LocalDate.of(year, month, day)));
        }
    }
}
