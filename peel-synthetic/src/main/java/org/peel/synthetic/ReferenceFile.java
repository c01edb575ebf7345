package org.peel.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the data files beside these classes: UTF-8 text, blank lines and lines starting with # skipped. */
final class ReferenceFile {

    private ReferenceFile() {
    }

    static List<String> lines(String name) {
        InputStream in = ReferenceFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing data file org/peel/synthetic/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/peel/synthetic/" + name, e);
        }
    }
}
