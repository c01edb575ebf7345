package org.peel.server.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal for long work: done of total, the rate, and the time so far. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        draw(done);
    }

    void finish(long done) {
        draw(done);
        out.println();
    }

    private void draw(long done) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        String bar;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%% ", Math.min(100, 100 * done / total));
        } else {
            bar = "";
        }
        out.print(String.format(Locale.ROOT, "\r%s%,d%s %s  %,.0f/s  %.1fs", bar, done,
                total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "", what, done / seconds, seconds));
        out.flush();
    }
}
