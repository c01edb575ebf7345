package org.peel.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.peel.match.PreparedQuery.Side;

/**
 * Scores how likely a person is the one searched for, field by field, as probabilistic record linkage does
 * (Fellegi–Sunter): each name part and the date of birth are put in a comparison level ({@link NameLevel},
 * {@link DateLevel}); each level carries a match weight, log2(m/u), adjusted for how common the name is; the weights
 * and a prior are summed and turned into a probability. Every name and alias of the person is tried, forenames and
 * surname both ways round, and the best wins. The levels also give the reasons shown to the officer.
 *
 * <p>Usable without an index. Thread-safe.
 */
public final class NameMatcher {

    /** Jaro–Winkler similarity from which two spellings count as {@link NameLevel#CLOSE}. */
    static final double CLOSE_SPELLING = 0.88;
    /**
     * Jaro–Winkler similarity two names need as well as a shared phonetic code to count as sounding alike: short
     * codes are shared by names that have little else in common (Vita and Fuad both give FT).
     */
    static final double SOUNDS_LIKE_SPELLING = 0.7;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final NameNormaliser normaliser;
    private final NameKeys keys;
    private final NameVariants variants;
    private final NameFrequencies frequencies;

    NameMatcher(NameNormaliser normaliser, NameKeys keys, ReferenceData reference) {
        this.normaliser = normaliser;
        this.keys = keys;
        this.variants = reference.variants();
        this.frequencies = reference.frequencies();
    }

    /** The matcher with Peel's reference data (nicknames, spellings, name frequencies) from the classpath. */
    public static NameMatcher standard() {
        return Holder.STANDARD;
    }

    /** The best-scoring name of the candidate against the query, with the confidence and the reasons. */
    public PersonMatch score(NameQuery query, PersonEntry candidate) {
        return score(prepare(query), prepare(candidate)).toMatch();
    }

    PreparedQuery prepare(NameQuery query) {
        return new PreparedQuery(query, normaliser.normalise(query.forenames()), normaliser.normalise(query.surname()));
    }

    PreparedPerson prepare(PersonEntry person) {
        List<PreparedName> names = new ArrayList<>(person.names().size());
        for (CandidateName name : person.names()) {
            names.add(PreparedName.of(name, normaliser));
        }
        return new PreparedPerson(person.id(), names, person.datesOfBirth(), person.sex());
    }

    NameNormaliser normaliser() {
        return normaliser;
    }

    NameKeys keys() {
        return keys;
    }

    /**
     * A candidate's score: its total weight in bits ranks what the probability no longer tells apart (0.9999 and
     * 0.99999); the reasons are put into words only for the results returned.
     */
    record Scored(String id, double weight, NamePairing pairing, DateComparison dateOfBirth, Sex differentSex) {

        double confidence() {
            double probability = MatchWeights.probability(weight);
            return dateOfBirth.level().disagrees()
                    ? Math.min(probability, MatchWeights.MOST_CONFIDENT_WITH_DATE_DIFFERENCE) : probability;
        }

        PersonMatch toMatch() {
            return new PersonMatch(id, confidence(), pairing.name().written(),
                    Explanation.reasons(pairing, dateOfBirth, differentSex));
        }
    }

    Scored score(PreparedQuery query, PreparedPerson person) {
        NamePairing best = null;
        for (PreparedName name : person.names()) {
            NamePairing straight = new NamePairing(name,
                    query.compared(Side.FORENAMES, name.forenames(), c -> compareForenames(query.forenames(), c)),
                    query.compared(Side.SURNAME, name.surname(), c -> compareSurnames(query.surname(), c)), false);
            best = better(best, straight);
            // An initial is how a forename is shortened, never a surname: "B Morgan" is not Morgan B-something.
            if (!query.forenames().isEmpty() && !query.surname().isEmpty() && !onlyInitials(query.forenames())) {
                NamePairing swapped = new NamePairing(name,
                        query.compared(Side.SWAPPED_FORENAMES, name.forenames(), c -> compareForenames(query.surname(), c)),
                        query.compared(Side.SWAPPED_SURNAME, name.surname(), c -> compareSurnames(query.forenames(), c)),
                        true);
                best = better(best, swapped);
            }
        }
        NameQuery q = query.query();
        DateComparison dob = compareDates(q.dateOfBirth(), person.datesOfBirth(), q.bornFrom(), q.bornTo());
        double sexWeight = 0;
        boolean sexDiffers = false;
        if (known(q.sex()) && known(person.sex())) {
            sexDiffers = q.sex() != person.sex();
            sexWeight = MatchWeights.sex(!sexDiffers);
        }
        double weight = MatchWeights.PRIOR + best.weight() + MatchWeights.dateOfBirth(dob.level()) + sexWeight;
        return new Scored(person.id(), weight, best, dob, sexDiffers ? person.sex() : null);
    }

