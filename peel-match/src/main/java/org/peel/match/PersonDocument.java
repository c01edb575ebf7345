package org.peel.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * How a person is laid out in the Lucene index. One document per person (not one per name): the search returns
 * people, aliases add keys to the same document, so no grouping or de-duplication of hits is needed and the
 * candidate cap counts people. Every key field is multi-valued and holds the keys of all names and aliases:
 * <ul>
 *   <li>{@code fe}/{@code se}: exact normalised forename and surname words (and joined and particle-less forms)</li>
 *   <li>{@code fp}/{@code sp}: phonetic codes, {@code m:} Double Metaphone and {@code b:} Beider–Morse</li>
 *   <li>{@code fg}/{@code sg}: nickname and spelling variant groups</li>
 *   <li>{@code fi}: forename initials</li>
 *   <li>{@code fx}: the first 3 and 4 letters of longer forenames, so that a short form on no list finds them
 *       ("Olu" finds Olusegun)</li>
 *   <li>{@code ft}/{@code st}: typo keys, the word and the word with each one letter left out, so that words one
 *       edit apart (a letter changed, added, dropped, or two swapped) share a key. Lucene's FuzzyQuery finds the
 *       same, but builds a Levenshtein automaton for every search, which cost more than the rest of the search.</li>
 *   <li>{@code dob}: {@code d}yyyymmdd, {@code m}yyyymm, {@code y}yyyy; {@code dobr}: the span of days each date of
 *       birth could be; {@code dobk}: "n" when no date of birth is known</li>
 *   <li>{@code sex}: M, F or U</li>
 *   <li>{@code rs}: "y" for a restricted person, absent otherwise (so an index written before restriction existed
 *       needs no rebuild); {@code rd}: a restricted person's reader keys ({@link Visibility})</li>
 *   <li>{@code person}: binary doc value, the id, the names as written and normalised, dates of birth and sex,
 *       for the scorer</li>
 * </ul>
 */
final class PersonDocument {

    static final String ID = "id";
    static final String PERSON = "person";
    static final String FORENAME_EXACT = "fe";
    static final String FORENAME_PHONETIC = "fp";
    static final String FORENAME_GROUP = "fg";
    static final String FORENAME_INITIAL = "fi";
    static final String FORENAME_PREFIX = "fx";
    static final String FORENAME_TYPO = "ft";
    static final String SURNAME_TYPO = "st";
    static final String SURNAME_EXACT = "se";
    static final String SURNAME_PHONETIC = "sp";
    static final String SURNAME_GROUP = "sg";
    static final String DOB = "dob";
    static final String DOB_RANGE = "dobr";
    static final String DOB_KNOWN = "dobk";
    static final String SEX = "sex";
    static final String RESTRICTED = "rs";
    static final String READERS = "rd";

    private static final char FIELD = '\t';
    private static final char RECORD = '\n';

    private PersonDocument() {
    }

