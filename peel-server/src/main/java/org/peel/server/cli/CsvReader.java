package org.peel.server.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields may be quoted, a quoted field may hold commas, line
 * breaks and doubled quotes. Each record knows the line it started on, for error messages.
 */
final class CsvReader implements Closeable {

    /** One record and the line of the file it started on (the header is line 1). */
    record Row(long line, List<String> fields) {
    }

    private final Reader reader;
    private long line = 1;
    private int peeked = -2;

    CsvReader(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return new Row(startLine, fields);
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                line++;
                fields.add(field.toString());
                return new Row(startLine, fields);
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        peeked = c;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