    private static boolean onlyInitials(NameParts name) {
        return name.words().stream().allMatch(word -> word.length() == 1);
    }

    private static NamePairing better(NamePairing best, NamePairing challenger) {
        return best == null || challenger.weight() > best.weight() + 1e-9 ? challenger : best;
    }

    private static boolean known(Sex sex) {
        return sex != null && sex != Sex.UNKNOWN;
    }

    PartComparison compareForenames(NameParts query, NameParts candidate) {
        if (query.isEmpty() || candidate.isEmpty()) {
            return PartComparison.MISSING;
        }
        List<String> q = query.words();
        List<String> c = candidate.words();
        PartComparison best = compareWords(q.get(0), c.get(0), false);
        if (best.level() != NameLevel.EXACT) {
            if (q.size() > 1 || c.size() > 1) { // "Mary Ann" and "Maryann", "Abdul Rahman" and "Abdulrahman"
                best = max(best, compareWords(query.joined(), candidate.joined(), false));
            }
            for (int j = 1; j < c.size(); j++) { // known by a middle name
                best = max(best, compareWords(q.get(0), c.get(j), false).asPartOnly());
            }
            for (int i = 1; i < q.size(); i++) {
                best = max(best, compareWords(q.get(i), c.get(0), false).asPartOnly());
            }
        }
        if (!best.partOnly() && best.level() != NameLevel.DIFFERENT && (q.size() > 1 || c.size() > 1)) {
            double adjustment;
            if (q.size() > 1 && c.size() > 1) {
                NameLevel middle = compareWords(q.get(1), c.get(1), false).level();
                adjustment = middle == NameLevel.DIFFERENT ? MatchWeights.MIDDLE_NAME_DIFFERS : MatchWeights.MIDDLE_NAME_AGREES;
            } else if (best.level() == NameLevel.EXACT) { // "John" and "John Graham"; not "soph ie" and "sophie"
                adjustment = MatchWeights.MIDDLE_NAME_ONE_SIDE;
            } else {
                adjustment = 0;
            }
            best = new PartComparison(best.level(), best.weight() + adjustment, best.candidateWord(), best.variantKind(), false);
        }
        return best;
    }

    PartComparison compareSurnames(NameParts query, NameParts candidate) {
        if (query.isEmpty() || candidate.isEmpty()) {
            return PartComparison.MISSING;
        }
        PartComparison best = compareWords(query.joined(), candidate.joined(), true);
        if (best.level() == NameLevel.EXACT) {
            return best;
        }
        boolean parts = query.words().size() > 1 || candidate.words().size() > 1
                || !query.alsoFoundBy().isEmpty() || !candidate.alsoFoundBy().isEmpty();
        if (parts) { // "Jones" and "Smith-Jones", "Rashid" and "al-Rashid"
            // Agreeing on a part never counts for more than agreeing on the whole name searched would: "O'Brien"
            // finds the O'Briens before the rarer, so heavier, Brien.
            double wholeSearched = MatchWeights.surname(NameLevel.EXACT, query.joined(), frequencies) - 1;
            for (String q : allForms(query)) {
                for (String c : allForms(candidate)) {
                    PartComparison part = compareWords(q, c, true).asPartOnly();
                    if (part.weight() > wholeSearched && part.level() != NameLevel.DIFFERENT) {
                        part = part.withWeight(wholeSearched);
                    }
                    best = max(best, part);
                }
            }
        }
        return best;
    }

    private static List<String> allForms(NameParts name) {
        if (name.alsoFoundBy().isEmpty()) {
            return name.words();
        }
        List<String> all = new ArrayList<>(name.words());
        all.addAll(name.alsoFoundBy());
        return all;
    }

    private static PartComparison max(PartComparison a, PartComparison b) {
        return b.weight() > a.weight() ? b : a;
    }

