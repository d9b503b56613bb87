package channelsim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * Progress of a long command: a bar on a terminal, plain lines otherwise (logs and CI stay readable).
 * Both go to the error stream so that standard output stays for results.
 */
final class ProgressLine implements AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private final String task;
    private ProgressBar bar;
    private int total, done, lastTenth;
    private long started = System.nanoTime(), lastLine = started;
    /** Off a terminal: a line at each tenth of the work or every 10 s, whichever comes first, with the ETA. */
    private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

    ProgressLine(String task, PrintWriter err, boolean quiet) {
        this.task = task;
        this.err = err;
        this.quiet = quiet;
    }

    void start(int totalUnits) {
        total = totalUnits;
        started = lastLine = System.nanoTime();
        if (quiet) return;
        if (System.console() != null)
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalUnits).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build();
    }

    void step(String status) {
        done++;
        if (quiet) return;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + status);
        } else {
            long now = System.nanoTime();
            int tenth = (int) (10L * done / Math.max(1, total));
            if (now - lastLine < PLAIN_EVERY_NANOS && tenth == lastTenth && done < total) return;
            double el = (now - started) / 1e9, eta = el / Math.max(1, done) * (total - done);
            err.printf(java.util.Locale.ROOT, "%s: %d/%d (%.0f%%), %.0fs elapsed, ETA %.0fs%n", task, Math.min(done, total), total,
                    100.0 * done / Math.max(1, total), el, eta);
            err.flush();
            lastLine = now;
            lastTenth = tenth;
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
