package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Stats;
import channelsim.experiment.Studies;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyResults;
import channelsim.experiment.StudyRunner;
import channelsim.output.FolderLock;
import channelsim.output.Num;
import channelsim.policy.Simulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code channelsim study FILE.yaml}: Monte Carlo over a study's policies, with paired statistics and a report. */
@Command(name = "study", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = "Run every policy of a study over many replicates with common random numbers and write "
                + "DIR/replicates.csv, summary.csv, quantiles.csv, weekly_bands.csv, charts/, report.html and manifest.json.")
final class StudyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", description = "Study file.")
    Path file;

    @Mixin
    SharedOptions.Replicates replicates;

    @Mixin
    SharedOptions.Threads threads;

    @Mixin
    SharedOptions.Out out;

    @Option(names = "--resume", description = "Reuse the replicates an interrupted run saved in the output folder.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only replicates r with (r-1) mod N = K-1; join the folders with merge.")
    String shard;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (overrides the study and its scenario).")
    Integer days;

    @Mixin
    SharedOptions.Quiet quiet;

    private final StudyRunner.Simulator simulator;

    StudyCommand() {
        this(Simulation::run);
    }

    /** For tests: a stand-in for the model. */
    StudyCommand(StudyRunner.Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Integer call() throws Exception {
        List<Problem> bad = new ArrayList<>();
        if (replicates.value != null && (replicates.value < 1 || replicates.value > StudyLoader.MAX_REPLICATES))
            bad.add(option("replicates", replicates.value + " is out of range [1, " + StudyLoader.MAX_REPLICATES + "]"));
        if (threads.value != null && threads.value < 1) bad.add(option("threads", "must be at least 1"));
        if (days != null && (days < 1 || days > 36500)) bad.add(option("days", days + " is out of range [1, 36500]"));
        StudyRunner.Shard sh = null;
        if (shard != null) {
            try {
                sh = StudyRunner.Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                bad.add(option("shard", e.getMessage()));
            }
        }
        if (out.value != null && out.value.toString().isBlank()) bad.add(option("out", "must name a folder (it is empty); e.g. --out runs/my-study"));
        if (!bad.isEmpty()) throw new ConfigException(bad);

        Study study = StudyLoader.load(file);
        if (replicates.value != null) study = study.withReplicates(replicates.value);
        if (days != null) study = study.withDays(days);
        Path dir = out.prepare(Path.of("runs", study.name())); // before any work, and before the lock
        int n = threads.count();
        PrintWriter err = spec.commandLine().getErr();
        Studies.Report rep;
        try (FolderLock lock = FolderLock.acquire(dir, out.place(dir), "study " + study.name(), quiet.on ? x -> { } : err::println)) {
            if (!quiet.on) study.notes().forEach(err::println);
            PrintStream log = quiet.on ? null : new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
            StudyRunner.Options opts = new StudyRunner.Options(n, dir, resume, sh, log, System.console() != null);
            rep = Studies.run(study, opts, simulator);
        } catch (ExecutionException e) {
            err.println("channelsim study: a replicate failed; the finished ones are saved in " + dir.resolve("replicates")
                    + " (rerun with --resume to continue)");
            throw e.getCause() instanceof Exception c ? c : e;
        }
        if (quiet.on) return 0;
        PrintWriter w = spec.commandLine().getOut();
        StudyRunner.Outcome o = rep.outcome();
        double secs = o.nanos() / 1e9;
        w.printf(Locale.ROOT, "%s: %d replicate runs in %.1f s on %d thread%s (%.2f replicate-years/s)%s%n", study.name(),
                o.computed(), secs, n, n == 1 ? "" : "s", secs > 0 ? o.computed() * study.days() / 365.25 / secs : 0.0,
                o.reused() > 0 ? "; " + o.reused() + " reused from an earlier run" : "");
        if (rep.results() == null) {
            w.println("shard " + sh + " saved in " + dir + "; when every shard is done: channelsim merge DIR... --out DIR");
            return 0;
        }
        brief(w, rep.results(), dir);
        return 0;
    }

    private static Problem option(String name, String message) {
        return Problem.option(name, message);
    }

    private static void brief(PrintWriter w, StudyResults res, Path dir) {
        w.println("deterrence against " + res.info().baseline() + " (paired 95% CI):");
        for (StudyResults.Ranked r : res.ranking()) {
            Stats.Estimate d = r.deterrence();
            w.printf(Locale.ROOT, "  %2d. %-30s %7s  [%s, %s]%s%n", r.rank(), r.policy(), Num.percent(d.mean()),
                    Num.percent(d.low()), Num.percent(d.high()), r.separatedFromNext() ? "" : "  ~ not separated from the next");
        }
        if (!res.warnings().isEmpty()) w.println(res.warnings().size() + " warning(s), see the report");
        w.println("report: " + dir.resolve("report.html"));
    }

    /** Progress goes to picocli's error writer, so tests and callers can capture it. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter w;

        WriterStream(PrintWriter w) { this.w = w; }

        @Override
        public void write(int b) { w.write(b); }

        @Override
        public void write(byte[] b, int off, int len) { w.write(new String(b, off, len, StandardCharsets.UTF_8)); }

        @Override
        public void flush() { w.flush(); }
    }
}
