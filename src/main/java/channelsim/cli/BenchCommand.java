package channelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import channelsim.bench.Bench;
import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code channelsim bench}: how fast the model is on this machine. Prints a table, then as its last line one
 * JSON object with ns_per_agent_day, agent_days_per_sec_per_core, speedup_2_threads, scale_8_cost_ratio,
 * study_seconds and peak_heap_mb. See docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = "Time fixed workloads (one replicate-year, scale 1-8, 1..all threads, a 10-policy x 100-replicate "
                + "study) and print a table and, last, one JSON line.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE.yaml", description = "Scenario of the replicate-year workloads (default: ${DEFAULT-VALUE}; the registry defaults if missing).")
    Path scenario = Path.of("models/scenarios/status-quo-2024.yaml");

    @Option(names = "--study", paramLabel = "FILE.yaml", description = "Study whose first 10 policies make the study workload (default: ${DEFAULT-VALUE}).")
    Path study = Path.of("models/studies/seed-policies.yaml");

    @Option(names = "--study-replicates", paramLabel = "N", description = "Replicates per policy in the study workload (default: ${DEFAULT-VALUE}).")
    int studyReplicates = 100;

    @Option(names = "--quick", description = "Tiny workloads (30 days, one study replicate, in-process): checks the machinery, measures nothing.")
    boolean quick;

    @Option(names = "--fingerprint", description = "Instead of timing, print fingerprints of fixed runs (the shipped scenarios, seeds 1-3): equal before and after a speed change means identical results.")
    boolean fingerprint;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (studyReplicates < 1) throw new ConfigException(Problem.option("study-replicates", "must be at least 1"));
        Scenario s = Files.isRegularFile(scenario) ? ScenarioLoader.load(scenario) : Scenario.defaults("defaults");
        if (fingerprint) {
            Map<String, Scenario> named = new LinkedHashMap<>();
            named.put("defaults", Scenario.defaults("defaults"));
            Path dir = Path.of("models/scenarios");
            for (String f : List.of("status-quo-2024", "status-quo-2025", "one-in-one-out-2025")) {
                Path p = dir.resolve(f + ".yaml");
                if (Files.isRegularFile(p)) named.put(f, ScenarioLoader.load(p));
            }
            for (String line : Bench.fingerprints(named, 3)) out.println(line);
            return 0;
        }
        if (!Files.isRegularFile(study))
            throw new ConfigException(new Problem(study.toString(), 1, 1, "--study", "no such study file (run from the project root, or give --study)"));
        Bench.Config cfg = quick ? Bench.Config.quick(s, study) : Bench.Config.full(s, study);
        if (!quick && studyReplicates != 100)
            cfg = new Bench.Config(cfg.scenario(), cfg.studyFile(), cfg.warmups(), cfg.repeats(), cfg.scales(), cfg.scaleRepeats(),
                    cfg.replicatesPerThreadTest(), cfg.studyPolicies(), studyReplicates, cfg.studyDays(), cfg.maxThreads(),
                    cfg.studyInChildJvm(), cfg.childHeap());
        Bench.Figures f = new Bench(cfg, out).run();
        out.println(f.json());
        return 0;
    }
}
