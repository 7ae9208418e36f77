package org.guidekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

import org.guidekit.library.BuildListener;
import org.guidekit.library.GuideOutcome;
import org.guidekit.render.Progress;

/**
 * A one-line progress bar on the terminal: guides done of total, the current guide or task and the time left.
 * Only drawn on an interactive terminal outside CI and without {@code --quiet}; otherwise silent.
 */
final class ProgressBar implements BuildListener, Progress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String current = "";
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar for an interactive terminal; silent in CI, in pipes and with --quiet. */
    static ProgressBar forTerminal(PrintWriter err, CommonOptions common) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new ProgressBar(err, terminal && !common.quiet);
    }

    @Override
    public void started(int guides) {
        total = guides;
        draw(true);
    }

    @Override
    public void guideStarted(String name) {
        current = name;
        draw(false);
    }

    @Override
    public void guideFinished(GuideOutcome outcome) {
        done.incrementAndGet();
        draw(true);
    }

    @Override
    public void update(String task, long unitsDone, long units) {
        current = task + " " + (units == 0 ? 0 : 100 * unitsDone / units) + "%";
        draw(false);
    }

    /** Clears the bar before the summary is printed. */
    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }

    private synchronized void draw(boolean force) {
        long now = System.nanoTime();
        if (!enabled || (!force && now - lastDraw < 100_000_000L)) {
            return;
        }
        lastDraw = now;
        int d = done.get();
        int filled = total == 0 ? WIDTH : WIDTH * d / total;
        String left = "";
        if (d > 0 && d < total) {
            long secondsLeft = (now - start) / 1_000_000_000L * (total - d) / d;
            left = String.format("  about %d:%02d left", secondsLeft / 60, secondsLeft % 60);
        }
        // `render` has no guide count, only the current task's own progress.
        String counts = total == 0 ? "" : "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + d + "/"
                + total + "  ";
        String line = counts + current + left;
        err.print("\r" + (line.length() > 79 ? line.substring(0, 79) : String.format("%-79s", line)));
        err.flush();
    }
}
