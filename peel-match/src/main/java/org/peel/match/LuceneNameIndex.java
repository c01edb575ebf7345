package org.peel.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@link NameIndex} over one Lucene {@link IndexWriter} (thread-safe, shared by all writes) and a
 * {@link SearcherManager} for near-real-time searches. A search gathers at most {@link #CANDIDATES} people with one
 * query ({@link CandidateQuery}), then scores each with the {@link NameMatcher}; so the work per search is bounded
 * however common the name.
 */
final class LuceneNameIndex implements NameIndex {

    /** People gathered per search for the scorer. */
    static final int CANDIDATES = 300;
    private static final double RAM_BUFFER_MB = 256;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NameMatcher matcher;
    private final CandidateQuery candidates;

    private LuceneNameIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.matcher = NameMatcher.standard();
        this.candidates = new CandidateQuery(matcher.keys());
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false); // only commit() is durable, so user data always matches the content
        boolean existed = DirectoryReader.indexExists(directory);
        this.writer = new IndexWriter(directory, config);
        if (!existed) {
            writer.commit();
        }
        // Each name query is nearly unique, so Lucene's query cache only adds work to every search.
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                return searcher;
            }
        });
    }

    static LuceneNameIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        return new LuceneNameIndex(FSDirectory.open(path));
    }

    static LuceneNameIndex inMemory() {
        try {
            return new LuceneNameIndex(new ByteBuffersDirectory());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    @Override
    public void put(PersonEntry person) throws IOException {
        writer.updateDocument(new Term(PersonDocument.ID, person.id()), document(person));
    }

    @Override
    public void putAll(Collection<PersonEntry> people) throws IOException {
        // Normalising and keying is the costly part, and IndexWriter takes documents from many threads at once.
        try {
            people.parallelStream().forEach(person -> {
                try {
                    put(person);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    private org.apache.lucene.document.Document document(PersonEntry person) {
        return PersonDocument.of(matcher.prepare(person), matcher.keys(), person.readers());
    }

    @Override
    public void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(PersonDocument.ID, id));
    }

    @Override
    public void removeAll() throws IOException {
        writer.deleteAll();
    }

    @Override
    public void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(new HashMap<>(userData).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public Map<String, String> committedUserData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public List<PersonMatch> search(NameQuery query, int limit) throws IOException {
        return search(query, limit, null);
    }

    @Override
    public List<PersonMatch> search(NameQuery query, int limit, Visibility visibility) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        PreparedQuery prepared = matcher.prepare(query);
        Query lucene = visibility == null ? candidates.build(prepared)
                : CandidateQuery.visibleOnly(candidates.build(prepared), visibility);
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(lucene, Math.max(CANDIDATES, limit));
            ScoreDoc[] hits = top.scoreDocs;
            Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc)); // doc values are read forwards
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Ranked> ranked = new ArrayList<>(hits.length);
            int leafIndex = -1;
            LeafReaderContext leaf = null;
            BinaryDocValues people = null;
            for (ScoreDoc hit : hits) {
                while (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(++leafIndex);
                    people = DocValues.getBinary(leaf.reader(), PersonDocument.PERSON);
                }
                if (!people.advanceExact(hit.doc - leaf.docBase)) {
                    continue;
                }
                PreparedPerson person = PersonDocument.decode(people.binaryValue().utf8ToString());
                NameMatcher.Scored scored = matcher.score(prepared, person);
                if (scored.confidence() >= CONFIDENCE_FLOOR) {
                    ranked.add(new Ranked(scored, hit.score));
                }
            }
            // Equally likely people are listed by how many ways their names agree with the search (the candidate
            // query's score: exact, sounds-like, variant, typo keys), then by id: the same order every time, and one
            // an officer can be told.
            ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.scored().weight())
                    .thenComparingDouble(r -> -r.luceneScore())
                    .thenComparing(r -> r.scored().id(), LuceneNameIndex::byRecordId));
            List<PersonMatch> results = new ArrayList<>(Math.min(limit, ranked.size()));
            for (int i = 0; i < ranked.size() && i < limit; i++) {
                results.add(withTies(ranked.get(i).scored().toMatch(), ties(ranked, i)));
            }
            return results;
        } finally {
            searchers.release(searcher);
        }
    }

    private record Ranked(NameMatcher.Scored scored, float luceneScore) {
    }

    /**
     * Record ids in the order an officer reads them: numbers as numbers (record 9 before record 10, as a records
     * system's ids are), anything else alphabetically.
     */
    static int byRecordId(String one, String other) {
        if (isNumber(one) && isNumber(other)) {
            String a = withoutLeadingZeros(one);
            String b = withoutLeadingZeros(other);
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return one.compareTo(other);
    }

    private static boolean isNumber(String id) {
        return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    /** How many other people found are exactly as likely as the one at {@code index} (the list is sorted). */
    private static int ties(List<Ranked> ranked, int index) {
        double weight = ranked.get(index).scored().weight();
        int ties = 0;
        for (int i = index - 1; i >= 0 && Math.abs(ranked.get(i).scored().weight() - weight) < TIE; i--) {
            ties++;
        }
        for (int i = index + 1; i < ranked.size() && Math.abs(ranked.get(i).scored().weight() - weight) < TIE; i++) {
            ties++;
        }
        return ties;
    }

    /** Weights closer than this are the same evidence, summed in another order. */
    private static final double TIE = 1e-9;

    private static PersonMatch withTies(PersonMatch match, int ties) {
        if (ties == 0) {
            return match;
        }
        List<String> reasons = new ArrayList<>(match.reasons());
        reasons.add(Explanation.tie(ties));
        return new PersonMatch(match.id(), match.confidence(), match.matchedName(), reasons);
    }

    @Override
    public long size() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.rollback(); // closes without committing: see setCommitOnClose above
            } finally {
                directory.close();
            }
        }
    }
}
