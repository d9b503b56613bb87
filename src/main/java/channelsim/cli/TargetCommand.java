package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.GoalSeek;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code channelsim target STUDY --lever KEY --goal deterrence=X}: the smallest lever value that reaches a goal. */
@Command(name = "target", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = "Goal seeking: find the smallest value of a lever at which a policy of the study reaches a goal "
                + "(e.g. --goal deterrence=0.5: half the baseline's crossings), over paired replicates (and the study's posterior "
                + "draws, or --posterior FILE --draws N); writes "
                + "DIR/target.csv (the answer and its interval), DIR/response.csv and DIR/charts/response.png/.svg.")
final class TargetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STUDY.yaml", description = "Study file: its baseline, replicates, seed and samples are used.")
    Path file;

    @Option(names = "--lever", required = true, paramLabel = "KEY", description = "Numeric parameter to vary, e.g. policies.one_in_one_out.returns_per_week.")
    String lever;

    @Option(names = "--goal", required = true, paramLabel = "METRIC=X", description = "deterrence=X or deterrence_from_start=X (shares, 0.5 = half).")
    String goal;

    @Option(names = "--range", paramLabel = "LO:HI", description = "Values to search (default: the parameter's range in describe).")
    String range;

    @Option(names = "--policy", paramLabel = "NAME", description = "Policy of the study to vary (default: the first that is not the baseline).")
    String policy;

    @Mixin
    SharedOptions.Replicates replicates;

    @Mixin
    SharedOptions.PosteriorDraws posterior;

    @Mixin
    SharedOptions.Threads threads;

    @Mixin
    SharedOptions.Out out;

    @Mixin
    SharedOptions.Quiet quiet;

    private final StudyRunner.Simulator simulator;

    TargetCommand() {
        this(Simulation::run);
    }

    TargetCommand(StudyRunner.Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Integer call() throws Exception {
        List<Problem> bad = new ArrayList<>();
        String metric = null;
        double level = Double.NaN, lo = Double.NaN, hi = Double.NaN;
        int eq = goal.indexOf('=');
        try {
            metric = goal.substring(0, eq).trim();
            level = Double.parseDouble(goal.substring(eq + 1).trim());
        } catch (RuntimeException e) {
            bad.add(new Problem("--goal", 1, 1, "", "expected METRIC=X, e.g. deterrence=0.5, got '" + goal + "'"));
        }
        channelsim.config.ParamSpec ps = channelsim.config.ParameterRegistry.find(lever);
        if (range != null) {
            String[] p = range.split(":");
            try {
                lo = Double.parseDouble(p[0].trim());
                hi = Double.parseDouble(p[1].trim());
            } catch (RuntimeException e) {
                bad.add(new Problem("--range", 1, 1, "", "expected LO:HI, e.g. 0:2000, got '" + range + "'"));
            }
        } else if (ps != null) {
            lo = ps.min();
            hi = ps.max();
        }
        if (replicates.value != null && replicates.value < 1) bad.add(new Problem("--replicates", 1, 1, "", "must be at least 1"));
        posterior.check(bad);
        if (out.value != null && Files.exists(out.value) && !Files.isDirectory(out.value))
            bad.add(new Problem("--out", 1, 1, "", out.value + " exists and is not a folder"));
        if (!bad.isEmpty()) throw new ConfigException(bad);
        Study study = StudyLoader.load(file);
        if (replicates.value != null) study = study.withReplicates(replicates.value);
        study = posterior.apply(study); // the study's own posterior by default
        Path dir = out.orElse(Path.of("runs", study.name() + "-target"));
        PrintWriter err = spec.commandLine().getErr();
        PrintStream log = quiet.on ? null : new PrintStream(new StudyCommand.WriterStream(err), true, StandardCharsets.UTF_8);
        GoalSeek.Answer a = GoalSeek.run(study, new GoalSeek.Options(policy, lever, metric, level, lo, hi), threads.count(), dir, simulator, log);
        if (!quiet.on) {
            PrintWriter w = spec.commandLine().getOut();
            w.println(GoalSeek.sentence(a));
            w.println("written to " + dir + "/ (target.csv, response.csv, charts/response.png)");
        }
        return 0;
    }
}
