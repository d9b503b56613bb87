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
public final class StudyCommand implements Callable<Integer> {

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

    @Mixin
    SharedOptions.PosteriorDraws posterior;

    @Option(names = "--resume", description = "Reuse the replicates an interrupted run saved in the output folder.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only replicates r with (r-1) mod N = K-1; join the folders with merge.")
    String shard;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (overrides the study and its scenario).")
    Integer days;

    @Option(names = "--target-halfwidth", paramLabel = "H", description = "Add replicates in rounds until every policy's paired "
            + "deterrence 95% interval is at most H wide on each side (e.g. 0.01), or --max-replicates is reached; the manifest's "
            + "adaptive block says which stopped why.")
    Double targetHalfwidth;

    @Option(names = "--max-replicates", paramLabel = "N", description = "Most replicates per policy with --target-halfwidth (default: 200).")
    Integer maxReplicates;

    @Option(names = "--overwrite", description = "Run even if the output folder holds a finished study (replacing it); "
            + "without it an unchanged finished study is reused and a different one refused.")
    boolean overwrite;

    @Mixin
    SharedOptions.Quiet quiet;

    private final StudyRunner.Simulator simulator;
    private final StudyRunner.Engine engine;

    StudyCommand() {
        this(Simulation::run);
    }

    /** For tests: a stand-in for the model. */
    StudyCommand(StudyRunner.Simulator simulator) {
        this.simulator = simulator;
        this.engine = null;
    }

