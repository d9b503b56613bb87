package channelsim.experiment;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Study progress: a progress bar with ETA on a terminal, plain periodic lines otherwise (logs, CI, pipes).
 * Only the collecting thread calls it, so it needs no locking.
 */
final class Progress implements AutoCloseable {
    private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;
    private final PrintStream out;
    private final ProgressBar bar;
    private final String task;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastLine = startNanos;
    private int lastTenth;

    Progress(String task, long total, PrintStream out, boolean terminal) {
        this.out = out;
        this.task = task;
        this.total = total;
        this.bar = out != null && terminal && total > 0
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(500).build()
                : null;
        if (out != null && bar == null) out.println(task + ": " + total + " replicate runs to do");
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        if (out == null) return;
        long now = System.nanoTime();
        int tenth = (int) (10 * done / Math.max(1, total));
        if (now - lastLine >= PLAIN_EVERY_NANOS || tenth > lastTenth || done == total) {
            double el = (now - startNanos) / 1e9;
            double eta = done == 0 ? 0 : el / done * (total - done);
            out.println(String.format(Locale.ROOT, "%s: %d/%d (%.0f%%), %.0fs elapsed, ETA %.0fs",
                    task, done, total, 100.0 * done / Math.max(1, total), el, eta));
            lastLine = now;
            lastTenth = tenth;
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
