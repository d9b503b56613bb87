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
    private int total, done;

    ProgressLine(String task, PrintWriter err, boolean quiet) {
        this.task = task;
        this.err = err;
        this.quiet = quiet;
    }

    void start(int totalUnits) {
        total = totalUnits;
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
            err.printf("%s [%d/%d] %s%n", task, Math.min(done, total), total, status);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
