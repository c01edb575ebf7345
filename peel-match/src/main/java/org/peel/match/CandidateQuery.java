package org.peel.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the one Lucene query that gathers candidates for the scorer: SHOULD clauses over every key field (exact,
 * phonetic, variant group, initial, and typo keys one edit apart), tried straight and with forenames and
 * surname swapped; a boost for people whose date of birth agrees in some way, so that common names with a date of
 * birth still bring the right person into the top few hundred; and the filters on birth dates and sex. Each clause
 * scores a constant, so the Lucene score is simply "how many kinds of key agree, weighted".
 */
final class CandidateQuery {

    private final NameKeys keys;

    CandidateQuery(NameKeys keys) {
        this.keys = keys;
    }

    Query build(PreparedQuery prepared) {
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        addSurnameClauses(names, prepared.surname(), 1.0f);
        addForenameClauses(names, prepared.forenames(), 1.0f);
        if (!prepared.forenames().isEmpty() && !prepared.surname().isEmpty()) {
            addSurnameClauses(names, prepared.forenames(), 0.6f);
            addForenameClauses(names, prepared.surname(), 0.6f);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        NameQuery q = prepared.query();
        if (q.dateOfBirth() != null && q.dateOfBirth().isComplete()) {
            // someone born that very day is a candidate even when every name differs (a false name given)
            BooleanQuery.Builder nameOrDay = new BooleanQuery.Builder();
            nameOrDay.add(names.build(), Occur.SHOULD);
            add(nameOrDay, PersonDocument.DOB, Set.of(IndexKeys.dayKey(q.dateOfBirth().toLocalDate().orElseThrow())), 2);
            query.add(nameOrDay.build(), Occur.MUST);
        } else {
            query.add(names.build(), Occur.MUST);
        }
        if (q.dateOfBirth() != null) {
            addDateClauses(query, q.dateOfBirth());
        }
        if (q.bornFrom() != null || q.bornTo() != null) {
            int from = q.bornFrom() == null ? Integer.MIN_VALUE : (int) q.bornFrom().toEpochDay();
            int to = q.bornTo() == null ? Integer.MAX_VALUE : (int) q.bornTo().toEpochDay();
            BooleanQuery.Builder range = new BooleanQuery.Builder();
            range.add(IntRange.newIntersectsQuery(PersonDocument.DOB_RANGE, new int[] {from}, new int[] {to}), Occur.SHOULD);
            range.add(new TermQuery(new Term(PersonDocument.DOB_KNOWN, "n")), Occur.SHOULD);
            query.add(range.build(), Occur.FILTER);
        }
        if (q.sex() == Sex.MALE || q.sex() == Sex.FEMALE) {
            query.add(terms(PersonDocument.SEX, List.of(q.sex().code(), Sex.UNKNOWN.code())), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * {@code candidates} among only the people {@code visibility} admits: a FILTER clause (matching, not scoring) on
     * the restriction fields, so restricted people take no candidate place.
     */
    static Query visibleOnly(Query candidates, Visibility visibility) {
        Query restricted = new TermQuery(new Term(PersonDocument.RESTRICTED, "y"));
        Query opened = terms(PersonDocument.READERS, visibility.readerKeys());
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(candidates, Occur.MUST);
        if (visibility.hidden()) {
            query.add(restricted, Occur.FILTER).add(opened, Occur.MUST_NOT);
        } else {
            BooleanQuery open = new BooleanQuery.Builder()
                    .add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                            .add(restricted, Occur.MUST_NOT).build(), Occur.SHOULD)
                    .add(opened, Occur.SHOULD).build();
            query.add(open, Occur.FILTER);
        }
        return query.build();
    }

    private void addSurnameClauses(BooleanQuery.Builder names, NameParts surname, float boost) {
        if (surname.isEmpty()) {
            return;
        }
        Set<String> forms = IndexKeys.searchForms(surname);
        Set<String> phonetic = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String word : forms) {
            IndexKeys.addKeys(keys.of(word), phonetic, groups);
        }
        IndexKeys.dropNicknameGroups(groups);
        add(names, PersonDocument.SURNAME_EXACT, forms, 8 * boost);
        add(names, PersonDocument.SURNAME_PHONETIC, phonetic, 4 * boost);
        add(names, PersonDocument.SURNAME_GROUP, groups, 4 * boost);
        addTypos(names, PersonDocument.SURNAME_TYPO, surname, 4 * boost);
    }

    private void addForenameClauses(BooleanQuery.Builder names, NameParts forenames, float boost) {
        if (forenames.isEmpty()) {
            return;
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String word : IndexKeys.searchForms(forenames)) {
            if (word.length() > 1) {
                forms.add(word);
            }
        }
        Set<String> phonetic = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String word : forms) {
            IndexKeys.addKeys(keys.of(word), phonetic, groups);
        }
        add(names, PersonDocument.FORENAME_EXACT, forms, 5 * boost);
        add(names, PersonDocument.FORENAME_PHONETIC, phonetic, 3 * boost);
        add(names, PersonDocument.FORENAME_GROUP, groups, 4 * boost);
        String first = forenames.words().get(0);
        // Short forms on no list ("Olu" searched, Olusegun recorded, or the other way round) bring people in as
        // candidates. The short form searched adds a little (less than any other clause): with no score at all,
        // "Pho Smith" left Phoebe Smith tied with every other Smith, and which 300 of them were gathered depended on
        // the order the index was built in, so she was found in one build and not in the next.
        if (first.length() >= NameMatcher.PREFIX_MIN_LENGTH && first.length() <= IndexKeys.PREFIX_MAX_LENGTH) {
            add(names, PersonDocument.FORENAME_PREFIX, Set.of(first), 0.5f * boost);
        }
        Set<String> prefixes = new LinkedHashSet<>();
        IndexKeys.prefixKeys(first, prefixes);
        add(names, PersonDocument.FORENAME_EXACT, prefixes, 0);
        if (first.length() == 1) { // an initial: anyone whose forename starts with it
            add(names, PersonDocument.FORENAME_INITIAL, Set.of(first), 4 * boost);
        } else { // people recorded with only an initial
            add(names, PersonDocument.FORENAME_EXACT, Set.of(first.substring(0, 1)), 1 * boost);
        }
        addTypos(names, PersonDocument.FORENAME_TYPO, forenames, 3 * boost);
    }

    private static void addTypos(BooleanQuery.Builder names, String field, NameParts name, float boost) {
        Set<String> typoKeys = new LinkedHashSet<>();
        for (String word : name.words()) {
            IndexKeys.typoKeys(word, typoKeys);
        }
        add(names, field, typoKeys, boost);
    }

    private static void addDateClauses(BooleanQuery.Builder query, PartialDate dob) {
        List<String> own = IndexKeys.dateKeys(dob);
        if (dob.isComplete()) {
            LocalDate day = dob.toLocalDate().orElseThrow();
            add(query, PersonDocument.DOB, Set.of(IndexKeys.dayKey(day)), 6);
            Set<String> near = IndexKeys.nearDayKeys(dob);
            add(query, PersonDocument.DOB, near, 3);
            add(query, PersonDocument.DOB, Set.of(own.get(1)), 1.5f);
            add(query, PersonDocument.DOB, Set.of(own.get(0)), 1);
        } else {
            add(query, PersonDocument.DOB, Set.of(own.get(own.size() - 1)), 3);
            if (own.size() > 1) {
                add(query, PersonDocument.DOB, Set.of(own.get(0)), 1);
            }
        }
    }

    private static void add(BooleanQuery.Builder builder, String field, Collection<String> values, float boost) {
        if (!values.isEmpty()) {
            builder.add(new BoostQuery(new ConstantScoreQuery(terms(field, values)), boost), Occur.SHOULD);
        }
    }

    private static Query terms(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        List<BytesRef> bytes = new ArrayList<>(values.size());
        for (String value : values) {
            bytes.add(new BytesRef(value));
        }
        return new TermInSetQuery(field, bytes);
    }
}
