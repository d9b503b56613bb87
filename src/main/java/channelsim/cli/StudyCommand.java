package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Stats;
import channelsim.experiment.Studies;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyResults;
import channelsim.experiment.StudyRunner;
import channelsim.model.ChannelModel;
import channelsim.output.Num;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code channelsim study FILE.yaml}: Monte Carlo over a study's policies, with paired statistics and a report. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Run every policy of a study over many replicates (common random numbers) and write "
                + "replicates.csv, summary.csv, weekly_bands.csv, charts/, report.html and manifest.json.")
public final class StudyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "the study file")
    Path file;

    @Option(names = "--replicates", paramLabel = "N", description = "replicates per policy (overrides the file)")
    Integer replicates;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: runs/<study name>/)")
    Path out;

    @Option(names = "--resume", description = "reuse replicates saved in the output folder by an interrupted run")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only replicates r with (r-1) mod N = K-1; join with merge")
    String shard;

    @Option(names = "--days", paramLabel = "N", description = "simulated days (overrides the study and scenario)")
    Integer days;

    private final StudyRunner.Simulator simulator;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public StudyCommand() {
        this(ChannelModel::run, System.out, System.err);
    }

    /** For tests: a stand-in simulator and captured streams. */
    public StudyCommand(StudyRunner.Simulator simulator, PrintStream stdout, PrintStream stderr) {
        this.simulator = simulator;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        List<String> bad = new ArrayList<>();
        if (replicates != null && replicates < 1) bad.add("--replicates: must be at least 1");
        if (threads != null && threads < 1) bad.add("--threads: must be at least 1");
        if (days != null && (days < 1 || days > 36500)) bad.add("--days: must be in [1, 36500]");
        StudyRunner.Shard sh = null;
        if (shard != null) {
            try {
                sh = StudyRunner.Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                bad.add("--shard: " + e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            bad.forEach(stderr::println);
            return 2;
        }
        try {
            Study study = StudyLoader.load(file);
            if (replicates != null) study = study.withReplicates(replicates);
            if (days != null) study = study.withDays(days);
            Path dir = out != null ? out : Path.of("runs", study.name());
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            StudyRunner.Options opts = new StudyRunner.Options(n, dir, resume, sh, stderr, System.console() != null);
            Studies.Report rep = Studies.run(study, opts, simulator);
            StudyRunner.Outcome o = rep.outcome();
            double secs = o.nanos() / 1e9;
            stdout.println(String.format(Locale.ROOT, "%s: %d replicate runs in %.1f s on %d threads (%.2f replicate-years/s)%s",
                    study.name(), o.computed(), secs, n,
                    secs > 0 ? o.computed() * study.days() / 365.25 / secs : 0.0,
                    o.reused() > 0 ? ", " + o.reused() + " reused" : ""));
            if (rep.results() == null) {
                stdout.println("shard " + sh + " saved in " + dir + "; join the shards with: channelsim merge DIR... --out DIR");
                return 0;
            }
            printBrief(rep.results(), dir);
            return 0;
        } catch (ConfigException e) {
            for (Problem p : e.problems()) stderr.println(p);
            return 2;
        } catch (IOException | ExecutionException e) {
            Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            stderr.println("study failed: " + c);
            stderr.println("finished replicates are saved; rerun with --resume to continue");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stderr.println("study interrupted; rerun with --resume to continue");
            return 1;
        }
    }

    private void printBrief(StudyResults res, Path dir) {
        for (StudyResults.Ranked r : res.ranking()) {
            Stats.Estimate d = r.deterrence();
            stdout.println(String.format(Locale.ROOT, "  %2d. %-28s deterrence %s [%s, %s]%s", r.rank(), r.policy(),
                    Num.percent(d.mean()), Num.percent(d.low()), Num.percent(d.high()), r.separatedFromNext() ? "" : "  ~"));
        }
        if (!res.warnings().isEmpty()) stdout.println(res.warnings().size() + " warning(s): see report.html");
        stdout.println("wrote " + dir.resolve("report.html"));
    }
}
