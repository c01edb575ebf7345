package org.peel.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.peel.match.CandidateName;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.PersonEntry;

/**
 * The plain Lucene set-up Peel has to beat: one document per person with each name word as written (lower case),
 * its Double Metaphone code, and the dates of birth; a search is a disjunction of a fuzzy query (up to two edits)
 * and a phonetic term query per word, and a term query on the date of birth, ranked by Lucene's BM25 score. No
 * normalisation beyond lower case, no nicknames, no swapped names, no scorer. Built over the same people and asked
 * the same searches as Peel, in the same run, so that Peel's figures can be given as ratios to it on a machine whose
 * speed varies from run to run.
 */
final class LuceneBaseline implements AutoCloseable {

    private static final String ID = "id";
    private static final String FORENAME = "f";
    private static final String FORENAME_PHONETIC = "fp";
    private static final String SURNAME = "s";
    private static final String SURNAME_PHONETIC = "sp";
    private static final String DOB = "dob";

    private final Directory directory;
    private final IndexWriter writer;
    private final ThreadLocal<DoubleMetaphone> metaphone = ThreadLocal.withInitial(DoubleMetaphone::new);
    private DirectoryReader reader;
    private IndexSearcher searcher;

    LuceneBaseline(Path path) throws IOException {
        this.directory = FSDirectory.open(path);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256));
    }

    void addAll(List<PersonEntry> people) {
        people.parallelStream().forEach(person -> {
            try {
                writer.addDocument(document(person));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
    }

    /** Commits and opens the searcher. */
    void commit() throws IOException {
        writer.commit();
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    private Document document(PersonEntry person) {
        Document doc = new Document();
        doc.add(new StoredField(ID, person.id()));
        for (CandidateName name : person.names()) {
            for (String word : words(name.forenames())) {
                doc.add(new StringField(FORENAME, word, Field.Store.NO));
                doc.add(new StringField(FORENAME_PHONETIC, metaphone.get().doubleMetaphone(word), Field.Store.NO));
            }
            for (String word : words(name.surname())) {
                doc.add(new StringField(SURNAME, word, Field.Store.NO));
                doc.add(new StringField(SURNAME_PHONETIC, metaphone.get().doubleMetaphone(word), Field.Store.NO));
            }
        }
        for (PartialDate dob : person.datesOfBirth()) {
            doc.add(new StringField(DOB, dob.toString(), Field.Store.NO));
        }
        return doc;
    }

    List<String> search(NameQuery query, int limit) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : words(query.forenames())) {
            builder.add(new FuzzyQuery(new Term(FORENAME, word)), Occur.SHOULD);
            builder.add(new TermQuery(new Term(FORENAME_PHONETIC, metaphone.get().doubleMetaphone(word))), Occur.SHOULD);
        }
        for (String word : words(query.surname())) {
            builder.add(new BoostQuery(new FuzzyQuery(new Term(SURNAME, word)), 1.5f), Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(SURNAME_PHONETIC, metaphone.get().doubleMetaphone(word))),
                    1.5f), Occur.SHOULD);
        }
        if (query.dateOfBirth() != null) {
            builder.add(new BoostQuery(new TermQuery(new Term(DOB, query.dateOfBirth().toString())), 2f), Occur.SHOULD);
        }
        Query lucene = builder.build();
        ScoreDoc[] hits = searcher.search(lucene, limit).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ids.add(stored.document(hit.doc).get(ID));
        }
        return ids;
    }

    private static List<String> words(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(2);
        for (String word : written.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
