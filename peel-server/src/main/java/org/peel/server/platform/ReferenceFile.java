package org.peel.server.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference-data file from the classpath ({@code reference/*.csv}) with Apache Commons CSV: a header line,
 * then one row a line as RFC 4180 writes them (a field holding a comma is quoted); blank lines and lines starting with
 * {@code #} are skipped, and fields are trimmed.
 */
public final class ReferenceFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private ReferenceFile() {
    }

    /** The rows of {@code resource} after its header, each of exactly {@code columns} fields. */
    public static List<String[]> read(String resource, int columns) {
        try (InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the build");
            }
            return rows(resource, FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read reference data " + resource + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> rows(String resource, CSVParser parser, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (CSVRecord record : parser) {
            if (header) {
                header = false;
                continue;
            }
            if (record.size() != columns) {
                throw new IllegalStateException(resource + " line " + parser.getCurrentLineNumber() + " has "
                        + record.size() + " fields; " + columns + " are expected (quote a field that holds a comma)");
            }
            rows.add(record.values());
        }
        return rows;
    }
}