    /**
     * The same command with the replicates run by {@code engine} (channelsim-spark.jar's Spark engine);
     * {@code --threads} then only sets how many threads draw the charts.
     */
    public StudyCommand(StudyRunner.Engine engine) {
        this.simulator = null;
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        List<Problem> bad = new ArrayList<>();
        if (replicates.value != null && (replicates.value < 1 || replicates.value > StudyLoader.MAX_REPLICATES))
            bad.add(option("replicates", replicates.value + " is out of range [1, " + StudyLoader.MAX_REPLICATES + "]"));
        posterior.check(bad);
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
        if (targetHalfwidth != null && !(targetHalfwidth > 0 && targetHalfwidth < 1)) bad.add(option("target-halfwidth", "must be a share between 0 and 1, e.g. 0.01"));
        if (maxReplicates != null && targetHalfwidth == null) bad.add(option("max-replicates", "goes with --target-halfwidth"));
        if (maxReplicates != null && maxReplicates < 2) bad.add(option("max-replicates", "must be at least 2"));
        if (targetHalfwidth != null && shard != null) bad.add(option("target-halfwidth", "cannot be used with --shard (the replicate count is decided as the study runs)"));
        if (!bad.isEmpty()) throw new ConfigException(bad);

        Study study = StudyLoader.load(file);
        if (replicates.value != null) study = study.withReplicates(replicates.value);
        study = posterior.apply(study);
        if (days != null) study = study.withDays(days);
        Path dir = out.prepare(Path.of("runs", study.name())); // before any work, and before the lock
        int n = threads.count();
        PrintWriter err = spec.commandLine().getErr();
        Studies.Adaptive adaptive = targetHalfwidth == null ? null
                : new Studies.Adaptive(targetHalfwidth, maxReplicates != null ? maxReplicates : 200);
        if (adaptive != null && study.replicates() > adaptive.maxReplicates()) study = study.withReplicates(adaptive.maxReplicates());
        if (adaptive != null && study.replicates() < 2) study = study.withReplicates(2);
        Studies.Report rep;
        Thread hook = null;
        try (FolderLock lock = FolderLock.acquire(dir, out.place(dir), "study " + study.name(), quiet.on ? x -> { } : err::println)) {
            if (!quiet.on) study.notes().forEach(err::println);
            PrintStream log = quiet.on ? null : new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8);
            StudyRunner.Options opts = new StudyRunner.Options(n, dir, resume, sh, log, System.console() != null);
            if (!resume && !overwrite && sh == null) {
                Studies.Existing ex = Studies.existing(dir, study, adaptive);
                if (ex.finished() && ex.same()) {
                    if (!quiet.on) spec.commandLine().getOut().println(study.name() + ": " + dir + " already holds this finished study "
                            + "(same configuration, replicates and code): nothing to run; report: " + dir.resolve("report.html")
                            + " (--overwrite runs it again)");
                    return 0;
                }
                if (ex.finished())
                    throw new ConfigException(option("out", dir + " holds a finished study that differs from this one: " + ex.why()
                            + "; use --overwrite to replace it, or choose another --out"));
            }
            hook = interruptionNote(study, dir, err);
            rep = engine != null ? Studies.run(study, opts, engine, adaptive) : Studies.run(study, opts, simulator, adaptive);
        } catch (ExecutionException e) {
            err.println("channelsim study: a replicate failed; the finished ones are saved in " + dir.resolve("replicates")
                    + " (rerun with --resume to continue)");
            throw e.getCause() instanceof Exception c ? c : e;
        } finally {
            try {
                if (hook != null) Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook is running
            }
        }
        if (quiet.on) return 0;
        PrintWriter w = spec.commandLine().getOut();
        StudyRunner.Outcome o = rep.outcome();
        double secs = o.nanos() / 1e9;
        String where = engine != null ? String.valueOf(engine.describe().getOrDefault("engine", "engine"))
                : n + " thread" + (n == 1 ? "" : "s");
        w.printf(Locale.ROOT, "%s: %d replicate runs in %.1f s on %s (%.2f replicate-years/s)%s%n", study.name(),
                o.computed(), secs, where, secs > 0 ? o.computed() * study.days() / 365.25 / secs : 0.0,
                o.reused() > 0 ? "; " + o.reused() + " reused from an earlier run" : "");
        if (rep.results() == null) {
            w.println("shard " + sh + " saved in " + dir + "; when every shard is done: channelsim merge DIR... --out DIR");
            return 0;
        }
        brief(w, rep.results(), dir);
        return 0;
    }

    /**
     * Ctrl-C (or a kill) ends the JVM through its shutdown hooks: say what is saved and the command that
     * resumes. Replicates in flight are lost; each finished one was saved as it finished.
     */
    private Thread interruptionNote(Study study, Path dir, PrintWriter err) {
        Study st = study;
        String again = "./channelsim study " + file + " --out " + dir + " --resume"
                + (replicates.value != null && targetHalfwidth == null ? " --replicates " + replicates.value : "")
                + (posterior.file != null ? " --posterior " + posterior.file : "") + (posterior.draws != null ? " --draws " + posterior.draws : "")
                + (days != null ? " --days " + days : "") + (shard != null ? " --shard " + shard : "")
                + (targetHalfwidth != null ? " --target-halfwidth " + targetHalfwidth : "")
                + (maxReplicates != null ? " --max-replicates " + maxReplicates : "");
        Thread hook = new Thread(() -> {
            int saved = 0, total = 0;
            try (channelsim.experiment.ReplicateStore store = new channelsim.experiment.ReplicateStore(dir, st.info(""))) {
                store.scan();
                for (Study.Policy p : st.policies())
                    for (int r = 1; r <= st.replicates(); r++) {
                        total++;
                        if (store.has(p.index(), r)) saved++;
                    }
            } catch (java.io.IOException | RuntimeException e) {
                // the count is a courtesy; the resume command below is what matters
            }
            err.println();
            err.println("channelsim study: interrupted; " + saved + " of " + total + " replicate runs are saved in " + dir
                    + "; the tables and report are written when the study finishes. To continue where it stopped: " + again);
            err.flush();
        }, "study-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static Problem option(String name, String message) {
        return Problem.option(name, message);
    }

    private static void brief(PrintWriter w, StudyResults res, Path dir) {
        String answer = channelsim.experiment.StudyReport.answerText(res);
        if (!answer.isEmpty()) w.println("answer: " + answer);
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
    static final class WriterStream extends OutputStream {
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
