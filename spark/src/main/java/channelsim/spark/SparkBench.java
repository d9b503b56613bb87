package channelsim.spark;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Studies;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench}: the same study by the local runner on 2 threads, by Spark local[2] and by Spark local[1], in
 * one JVM, round after round (every other round in reverse order, so a drift of the host's load weighs on
 * every engine alike). Spark's time includes starting and stopping its session, as a user pays it. Prints a
 * line per run, then the medians over rounds of Spark's overhead on the local runner and of local[2]'s
 * speed-up over local[1], and replicate-years per core-second. Every run's summary.csv must be identical.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time one study by the local runner (2 threads), Spark local[2] and Spark local[1]; print overhead and speed-up.")
final class SparkBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--study", paramLabel = "FILE.yaml", description = "Study to time (default: ${DEFAULT-VALUE}).")
    Path study = Path.of("models/studies/one-in-one-out.yaml");

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per policy (default: ${DEFAULT-VALUE}).")
    int replicates = 20;

    @Option(names = "--days", paramLabel = "N", description = "Days per replicate (default: the study's).")
    Integer days;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the three runs (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    /** One timed run: what ran, wall seconds of the whole study, of its replicate phase, and its summary.csv. */
    /**
     * One timed run: what ran, wall seconds of the whole study and of its replicate phase, CPU seconds of the
     * replicates' own threads and of the whole process over the whole study (JIT, GC, Spark's threads
     * included: the overhead that a busy host cannot hide), and its summary.csv.
     */
    record Run(String engine, double seconds, double replicateSeconds, double cpuSeconds, double processCpuSeconds, byte[] summary) {}

    @Override
    public Integer call() throws Exception {
        if (replicates < 1) throw new ConfigException(new Problem("--replicates", 1, 1, "", "must be at least 1"));
        if (rounds < 1) throw new ConfigException(new Problem("--rounds", 1, 1, "", "must be at least 1"));
        Study s = StudyLoader.load(study).withReplicates(replicates);
        if (days != null) s = s.withDays(days);
        PrintWriter out = spec.commandLine().getOut();
        // the bench makes its own local sessions; a session started by spark-submit is not used
        SparkSession.getActiveSession().foreach(x -> { x.stop(); return null; });
        double years = s.policies().size() * (double) s.replicates() * s.days() / 365.25;
        out.printf(Locale.ROOT, "study %s: %d policies x %d replicates x %d days = %.1f replicate-years%n",
                s.name(), s.policies().size(), s.replicates(), s.days(), years);
        // warm-up, untimed in the rounds: the JIT compiles the model once for every engine, and the JVM loads
        // Spark's classes once (a cost every spark-submit pays once, reported apart)
        time(s.withReplicates(1), "local-2", out, false);
        Run cold = time(s.withReplicates(1), "spark-local[2]", out, false);
        out.printf(Locale.ROOT, "first Spark session of this JVM, one replicate per policy: %.2f s (class loading and"
                + " the first Parquet write, paid once per spark-submit)%n", cold.seconds());
        List<String> order = List.of("local-2", "spark-local[2]", "spark-local[1]");
        List<double[]> overhead = new ArrayList<>(), speedup = new ArrayList<>();
        List<Run> all = new ArrayList<>();
        double perCoreSecond = 0, perCpuSecond = 0;
        for (int round = 1; round <= rounds; round++) {
            List<String> o = new ArrayList<>(order);
            if (round % 2 == 0) java.util.Collections.reverse(o);
            Run[] byEngine = new Run[3];
            for (String e : o) {
                Run r = time(s, e, out, true);
                byEngine[order.indexOf(e)] = r;
                all.add(r);
                out.printf(Locale.ROOT, "round %d  %-15s %7.2f s (replicates %7.2f s, their CPU %6.2f s; process CPU %6.2f s)%n",
                        round, e, r.seconds(), r.replicateSeconds(), r.cpuSeconds(), r.processCpuSeconds());
                out.flush();
            }
            overhead.add(new double[]{byEngine[1].seconds() / byEngine[0].seconds() - 1,
                    byEngine[1].replicateSeconds() / byEngine[0].replicateSeconds() - 1,
                    byEngine[1].processCpuSeconds() / byEngine[0].processCpuSeconds() - 1});
            speedup.add(new double[]{byEngine[2].seconds() / byEngine[1].seconds(),
                    byEngine[2].replicateSeconds() / byEngine[1].replicateSeconds()});
            perCoreSecond = Math.max(perCoreSecond, years / (byEngine[1].replicateSeconds() * 2));
            perCpuSecond = Math.max(perCpuSecond, years / byEngine[1].cpuSeconds());
        }
        for (Run r : all)
            if (!Arrays.equals(r.summary(), all.get(0).summary()))
                throw new IllegalStateException("summary.csv of " + r.engine() + " differs from " + all.get(0).engine());
        out.printf(Locale.ROOT, "Spark local[2] overhead on the local runner (2 threads): %+.1f%% whole study, %+.1f%% replicate phase,"
                + " %+.1f%% process CPU (median of %d rounds)%n", 100 * median(overhead, 0), 100 * median(overhead, 1),
                100 * median(overhead, 2), rounds);
        out.printf(Locale.ROOT, "host load average at the end: %s (2 cores; wall-time ratios mean little above 2)%n", loadAverage());
        out.printf(Locale.ROOT, "Spark local[2] speed-up over local[1]: %.2fx whole study, %.2fx replicate phase%n",
                median(speedup, 0), median(speedup, 1));
        out.printf(Locale.ROOT, "replicate-years per core-second on Spark local[2]: %.3f of wall time on 2 cores, %.3f of the"
                + " replicates' CPU time (best round); summary.csv identical in all %d runs%n", perCoreSecond, perCpuSecond, all.size());
        return 0;
    }

    private Run time(Study s, String engine, PrintWriter out, boolean keep) throws Exception {
        Path dir = Files.createTempDirectory("channelsim-spark-bench");
        try {
            long p0 = processCpuNanos();
            long t0 = System.nanoTime();
            StudyRunner.Options opts = new StudyRunner.Options(2, dir, false, null, null, false);
            Studies.Report rep;
            if (engine.startsWith("local")) {
                rep = Studies.run(s, opts, Simulation::run);
            } else {
                String master = engine.substring("spark-".length());
                SparkEngine e = new SparkEngine(() -> SparkSession.builder().master(master).appName("channelsim-bench")
                        .config("spark.ui.enabled", "false").getOrCreate());
                try {
                    rep = Studies.run(s, opts, e);
                } finally {
                    if (e.started()) e.spark().stop();
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double pcpu = (processCpuNanos() - p0) / 1e9;
            return new Run(engine, secs, rep.outcome().nanos() / 1e9, rep.outcome().cpuNanos() / 1e9, pcpu,
                    keep ? Files.readAllBytes(dir.resolve("summary.csv")) : null);
        } finally {
            try (Stream<Path> w = Files.walk(dir)) {
                for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
    }

    private static double median(List<double[]> xs, int i) {
        double[] v = xs.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
