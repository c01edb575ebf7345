package org.peel.bench.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.peel.match.NameIndex;
import org.peel.match.NameQuery;
import org.peel.match.PersonEntry;
import org.peel.match.PersonMatch;

/**
 * Indexes a data set and searches for each record's person: a hit is another record with the same person key.
 * The record searched from is left out of the ranking (it would always come first).
 */
final class RecallMeasure {

    static final int LIMIT = 10;

    private RecallMeasure() {
    }

    /** Every record with at least one other record of its person is a query. */
    static RecallResult duplicates(String name, List<PersonRecord> records, boolean withDateOfBirth) {
        return duplicates(name, records, withDateOfBirth, 1);
    }

    /** As above, searching only from the people whose key hashes to 0 modulo {@code oneIn}: all are indexed. */
    static RecallResult duplicates(String name, List<PersonRecord> records, boolean withDateOfBirth, int oneIn) {
        Map<String, Integer> perPerson = new HashMap<>();
        for (PersonRecord record : records) {
            perPerson.merge(record.personKey(), 1, Integer::sum);
        }
        List<PersonRecord> queries = records.stream()
                .filter(r -> perPerson.get(r.personKey()) > 1 && r.hasName())
                .filter(r -> Math.floorMod(r.personKey().hashCode(), oneIn) == 0).toList();
        return measure(name, records, queries, withDateOfBirth, q -> true);
    }

    /** Searches with the given query records for indexed records of the same person. */
    static RecallResult measure(String name, List<PersonRecord> indexed, List<PersonRecord> queries,
                                boolean withDateOfBirth, Predicate<PersonRecord> include) {
        try (NameIndex index = NameIndex.inMemory()) {
            List<PersonEntry> entries = new ArrayList<>(indexed.size());
            Map<String, String> personOf = new HashMap<>();
            for (PersonRecord record : indexed) {
                if (record.hasName()) {
                    entries.add(record.toEntry());
                    personOf.put(record.id(), record.personKey());
                }
            }
            long indexStart = System.nanoTime();
            index.putAll(entries);
            index.refresh();
            long indexNanos = System.nanoTime() - indexStart;
            long searchNanos = 0;
            int hits1 = 0;
            int hits10 = 0;
            double reciprocal = 0;
            int count = 0;
            for (PersonRecord query : queries) {
                if (!include.test(query) || !query.hasName()) {
                    continue;
                }
                NameQuery nameQuery = query.toQuery(withDateOfBirth);
                long searchStart = System.nanoTime();
                List<PersonMatch> found = index.search(nameQuery, LIMIT + 1);
                searchNanos += System.nanoTime() - searchStart;
                int rank = 0;
                int position = 0;
                for (PersonMatch match : found) {
                    if (match.id().equals(query.id())) {
                        continue;
                    }
                    position++;
                    if (position > LIMIT) {
                        break;
                    }
                    if (query.personKey().equals(personOf.get(match.id()))) {
                        rank = position;
                        break;
                    }
                }
                count++;
                if (rank != 1 && Boolean.getBoolean("peel.misses")) {
                    org.peel.match.PersonMatch bestWanted = indexed.stream()
                            .filter(r -> r.personKey().equals(query.personKey()) && !r.id().equals(query.id()) && r.hasName())
                            .map(r -> org.peel.match.NameMatcher.standard().score(nameQuery, r.toEntry()))
                            .max(java.util.Comparator.comparingDouble(PersonMatch::confidence)).orElse(null);
                    System.err.println("MISS rank " + rank + " " + query.forenames() + "|" + query.surname() + "|" + query.dateOfBirth()
                            + " -> " + found.stream().filter(m -> !m.id().equals(query.id())).limit(2)
                            .map(m -> String.format("%.3f", m.confidence()) + " " + m.matchedName().display() + " " + m.reasons()).toList()
                            + " WANTED " + (bestWanted == null ? "-" : String.format("%.3f", bestWanted.confidence()) + " "
                            + bestWanted.matchedName().display() + " " + bestWanted.reasons()));
                }
                if (rank == 1) {
                    hits1++;
                }
                if (rank >= 1) {
                    hits10++;
                    reciprocal += 1.0 / rank;
                }
            }
            System.err.printf("%s: indexed %d people in %.1f s, %d searches averaged %.2f ms%n", name, entries.size(),
                    indexNanos / 1e9, count, searchNanos / 1e6 / Math.max(1, count));
            return new RecallResult(name, withDateOfBirth ? "name + DOB" : "name only", count,
                    (double) hits1 / count, (double) hits10 / count, reciprocal / count);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