    static Document of(PreparedPerson person, NameKeys keys, Set<String> readers) {
        Document doc = new Document();
        if (!readers.isEmpty()) {
            doc.add(new StringField(RESTRICTED, "y", Field.Store.NO));
            addAll(doc, READERS, readers);
        }
        doc.add(new StringField(ID, person.id(), Field.Store.YES));
        // doc values, not stored fields: read for every candidate of every search, and stored fields decompress a
        // whole block per document
        doc.add(new BinaryDocValuesField(PERSON, new BytesRef(encode(person))));
        Set<String> forenameExact = new LinkedHashSet<>();
        Set<String> forenamePhonetic = new LinkedHashSet<>();
        Set<String> forenameGroups = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        Set<String> forenameTypos = new LinkedHashSet<>();
        Set<String> surnameTypos = new LinkedHashSet<>();
        Set<String> surnameExact = new LinkedHashSet<>();
        Set<String> surnamePhonetic = new LinkedHashSet<>();
        Set<String> surnameGroups = new LinkedHashSet<>();
        for (PreparedName name : person.names()) {
            for (String word : IndexKeys.searchForms(name.forenames())) {
                forenameExact.add(word);
                initials.add(word.substring(0, 1));
                IndexKeys.prefixKeys(word, prefixes);
                IndexKeys.typoKeys(word, forenameTypos);
                IndexKeys.addKeys(keys.of(word), forenamePhonetic, forenameGroups);
            }
            for (String word : IndexKeys.searchForms(name.surname())) {
                surnameExact.add(word);
                IndexKeys.typoKeys(word, surnameTypos);
                IndexKeys.addKeys(keys.of(word), surnamePhonetic, surnameGroups);
            }
            IndexKeys.dropNicknameGroups(surnameGroups);
        }
        addAll(doc, FORENAME_EXACT, forenameExact);
        addAll(doc, FORENAME_PHONETIC, forenamePhonetic);
        addAll(doc, FORENAME_GROUP, forenameGroups);
        addAll(doc, FORENAME_INITIAL, initials);
        addAll(doc, FORENAME_PREFIX, prefixes);
        addAll(doc, SURNAME_EXACT, surnameExact);
        addAll(doc, SURNAME_PHONETIC, surnamePhonetic);
        addAll(doc, SURNAME_GROUP, surnameGroups);
        addAll(doc, FORENAME_TYPO, forenameTypos);
        addAll(doc, SURNAME_TYPO, surnameTypos);
        Set<String> dobKeys = new LinkedHashSet<>();
        for (PartialDate dob : person.datesOfBirth()) {
            dobKeys.addAll(IndexKeys.dateKeys(dob));
            doc.add(new IntRange(DOB_RANGE, new int[] {(int) dob.earliest().toEpochDay()},
                    new int[] {(int) dob.latest().toEpochDay()}));
        }
        addAll(doc, DOB, dobKeys);
        if (person.datesOfBirth().isEmpty()) {
            doc.add(new StringField(DOB_KNOWN, "n", Field.Store.NO));
        }
        doc.add(new StringField(SEX, person.sex() == null ? Sex.UNKNOWN.code() : person.sex().code(), Field.Store.NO));
        return doc;
    }

    private static void addAll(Document doc, String field, Set<String> values) {
        for (String value : values) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    /** The stored form: sex, dates of birth, then one line per name with written and normalised parts. */
    static String encode(PreparedPerson person) {
        StringBuilder out = new StringBuilder(128);
        out.append(clean(person.id())).append(RECORD);
        out.append(person.sex() == null ? "" : person.sex().code()).append(RECORD);
        for (int i = 0; i < person.datesOfBirth().size(); i++) {
            out.append(i == 0 ? "" : ",").append(person.datesOfBirth().get(i));
        }
        for (PreparedName name : person.names()) {
            out.append(RECORD).append(name.written().primary() ? 'P' : 'A')
                    .append(FIELD).append(clean(name.written().forenames()))
                    .append(FIELD).append(clean(name.written().surname()))
                    .append(FIELD).append(String.join(" ", name.forenames().words()))
                    .append(FIELD).append(String.join(" ", name.forenames().alsoFoundBy()))
                    .append(FIELD).append(String.join(" ", name.surname().words()))
                    .append(FIELD).append(String.join(" ", name.surname().alsoFoundBy()));
        }
        return out.toString();
    }

    static PreparedPerson decode(String stored) {
        String[] records = stored.split("\n", -1);
        String id = records[0];
        Sex sex = records[1].isEmpty() ? null : Sex.fromCode(records[1]);
        List<PartialDate> dobs = new ArrayList<>(1);
        if (!records[2].isEmpty()) {
            for (String dob : records[2].split(",")) {
                dobs.add(PartialDate.parse(dob));
            }
        }
        List<PreparedName> names = new ArrayList<>(records.length - 3);
        for (int r = 3; r < records.length; r++) {
            String[] f = records[r].split("\t", -1);
            CandidateName written = new CandidateName(f[1], f[2], f[0].equals("P"));
            names.add(new PreparedName(written, parts(f[3], f[4]), parts(f[5], f[6])));
        }
        return new PreparedPerson(id, names, dobs, sex);
    }

    private static NameParts parts(String words, String alsoFoundBy) {
        if (words.isEmpty()) {
            return NameParts.EMPTY;
        }
        return new NameParts(List.of(words.split(" ")), alsoFoundBy.isEmpty() ? List.of() : List.of(alsoFoundBy.split(" ")));
    }

    private static String clean(String written) {
        return written == null ? "" : written.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
