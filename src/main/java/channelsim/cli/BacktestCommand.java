package channelsim.cli;

import channelsim.calibration.Backtest;
import channelsim.calibration.TargetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code channelsim backtest TARGETS --fit-until YEAR --predict Y1-Y2 --budget N}: see {@link Backtest}. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit the Bayesian calibration on the record up to --fit-until only, forecast the --predict years from its posterior, and score the forecasts against the record and two naive forecasts.",
                "Writes DIR/backtest.csv (period,measure,observed,median,pi50_low,pi50_high,pi90_low,pi90_high,naive_persistence,naive_trend), DIR/skill.csv, DIR/backtest.png, DIR/backtest.md and the fit's own diagnostics."})
public final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final channelsim.calibration.Simulations engine;

    BacktestCommand() {
        this.engine = null;
    }

    /**
     * The same command with the fit's simulations and the forecast runs made by {@code engine} (channelsim-spark.jar's
     * Spark engine); {@code --threads} is then not used by them.
     */
    public BacktestCommand(channelsim.calibration.Simulations engine) {
        this.engine = engine;
    }

    @Parameters(paramLabel = "TARGETS.yaml", description = "Targets file with a posterior block (e.g. models/targets/channel-2018-2024.yaml).")
    Path targetsFile;

    @Option(names = "--fit-until", paramLabel = "YEAR", required = true, description = "Last year of the record the fit may see.")
    int fitUntil;

    @Option(names = "--predict", paramLabel = "Y1-Y2", required = true, description = "Years to forecast, e.g. 2023-2024.")
    String predict;

    @Option(names = "--budget", paramLabel = "N", description = "Simulated histories for the fit (default: ${DEFAULT-VALUE}).")
    int budget = 2000;

    @Option(names = "--particles", paramLabel = "N", description = "Particles per generation (default: a twentieth of the budget, 10 to 500).")
    Integer particles;

    @Option(names = "--draws", paramLabel = "N", description = "Posterior draws run forward for the forecasts (default: ${DEFAULT-VALUE}).")
    int draws = 100;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @picocli.CommandLine.Mixin
    SharedOptions.Threads threads;

    @Option(names = "--resume", description = "Continue the fit from its journal in --out.")
    boolean resume;

    @picocli.CommandLine.Mixin
    SharedOptions.Out out;

    @picocli.CommandLine.Mixin
    SharedOptions.Quiet quiet;

    @Override
    public Integer call() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(predict.trim());
        if (!m.matches()) throw new ParameterException(spec.commandLine(), "--predict: expected Y1-Y2 (e.g. 2023-2024), got '" + predict + "'");
        int y1 = Integer.parseInt(m.group(1)), y2 = m.group(2) == null ? y1 : Integer.parseInt(m.group(2));
        if (y1 <= fitUntil || y2 < y1 || y2 > 2024)
            throw new ParameterException(spec.commandLine(), "--predict must be years after --fit-until and no later than 2024 (the record's end)");
        if (budget < 2 || draws < 1 || (particles != null && (particles < 2 || particles > budget)))
            throw new ParameterException(spec.commandLine(), "--budget must be >= 2, --draws >= 1, --particles in [2, budget]");
        TargetFile tf = TargetFile.load(targetsFile);
        int t = Math.max(1, threads.count());
        Path dir = out.orElse(Path.of("runs", "backtest-" + tf.name()));
        Backtest.Options o = new Backtest.Options(budget, particles == null ? 0 : particles, seed, t, resume, dir, fitUntil, y1, y2, draws);
        Backtest.Outcome r;
        try (ProgressLine progress = new ProgressLine("backtest", spec.commandLine().getErr(), quiet.on)) {
            progress.start(budget);
            r = Backtest.run(tf, o, (done, total, status) -> progress.step(status), engine);
        }
        String command = "./channelsim backtest " + CalibrateCommand.slash(targetsFile) + " --fit-until " + fitUntil + " --predict " + y1 + "-" + y2
                + " --budget " + budget + (particles != null ? " --particles " + particles : "") + " --draws " + draws + " --seed " + seed;
        Backtest.write(r, dir, command);
        channelsim.calibration.PosteriorReport.write(r.fit(), dir.resolve("fit"), command, 0);
        PrintWriter w = spec.commandLine().getOut();
        for (Backtest.Skill k : r.skill())
            w.printf(Locale.ROOT, "  %-22s MAE model %10.1f, persistence %10.1f, trend %10.1f; skill vs persistence %+.2f; coverage 50%% %.0f%%, 90%% %.0f%%%n",
                    k.measure(), k.maeModel(), k.maePersistence(), k.maeTrend(), k.skillVsPersistence(), 100 * k.coverage50(), 100 * k.coverage90());
        w.printf(Locale.ROOT, "  written to %s (backtest.csv, skill.csv, backtest.png, backtest.md, fit/)%n", dir);
        return 0;
    }
}