    PartComparison compareWords(String q, String c, boolean surname) {
        NameLevel level;
        VariantKind kind = null;
        if (q.equals(c)) {
            level = NameLevel.EXACT;
        } else if (q.length() == 1 || c.length() == 1) {
            level = q.charAt(0) == c.charAt(0) ? NameLevel.INITIAL : NameLevel.DIFFERENT;
        } else if ((kind = variants.relation(q, c, surname)) != null) { // surnames have spellings, not nicknames
            level = NameLevel.VARIANT;
        } else {
            double similarity = JARO_WINKLER.apply(q, c);
            if (similarity >= SOUNDS_LIKE_SPELLING && keys.of(q).soundsLike(keys.of(c))) {
                level = NameLevel.PHONETIC;
            } else if (similarity >= CLOSE_SPELLING) {
                level = NameLevel.CLOSE;
            } else if (!surname && isPrefix(q, c)) {
                level = NameLevel.PREFIX;
            } else {
                level = NameLevel.DIFFERENT;
            }
        }
        double weight = surname ? MatchWeights.surname(level, c, frequencies) : MatchWeights.forename(level, c, frequencies);
        if (level != NameLevel.EXACT && level != NameLevel.DIFFERENT) { // nor more than exact on what was searched
            double exactOnQuery = surname ? MatchWeights.surname(NameLevel.EXACT, q, frequencies)
                    : MatchWeights.forename(NameLevel.EXACT, q, frequencies);
            weight = Math.min(weight, exactOnQuery - 1);
        }
        return new PartComparison(level, weight, c, kind, false);
    }

    /** Shortest forename taken as a short form of a longer one it starts ("Olu" of "Olusegun"). */
    static final int PREFIX_MIN_LENGTH = 3;

    /** Whether one word is the start of the other, at least {@link #PREFIX_MIN_LENGTH} letters and two short. */
    static boolean isPrefix(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= PREFIX_MIN_LENGTH && longer.length() >= shorter.length() + 2
                && longer.startsWith(shorter);
    }

    DateComparison compareDates(PartialDate query, List<PartialDate> candidates, LocalDate from, LocalDate to) {
        if (query == null) {
            if ((from != null || to != null) && !candidates.isEmpty()) {
                for (PartialDate candidate : candidates) {
                    if ((from == null || !candidate.latest().isBefore(from)) && (to == null || !candidate.earliest().isAfter(to))) {
                        return new DateComparison(DateLevel.WITHIN_RANGE, candidate);
                    }
                }
            }
            return new DateComparison(DateLevel.MISSING, null);
        }
        DateComparison best = new DateComparison(DateLevel.MISSING, null);
        for (PartialDate candidate : candidates) {
            DateComparison comparison = new DateComparison(compareDates(query, candidate), candidate);
            if (best.level() == DateLevel.MISSING
                    || MatchWeights.dateOfBirth(comparison.level()) > MatchWeights.dateOfBirth(best.level())) {
                best = comparison;
            }
        }
        return best;
    }

    static DateLevel compareDates(PartialDate q, PartialDate c) {
        if (q.isComplete() && c.isComplete()) {
            if (q.equals(c)) {
                return DateLevel.EXACT;
            }
            if (q.year() == c.year() && q.month().equals(c.day()) && q.day().equals(c.month())) {
                return DateLevel.DAY_AND_MONTH_SWAPPED;
            }
            if (Math.abs(q.year() - c.year()) == 1 && q.month().equals(c.month()) && q.day().equals(c.day())) {
                return DateLevel.YEAR_OFF_BY_ONE;
            }
            if (digitsDifferent(q, c) == 1) {
                return DateLevel.ONE_DIGIT_DIFFERENT;
            }
            if (q.year() == c.year() && q.month().equals(c.month())) {
                return DateLevel.SAME_MONTH_AND_YEAR;
            }
            return q.year() == c.year() ? DateLevel.SAME_YEAR : DateLevel.DIFFERENT;
        }
        if (q.hasMonth() && c.hasMonth() && q.year() == c.year()) {
            return q.month().equals(c.month()) ? DateLevel.PARTIAL_SAME_MONTH_AND_YEAR : DateLevel.DIFFERENT;
        }
        if (q.year() == c.year()) {
            return DateLevel.PARTIAL_SAME_YEAR;
        }
        return Math.abs(q.year() - c.year()) == 1 ? DateLevel.PARTIAL_YEAR_OFF_BY_ONE : DateLevel.DIFFERENT;
    }

    /** How many of the eight digits of two full dates differ (compared as numbers: this runs for every candidate). */
    private static int digitsDifferent(PartialDate a, PartialDate b) {
        return digitsDifferent(a.year(), b.year(), 4) + digitsDifferent(a.month(), b.month(), 2)
                + digitsDifferent(a.day(), b.day(), 2);
    }

    private static int digitsDifferent(int x, int y, int digits) {
        int different = 0;
        for (int i = 0; i < digits; i++) {
            if (x % 10 != y % 10) {
                different++;
            }
            x /= 10;
            y /= 10;
        }
        return different;
    }

    static String upper(String word) {
        return word == null ? "" : word.toUpperCase(Locale.ROOT);
    }

    private static final class Holder {
        static final NameMatcher STANDARD = new NameMatcher(
                NameNormaliser.standard(), NameKeys.standard(), ReferenceData.standard());
    }
}
