package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.RunResult;
import channelsim.output.OutputFolder;
import channelsim.output.RunOutputs;
import channelsim.policy.Simulation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code channelsim run FILE.yaml}: one replicate, written to DIR/timeseries.csv and DIR/summary.json. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = "Simulate one replicate of a scenario and write DIR/timeseries.csv and DIR/summary.json.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", description = "Scenario file.")
    Path file;

    @Mixin
    SharedOptions.Seed seed;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (overrides the scenario's days).")
    Long days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter (repeatable), e.g. --set policies.french_police.officers=1200.")
    List<String> sets = new ArrayList<>();

    @Mixin
    SharedOptions.Out out;

    @Mixin
    SharedOptions.Quiet quiet;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> options = new LinkedHashMap<>();
        if (seed.value != null) options.put("seed", seed.value);
        if (days != null) options.put("days", days);
        out.checkNotBlank();
        Scenario scenario = ScenarioLoader.load(file, sets, options);
        Path dir = out.prepare(Path.of("runs", scenario.name())); // fail before a long run, not after it

        RunResult result = Simulation.run(scenario, scenario.seed());
        try {
            RunOutputs.write(dir, scenario, result);
        } catch (java.io.IOException e) {
            throw new ConfigException(new Problem(dir.toString(), 1, 1, "out", "cannot write the outputs" + OutputFolder.reason(e)
                    + "; files written before are intact"));
        }
        if (!quiet.on) printSummary(spec.commandLine().getOut(), scenario, result, dir);
        return 0;
    }

    private static void printSummary(PrintWriter w, Scenario s, RunResult r, Path dir) {
        Map<String, Double> t = r.totals();
        w.printf(Locale.ROOT, "%s: %d days from %s, seed %d (%.1f s)%n", s.name(), r.days(), r.start(), r.seed(), r.nanos() / 1e9);
        w.printf(Locale.ROOT, "  arrivals         %,.0f in %,.0f boats (%.1f people per boat)%n",
                get(t, "arrivals"), get(t, "boats_arrived"), get(t, "people_per_boat"));
        w.printf(Locale.ROOT, "  prevention rate  %.1f%% of attempts stopped (%,.0f on land, %,.0f at sea)%n",
                100 * get(t, "prevention_rate"), get(t, "prevented"), get(t, "intercepted"));
        w.printf(Locale.ROOT, "  deaths           %,.0f%n", get(t, "deaths"));
        w.printf(Locale.ROOT, "  returns          %,.0f to France, %,.0f by the legal route%n", get(t, "returned"), get(t, "legal_intake"));
        w.printf(Locale.ROOT, "  written to       %s%n", dir.resolve(RunOutputs.TIMESERIES).getParent() + "/ (" + RunOutputs.TIMESERIES + ", " + RunOutputs.SUMMARY + ")");
    }

    private static double get(Map<String, Double> totals, String key) {
        Double v = totals.get(key);
        return v == null ? Double.NaN : v;
    }
}
