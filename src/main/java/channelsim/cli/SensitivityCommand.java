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

    @Option(names = "--trajectories", paramLabel = "N", description = "Morris trajectories (overrides the file).")
    Integer trajectories;

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
        if ((trajectories != null && trajectories < 2) || (replicates.value != null && replicates.value < 1))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--trajectories must be >= 2 and --replicates >= 1");
        if (trajectories != null || replicates.value != null)
            f = new SensitivityFile(f.file(), f.name(), f.baseline(), f.policies(), f.output(),
                    trajectories != null ? trajectories : f.trajectories(), f.levels(),
                    replicates.value != null ? replicates.value : f.replicates(), f.seed(), f.scale(), f.parameters());
        int t = threads.count();
        Path dir = out.orElse(Path.of("runs", f.name()));
        long t0 = System.nanoTime();
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
