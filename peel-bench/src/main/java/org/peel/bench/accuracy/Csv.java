package org.peel.bench.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the benchmark CSV files with Commons CSV: a header row, quoted fields with doubled quotes, CRLF or LF, and
 * spaces around values dropped (FEBRL separates its fields with ", ").
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private Csv() {
    }

    /** Rows as maps from (stripped) header name to (stripped) value; a short row gives "" for its missing columns. */
    static List<Map<String, String>> read(Reader reader) {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<Map<String, String>> out = new ArrayList<>();
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                out.add(row);
            }
            return out;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static List<Map<String, String>> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
    }

    static List<Map<String, String>> readResource(String name) {
        InputStream in = Csv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
