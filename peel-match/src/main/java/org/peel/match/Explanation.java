package org.peel.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Puts comparison levels into the plain words an officer reads next to a result. */
final class Explanation {

    private Explanation() {
    }

    static List<String> reasons(NamePairing pairing, DateComparison dob, Sex differentSex) {
        List<String> reasons = new ArrayList<>(5);
        CandidateName written = pairing.name().written();
        String surnameWritten = written.surname() == null ? "" : written.surname().strip().toUpperCase(Locale.ROOT);
        add(reasons, part("surname", pairing.surname(), surnameWritten));
        add(reasons, part("forename", pairing.forenames(), null));
        if (pairing.swapped()) {
            reasons.add("forenames and surname swapped");
        }
        if (!written.primary()) {
            reasons.add("matched alias " + written.display());
        }
        add(reasons, date(dob));
        if (differentSex != null) {
            reasons.add("recorded as " + differentSex.name().toLowerCase(Locale.ROOT));
        }
        return reasons;
    }

    private static void add(List<String> reasons, String reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    static String part(String what, PartComparison comparison, String wholeSurname) {
        String word = NameMatcher.upper(comparison.candidateWord());
        String reason = switch (comparison.level()) {
            case EXACT -> what + " is " + word;
            case VARIANT -> comparison.variantKind() == VariantKind.NICKNAME
                    ? what + " is a nickname or short form of " + word
                    : what + " is a spelling of " + word;
            case PHONETIC -> what + " sounds like " + word;
            case CLOSE -> what + " is spelt nearly like " + word;
            case INITIAL -> what + " initial agrees with " + word;
            case PREFIX -> what + " is the start of " + word + " (a short form on no list: weak)";
            case DIFFERENT -> what + " differs (" + word + ")";
            case MISSING -> null;
        };
        if (reason != null && comparison.partOnly()) {
            reason += wholeSurname != null && !wholeSurname.isEmpty() ? ", part of " + wholeSurname : ", a middle name";
        }
        return reason;
    }

    static String tie(int others) {
        return "as likely as " + others + (others == 1 ? " other person" : " other people")
                + " found on the same evidence (these are listed by how many ways the names agree, then by record id)";
    }

    static String date(DateComparison dob) {
        String when = dob.candidateDate() == null ? "" : " (" + dob.candidateDate() + ")";
        return switch (dob.level()) {
            case EXACT -> "born the same day";
            case DAY_AND_MONTH_SWAPPED -> "born the same day, month and day swapped" + when;
            case YEAR_OFF_BY_ONE -> "born the same day and month, year one out" + when;
            case ONE_DIGIT_DIFFERENT -> "date of birth one digit different" + when;
            case SAME_MONTH_AND_YEAR -> "born the same month and year, different day" + when;
            case PARTIAL_SAME_MONTH_AND_YEAR -> "born the same month and year" + when;
            case PARTIAL_SAME_YEAR -> "born the same year" + when;
            case SAME_YEAR -> "born the same year, different day and month" + when;
            case PARTIAL_YEAR_OFF_BY_ONE -> "born a year apart" + when;
            case WITHIN_RANGE -> "born within the dates searched" + when;
            case DIFFERENT -> "date of birth differs" + when;
            case MISSING -> null;
        };
    }
}
