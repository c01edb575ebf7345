package org.peel.server.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the command line's CSV files with Apache Commons CSV, in the dialect of RFC 4180 (a quoted field may hold
 * commas, line breaks and doubled quotes), and tells the line each record starts on, for error messages. Empty lines
 * are kept as records of one empty field, so that line numbers count every line of the file.
 */
final class CsvReader implements Closeable {

    /** How the command line reads and writes CSV: RFC 4180, with plain {@code \n} line ends when writing. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** One record and the line of the file it started on (the header is line 1). */
    record Row(long line, List<String> fields) {

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The file stops being CSV at {@code line}: nothing from there on can be read. */
    static final class Unreadable extends IOException {

        private final long line;

        Unreadable(long line, Throwable cause) {
            super("cannot be read as CSV (" + cause.getMessage() + "); the rest of the file was not read", cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvReader(Reader reader) throws IOException {
        parser = FORMAT.parse(reader);
        records = parser.iterator();
    }

    /** The next record, or null at the end of the file. */
    Row next() throws Unreadable {
        // The parser has read up to the end of the previous record: this one starts on the following line.
        long line = parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? new Row(line, records.next().toList()) : null;
        } catch (UncheckedIOException | IllegalStateException bad) {
            throw new Unreadable(line, bad.getCause() == null ? bad : bad.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
