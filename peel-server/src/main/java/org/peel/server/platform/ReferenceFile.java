package org.peel.server.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a reference-data file from the classpath ({@code reference/*.csv}): a header line, then one row a line,
 * fields separated by commas; blank lines and lines starting with {@code #} are skipped. Titles must not contain
 * commas, except in the last column, which keeps any further commas.
 */
public final class ReferenceFile {

    private ReferenceFile() {
    }

    /** The rows of {@code resource}, each split into exactly {@code columns} trimmed fields. */
    public static List<String[]> read(String resource, int columns) {
        try (InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", columns);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + " has " + fields.length
                            + " fields; " + columns + " are expected");
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + resource, e);
        }
    }
}
