package channelsim.cli;

import channelsim.sensitivity.Sensitivity;
import channelsim.sensitivity.SensitivityFile;
import channelsim.sensitivity.SensitivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code channelsim sensitivity FILE.yaml}: Morris screening of which uncertain inputs drive the results. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Morris elementary-effects screening: which uncertain parameters drive the deterrence of the file's policies (or a measure of its baseline).",
                "Writes DIR/morris.csv, DIR/morris.md and a tornado chart per output (DIR/tornado-<output>.png and .svg)."})
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", description = "Sensitivity file (e.g. models/studies/sensitivity.yaml).")
    Path file;

    enum Method { morris, sobol }

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "morris", description = "morris (elementary effects, default) or "
            + "sobol (first-order and total indices: Saltelli sampling, Jansen estimators, bootstrap intervals; writes DIR/sobol.csv).")
    Method method;

    @Option(names = "--trajectories", paramLabel = "N", description = "Morris trajectories (overrides the file).")
    Integer trajectories;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples N; the design runs N x (parameters + 2) points "
            + "(overrides the file's samples:, default " + SensitivityFile.DEFAULT_SAMPLES + ").")
    Integer samples;

    @Mixin
    SharedOptions.Replicates replicates;

    @Mixin
    SharedOptions.Threads threads;

    @Mixin
    SharedOptions.Out out;

    @Mixin
    SharedOptions.Quiet quiet;

    @Override
    public Integer call() throws Exception {
        SensitivityFile f = SensitivityFile.load(file);
        if ((trajectories != null && trajectories < 2) || (replicates.value != null && replicates.value < 1) || (samples != null && samples < 2))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--trajectories and --samples must be >= 2 and --replicates >= 1");
        if (trajectories != null || replicates.value != null || samples != null)
            f = new SensitivityFile(f.file(), f.name(), f.baseline(), f.policies(), f.output(),
                    trajectories != null ? trajectories : f.trajectories(), f.levels(),
                    replicates.value != null ? replicates.value : f.replicates(), f.seed(), f.scale(), f.parameters(),
                    samples != null ? samples : f.samples());
        int t = threads.count();
        Path dir = out.prepare(Path.of("runs", f.name())); // before the runs
        long t0 = System.nanoTime();
        if (method == Method.sobol) {
            SensitivityFile sf = f;
            int sobolRuns = Sensitivity.runsFor(f, f.samples() * (f.parameters().size() + 2));
            Sensitivity.SobolResult r;
            try (ProgressLine p = new ProgressLine("sensitivity", spec.commandLine().getErr(), quiet.on)) {
                r = Sensitivity.runSobol(sf, t, s -> p.step(s), () -> p.start(sobolRuns));
            }
            SensitivityReport.writeSobol(dir, f, r);
            var w = spec.commandLine().getOut();
            for (Sensitivity.SobolScreen s : r.screens()) {
                var top = s.indices().stream().max(java.util.Comparator.comparingDouble(channelsim.sensitivity.Sobol.Index::st)).orElseThrow();
                w.printf(Locale.ROOT, "%s: largest total effect %s (ST %.2f [%.2f, %.2f], S1 %.2f)%n", s.output(),
                        r.parameters().get(top.input()).key(), top.st(), top.stLow(), top.stHigh(), top.s1());
            }
            w.printf(Locale.ROOT, "  %d runs (N = %d) in %.0f s; %s (sobol.csv, sobol-*.png/.svg)%n", r.runs(), r.samples(),
                    (System.nanoTime() - t0) / 1e9, dir);
            return 0;
        }
        int runs = f.trajectories() * (f.parameters().size() + 1) * f.replicates() * (f.deterrence() ? 1 + f.policies().size() : 1);
        Sensitivity.Result r;
        try (ProgressLine p = new ProgressLine("sensitivity", spec.commandLine().getErr(), quiet.on)) {
            r = Sensitivity.run(f, t, s -> p.step(s), () -> p.start(runs));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String command = "channelsim sensitivity " + file.toString().replace('\\', '/')
                + (trajectories != null ? " --trajectories " + trajectories : "") + (replicates.value != null ? " --replicates " + replicates.value : "");
        SensitivityReport.writeAll(dir, f, r, command, seconds);
        var w = spec.commandLine().getOut();
        for (Sensitivity.Screen s : r.screens()) {
            var top = s.effects().stream().max(java.util.Comparator.comparingDouble(channelsim.sensitivity.Morris.Effect::muStar)).orElseThrow();
            w.printf(Locale.ROOT, "%s: most influential %s (mu* %.4f)%n", s.output(), r.parameters().get(top.input()).key(), top.muStar());
        }
        w.printf(Locale.ROOT, "  %d runs in %.0f s; report in %s (morris.md, morris.csv, tornado-*.png/.svg)%n", r.runs(), seconds, dir);
        return 0;
    }
}
