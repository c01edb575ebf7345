package org.peel.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data files beside these classes, UTF-8 text with blank lines and lines starting with # skipped: the
 * {@code .csv} files as rows of trimmed fields (RFC 4180, read with Apache Commons CSV; no header row), the
 * {@code .txt} files line by line in their own formats.
 */
final class ReferenceFile {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private ReferenceFile() {
    }

    /** The rows of a {@code .csv} data file, each with exactly {@code columns} fields. */
    static List<String[]> rows(String name, int columns) {
        try (Reader reader = open(name); CSVParser parser = CSV.parse(reader)) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() != columns) {
                    throw new IllegalStateException("org/peel/synthetic/" + name + " line "
                            + parser.getCurrentLineNumber() + " has " + record.size() + " fields; " + columns
                            + " are expected");
                }
                rows.add(record.values());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/peel/synthetic/" + name, e);
        }
    }

    /** The lines of a {@code .txt} data file. */
    static List<String> lines(String name) {
        try (BufferedReader reader = open(name)) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/peel/synthetic/" + name, e);
        }
    }

    private static BufferedReader open(String name) {
        InputStream in = ReferenceFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing data file org/peel/synthetic/" + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
