package channelsim.cli;

import channelsim.calibration.AbcSmc;
import channelsim.calibration.BayesCalibration;
import channelsim.calibration.Calibrator;
import channelsim.calibration.PosteriorReport;
import channelsim.calibration.Simulations;
import channelsim.calibration.Predictive;
import channelsim.calibration.FitReport;
import channelsim.calibration.TargetFile;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code channelsim calibrate TARGETS.yaml}: fits the free parameters named in the targets file and
 * writes the fitted scenario and a fit report (see {@link Calibrator} for the method).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bayesian calibration (with --posterior): ABC-SMC on the targets file's posterior block (the monthly and nationality record, priors from describe), writing a weighted posterior sample draw,weight,<keys> and diagnostics in --out (or --report).",
                "Without --posterior: the older point fit of the targets file's free values (CMA-ES and yearly corrections), which made models/scenarios/calibrated-2018-2024.yaml.",
                "Writes DIR/calibrated.yaml (the fitted history), DIR/calibrated-<last year>.yaml (its state on 1 January of the last year, flat), DIR/fit.md, DIR/fit.csv, DIR/fit-yearly.png and .svg; with --write-scenario also the targets file's 'calibrated' path and the flat state beside it."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGETS.yaml", description = "Targets file (e.g. models/targets/channel-2018-2024.yaml).")
    Path targetsFile;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per evaluation, same seeds for every evaluation (default: ${DEFAULT-VALUE}).")
    int replicates = 3;

    @Option(names = "--evaluations", paramLabel = "N", description = "CMA-ES evaluations over the global parameters; 0 fits only the yearly values (default: ${DEFAULT-VALUE}).")
    int evaluations = 30;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the replicates and of CMA-ES (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    SharedOptions.Threads threads;

    @Option(names = "--search-scale", paramLabel = "X", description = "Population scale of the search runs; counts are compared per real person (default: ${DEFAULT-VALUE}).")
    double searchScale = 0.5;

    @Option(names = "--final-scale", paramLabel = "X", description = "Population scale of the final rounds and the report (default: ${DEFAULT-VALUE}).")
    double finalScale = 1.0;

    @Option(names = "--rounds", paramLabel = "N", description = "Most proportional corrections per year for the yearly values (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--from", paramLabel = "FILE.yaml", description = "Start the free values from an earlier fit (e.g. models/scenarios/calibrated-2018-2024.yaml) instead of the scenario's own values.")
    Path from;

    @Mixin
    SharedOptions.Out out;

    @Option(names = "--write-scenario", description = "Also write the fitted scenario to the targets file's 'calibrated' path (e.g. models/scenarios/calibrated-2018-2024.yaml).")
    boolean writeScenario;

    @Mixin
    SharedOptions.Quiet quiet;

    @Option(names = "--posterior", paramLabel = "OUT.csv", description = "Run the Bayesian calibration and write its weighted posterior sample here (e.g. models/posterior/channel-2018-2024.csv).")
    Path posterior;

    @Option(names = "--budget", paramLabel = "N", description = "Simulated histories the Bayesian calibration may run in all (default: ${DEFAULT-VALUE}).")
    int budget = 2000;

    @Option(names = "--particles", paramLabel = "N", description = "Particles per generation (default: a twentieth of the budget, 10 to 500).")
    Integer particles;

    @Option(names = "--resume", description = "Continue a Bayesian calibration from its journal in --out (same settings); gives the same posterior as an uninterrupted run.")
    boolean resume;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write the diagnostics (not the journal) here, e.g. docs/calibration.")
    Path report;

    private final Simulations engine;

    CalibrateCommand() {
        this.engine = null;
    }

    /**
     * The same command with the Bayesian calibration's simulations run by {@code engine} (channelsim-spark.jar's
     * Spark engine); {@code --threads} is then not used by them. The point fit (without --posterior) runs here.
     */
    public CalibrateCommand(Simulations engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        TargetFile tf = TargetFile.load(targetsFile);
        if (posterior != null) return bayesian(tf);
        Scenario base = ScenarioLoader.load(tf.scenario());
        if (replicates < 1 || evaluations < 0 || rounds < 1 || searchScale <= 0 || finalScale <= 0)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "replicates must be >= 1; evaluations >= 0; rounds >= 1; scales > 0");
        int t = threads.count();
        Calibrator.Options o = new Calibrator.Options(replicates, evaluations, seed, t, searchScale, finalScale, rounds);
        Path dir = out.prepare(Path.of("runs", "calibrate-" + tf.name())); // before the long search
        PrintWriter w = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Calibrator.Result r;
        try (ProgressLine progress = new ProgressLine("calibrate", spec.commandLine().getErr(), quiet.on)) {
            Scenario start = from != null ? ScenarioLoader.load(from) : base;
            Calibrator c = new Calibrator(tf, base, start, o, new Calibrator.Listener() {
                @Override
                public void started(int totalUnits) { progress.start(totalUnits); }

                @Override
                public void step(String status) { progress.step(status); }
            });
            r = c.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            String command = commandText();
            FitReport.writeAll(dir, tf, r, o, c.seeds(), command, dir.resolve("calibrated.yaml"), seconds);
            if (writeScenario) {
                channelsim.output.AtomicFiles.writeString(tf.calibrated(), FitReport.scenarioYaml(tf, r, tf.calibrated(), command));
                int last = FitReport.lastYear(tf);
                channelsim.output.AtomicFiles.writeString(tf.calibrated().resolveSibling("calibrated-" + last + ".yaml"),
                        FitReport.stateYaml(r.scenario(), last, tf.calibrated().getFileName().toString(), command, r.stateOnLastJan1()));
            }
        }
        w.printf(Locale.ROOT, "%s: objective %.3f -> %.3f, %d of %d targets met%n", tf.name(), r.initialObjective(),
                r.evaluation().objective(), r.evaluation().met(), r.evaluation().rows().size());
        w.printf(Locale.ROOT, "  report in %s (fit.md, fit.csv, fit-yearly.png/.svg, calibrated.yaml)%n", dir);
        if (writeScenario) w.printf(Locale.ROOT, "  fitted scenario written to %s and calibrated-%d.yaml beside it%n", tf.calibrated(), FitReport.lastYear(tf));
        return 0;
    }

    private int bayesian(TargetFile tf) throws Exception {
        if (budget < 2 || (particles != null && (particles < 2 || particles > budget)))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--budget must be >= 2 and --particles in [2, budget]");
        int t = Math.max(1, threads.count());
        Path dir = out.orElse(Path.of("runs", "calibrate-" + tf.name()));
        BayesCalibration.Options o = new BayesCalibration.Options(budget, particles == null ? 0 : particles, seed, t, resume, dir, null);
        long t0 = System.nanoTime();
        BayesCalibration.Outcome r;
        try (ProgressLine progress = new ProgressLine("calibrate", spec.commandLine().getErr(), quiet.on)) {
            progress.start(budget);
            r = BayesCalibration.run(tf, o, (done, total, status) -> progress.step(status), engine);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String command = "./channelsim calibrate " + slash(targetsFile) + " --posterior " + slash(posterior) + " --budget " + budget
                + (particles != null ? " --particles " + particles : "") + " --seed " + seed;
        r.posterior().write(posterior);
        PosteriorReport.write(r, dir, command, seconds);
        if (report != null) PosteriorReport.write(r, report, command, seconds);
        // beside the posterior, the predictive table a study's report reads for its calibration caveats
        channelsim.output.AtomicFiles.writeString(posterior.resolveSibling(posterior.getFileName().toString().replaceFirst("\\.csv$", "")
                + ".predictive.csv"), java.nio.file.Files.readString(dir.resolve("predictive.csv")));
        PrintWriter w = spec.commandLine().getOut();
        AbcSmc.Generation last = r.result().last();
        w.printf(Locale.ROOT, "%s: %d histories in %.0f s (%d stopped early), %d generations; last tolerance %.3f, %d draws (effective %.0f)%n",
                tf.name(), r.result().simulations(), seconds, r.result().stoppedEarly(), r.result().generations().size(), last.epsilon(),
                last.particles().size(), last.ess());
        for (Predictive.Coverage c : r.coverage())
            if (c.series().equals("all") || c.series().equals("arrivals (monthly)") || c.series().equals(Predictive.NATIONALITY))
                w.printf(Locale.ROOT, "  predictive coverage, %s: 50%% band %.0f%%, 90%% band %.0f%%%n", c.series(), 100 * c.coverage50(), 100 * c.coverage90());
        w.printf(Locale.ROOT, "  posterior in %s; diagnostics in %s%s%n", posterior, dir, report != null ? " and " + report : "");
        return 0;
    }

    static String slash(Path p) { return p.toString().replace('\\', '/'); }

    /** The command as a user would retype it (for the headers of what it writes). */
    private String commandText() {
        StringBuilder sb = new StringBuilder("channelsim calibrate ").append(targetsFile.toString().replace('\\', '/'));
        sb.append(" --replicates ").append(replicates).append(" --evaluations ").append(evaluations).append(" --seed ").append(seed);
        if (searchScale != 0.5) sb.append(" --search-scale ").append(searchScale);
        if (finalScale != 1.0) sb.append(" --final-scale ").append(finalScale);
        if (rounds != 3) sb.append(" --rounds ").append(rounds);
        if (from != null) sb.append(" --from ").append(from.toString().replace('\\', '/'));
        return sb.toString();
    }
}
