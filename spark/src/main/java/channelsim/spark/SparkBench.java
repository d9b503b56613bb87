package channelsim.spark;

import channelsim.calibration.BayesCalibration;
import channelsim.calibration.Simulations;
import channelsim.calibration.TargetFile;
import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Studies;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
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
 * every engine alike); then the same Bayesian calibration by the local thread pool (2 threads) and by Spark
 * local[2] (after an untimed warm-up calibration by each, round after round too). Spark's time includes starting
 * and stopping its session, as a user pays it. Prints a line per run
 * (with how many Spark tasks ran at once at most, and how many replicate threads were busy on average: CPU
 * time of the runs over the wall time of the phase), and for a Spark run where Spark's own time went (its
 * session's start and stop, the CPU of its driver threads and of its tasks beyond the runs); then the
 * medians over rounds of Spark's overhead on the local runner and of local[2]'s speed-up over local[1], each
 * with and without the session's start and stop (a fixed cost of about a second, whatever the study), and
 * the calibration's histories per second on each. Every study run's summary.csv, and both calibrations'
 * posterior files, must be identical.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time one study by the local runner (2 threads), Spark local[2] and Spark local[1], and one calibration by the local runner (2 threads) and Spark local[2]; print overhead, speed-up and throughput.",
                "Run it alone on the host, under flock /tmp/channelsim-bench.lock: wall-time ratios measure the neighbours on a busy host."})
final class SparkBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--study", paramLabel = "FILE.yaml", description = "Study to time (default: ${DEFAULT-VALUE}).")
    Path study = Path.of("models/studies/one-in-one-out.yaml");

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per policy (per draw, for a study over a posterior such as the default one; default: ${DEFAULT-VALUE}: 400 runs, about a minute of CPU, so that Spark's fixed start is paid over a representative study).")
    int replicates = 10;

    @Option(names = "--days", paramLabel = "N", description = "Days per replicate (default: the study's).")
    Integer days;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the three study runs, and of the two calibrations (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--targets", paramLabel = "FILE.yaml", description = "Targets file of the calibration to time (default: ${DEFAULT-VALUE}).")
    Path targets = Path.of("models/targets/channel-2018-2024.yaml");

    /**
     * The timed calibration's default size: 100 particles (the default for the README's 2,000-history budget; the
     * shipped posterior has 200), so that its batches of simulations, each one Spark job, are of a real
     * calibration's size (about the particle count) and Spark's fixed cost per job (some 20-30 ms of idle task
     * slots and its scheduler's CPU) weighs on them as it would on a user's; of 1,000 histories the composition's
     * refinement takes 700 (100 x 7) and the ABC 300 (see docs/PERFORMANCE.md, Spark). The session 7
     * size (120 histories, 12 particles, batches of 12) remains as {@code --calibration-budget 120 --particles 12}.
     */
    @Option(names = "--calibration-budget", paramLabel = "N", description = "Histories of the timed calibration, 0 for none (default: ${DEFAULT-VALUE}).")
    int calibrationBudget = 1000;

    @Option(names = "--particles", paramLabel = "N", description = "Particles of the timed calibration, about the simulations in each of its batches (default: ${DEFAULT-VALUE}).")
    int particles = 100;


    /**
     * One timed run: what ran, wall seconds of the whole run and of its simulation phase, CPU seconds of the
     * simulations' own threads (study only) and of the whole process (JIT, GC, Spark's threads included: the
     * overhead that a busy host cannot hide), the most Spark tasks running at once and the Spark tasks run
     * (0 for the local runner), and its summary.csv or posterior file; for Spark, where its own time went
     * ({@link SparkShare}); the time the JIT's compiler threads and the garbage collector spent during the run
     * (the JVM's own counts: the compilers' elapsed time summed over their threads, the collectors' pauses); for a
     * calibration, how busy the cores were in its batches ({@link BatchClock#summary}; null for a study).
     */
    record Run(String engine, double seconds, double phaseSeconds, double cpuSeconds, double processCpuSeconds,
               int maxConcurrent, int sparkTasks, byte[] result, SparkShare spark, double jitSeconds, double gcSeconds, String batches) {
        /** Replicate threads busy on average: about 2 for 2 free cores, less when the host is shared. */
        double busy() { return phaseSeconds > 0 ? cpuSeconds / phaseSeconds : 0; }

        /** Wall seconds without the Spark session's start and stop (the same as {@link #seconds} for the local runner). */
        double withoutSession() { return seconds - (spark == null ? 0 : spark.startSeconds() + spark.stopSeconds()); }
    }

    /**
     * Spark's own costs in one run: wall seconds to start and to stop the session (fixed, whatever the study),
     * the CPU seconds of Spark's driver threads (scheduler, messages, task results, listeners), of its tasks
     * (Spark's task metrics: deserializing and running them, the runs included; the runs' own CPU is the run's
     * {@code cpuSeconds}), and how the runs were cut into tasks. CPU time, unlike wall time, does not depend on the neighbours.
     */
    record SparkShare(double startSeconds, double stopSeconds, double driverCpu, double taskThreadCpu, String blocks) {}

    /**
     * Counts Spark tasks, and the most that executed at once: each task's span from its launch through its
     * deserialization and run on the executor (Spark's task metrics; in local mode one clock). Counting
     * start and end events instead would overcount, since a freed slot starts the next task before the
     * driver has handled the last one's result. Also adds up the tasks' CPU, and takes the CPU time of Spark's
     * driver threads since it was made ({@link #threadsDone}, before the session stops and its threads end).
     */
    static final class TaskCounter extends SparkListener {
        private final List<long[]> spans = new ArrayList<>();
        private final java.util.Map<Long, Long> before = threadCpu();
        private long taskCpuNanos;
        double startSeconds, stopSeconds, driverCpu, taskThreadCpu;

        static long jitMillis() {
            java.lang.management.CompilationMXBean c = java.lang.management.ManagementFactory.getCompilationMXBean();
            return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
        }

        static long gcMillis() {
            long t = 0;
            for (java.lang.management.GarbageCollectorMXBean g : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans())
                t += Math.max(0, g.getCollectionTime());
            return t;
        }

        private static java.util.Map<Long, Long> threadCpu() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<Long, Long> m = new java.util.HashMap<>();
            for (long id : mx.getAllThreadIds()) m.put(id, mx.getThreadCpuTime(id));
            return m;
        }

        /**
         * The CPU of Spark's driver threads (all but main and the task threads; they live as long as the session)
         * since this counter was made, and of its tasks, from Spark's task metrics (deserializing and running
         * each task): the task threads come from a cached pool whose idle threads end, taking their CPU count
         * with them.
         */
        synchronized void threadsDone() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long driver = 0;
            for (java.lang.management.ThreadInfo ti : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (ti == null || ti.getThreadName().equals("main") || ti.getThreadName().startsWith("Executor task")) continue;
                long c = mx.getThreadCpuTime(ti.getThreadId());
                if (c >= 0) driver += c - before.getOrDefault(ti.getThreadId(), 0L);
            }
            taskThreadCpu = taskCpuNanos / 1e9;
            driverCpu = driver / 1e9;
        }

        SparkShare share(String blocks) { return new SparkShare(startSeconds, stopSeconds, driverCpu, taskThreadCpu, blocks); }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskInfo() == null || end.taskMetrics() == null) return;
            long start = end.taskInfo().launchTime();
            spans.add(new long[] {start, start + end.taskMetrics().executorDeserializeTime() + end.taskMetrics().executorRunTime()});
            taskCpuNanos += end.taskMetrics().executorDeserializeCpuTime() + end.taskMetrics().executorCpuTime();
        }

        synchronized int tasks() { return spans.size(); }

        synchronized int maxConcurrent() {
            List<long[]> events = new ArrayList<>();
            for (long[] sp : spans) {
                events.add(new long[] {sp[0], 1});
                events.add(new long[] {sp[1], -1});
            }
            events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            int now = 0, max = 0;
            for (long[] e : events) max = Math.max(max, now += (int) e[1]);
            return max;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (replicates < 1) throw new ConfigException(new Problem("--replicates", 1, 1, "", "must be at least 1"));
        if (rounds < 1) throw new ConfigException(new Problem("--rounds", 1, 1, "", "must be at least 1"));
        if (calibrationBudget != 0 && (particles < 2 || calibrationBudget < particles))
            throw new ConfigException(new Problem("--calibration-budget", 1, 1, "", "must be 0, or at least --particles (at least 2)"));
        Study s = StudyLoader.load(study).withReplicates(replicates);
        if (days != null) s = s.withDays(days);
        TargetFile tf = calibrationBudget > 0 ? TargetFile.load(targets) : null;
        PrintWriter out = spec.commandLine().getOut();
        // the bench makes its own local sessions; a session started by spark-submit is not used
        SparkSession.getActiveSession().foreach(x -> { x.stop(); return null; });
        out.printf(Locale.ROOT, "host: %d cores, load average %s at the start; %s%n", Runtime.getRuntime().availableProcessors(), loadAverage(), autogroup());
        int runs = s.policies().size() * s.runs();
        double years = runs * (double) s.days() / 365.25;
        out.printf(Locale.ROOT, "study %s: %d policies x %d replicates%s x %d days = %d replicate runs, %.1f replicate-years%n",
                s.name(), s.policies().size(), s.replicates(), s.posterior() != null ? " x " + s.posterior().draws() + " posterior draws" : "",
                s.days(), runs, years);
        // warm-up, untimed in the rounds: the JIT compiles the model once for every engine, and the JVM loads
        // Spark's classes once (a cost every spark-submit pays once, reported apart)
        time(s.withReplicates(1), "local-2", false);
        Run cold = time(s.withReplicates(1), "spark-local[2]", false);
        out.printf(Locale.ROOT, "first Spark session of this JVM, one replicate per policy: %.2f s (class loading and"
                + " the first Parquet write, paid once per spark-submit)%n", cold.seconds());
        List<double[]> overhead = new ArrayList<>(), speedup = new ArrayList<>();
        List<Run> all = new ArrayList<>();
        double perCoreSecond = 0, perCpuSecond = 0;
        Study timed = s;
        for (Run[] byEngine : inRounds(List.of("local-2", "spark-local[2]", "spark-local[1]"), e -> time(timed, e, true), (round, r) -> {
            out.printf(Locale.ROOT, "round %d  %-15s %7.2f s (replicates %7.2f s, their CPU %6.2f s, %.2f threads busy; process CPU %6.2f s; JIT %.1f s, GC %.2f s)%s%n",
                    round, r.engine(), r.seconds(), r.phaseSeconds(), r.cpuSeconds(), r.busy(), r.processCpuSeconds(), r.jitSeconds(), r.gcSeconds(), sparkTasks(r));
            if (r.spark() != null)
                out.printf(Locale.ROOT, "          Spark's own: session start %.2f s, stop %.2f s; CPU of its driver threads %.2f s, of its tasks"
                        + " beyond the runs' own %.2f s; tasks: %s%n", r.spark().startSeconds(), r.spark().stopSeconds(), r.spark().driverCpu(),
                        r.spark().taskThreadCpu() - r.cpuSeconds(), r.spark().blocks());
        })) {
            all.addAll(List.of(byEngine));
            overhead.add(new double[]{byEngine[1].seconds() / byEngine[0].seconds() - 1,
                    byEngine[1].phaseSeconds() / byEngine[0].phaseSeconds() - 1,
                    byEngine[1].processCpuSeconds() / byEngine[0].processCpuSeconds() - 1,
                    byEngine[1].withoutSession() / byEngine[0].withoutSession() - 1});
            speedup.add(new double[]{byEngine[2].seconds() / byEngine[1].seconds(),
                    byEngine[2].phaseSeconds() / byEngine[1].phaseSeconds(),
                    byEngine[2].withoutSession() / byEngine[1].withoutSession()});
            perCoreSecond = Math.max(perCoreSecond, years / (byEngine[1].phaseSeconds() * 2));
            perCpuSecond = Math.max(perCpuSecond, years / byEngine[1].cpuSeconds());
        }
        for (Run r : all)
            if (!Arrays.equals(r.result(), all.get(0).result()))
                throw new IllegalStateException("summary.csv of " + r.engine() + " differs from " + all.get(0).engine());
        out.printf(Locale.ROOT, "Spark local[2] overhead on the local runner (2 threads): %+.1f%% whole study (Spark's session start and stop"
                + " included), %+.1f%% whole study without them, %+.1f%% replicate phase, %+.1f%% process CPU (median of %d rounds; goal: at most +10%%)%n",
                100 * median(overhead, 0), 100 * median(overhead, 3), 100 * median(overhead, 1), 100 * median(overhead, 2), rounds);
        out.printf(Locale.ROOT, "Spark local[2] speed-up over local[1]: %.2fx whole study (session start and stop included), %.2fx without them,"
                + " %.2fx replicate phase (goal: at least 1.8x)%n", median(speedup, 0), median(speedup, 2), median(speedup, 1));
        out.printf(Locale.ROOT, "replicate-years per core-second on Spark local[2]: %.3f of wall time on 2 cores, %.3f of the"
                + " replicates' CPU time (best round); summary.csv identical in all %d runs%n", perCoreSecond, perCpuSecond, all.size());
        if (tf != null) calibration(tf, out);
        out.printf(Locale.ROOT, "host load average at the end: %s (2 cores; wall-time ratios mean little above 2)%n", loadAverage());
        return 0;
    }

    /**
     * An engine's batches of simulations, timed: for each call of {@link Simulations#run}, its jobs, wall seconds and
     * the process's CPU seconds (all threads), so the bench can say whether time went to idle slots in batches
     * (busy cores below 2) or to the driver between them.
     */
    static final class BatchClock implements Simulations {
        private final Simulations engine;
        final List<double[]> batches = new ArrayList<>(); // {jobs, wall s, process CPU s}

        BatchClock(Simulations engine) { this.engine = engine; }

        @Override
        public void run(Model problem, List<Job> jobs, java.util.function.Consumer<Result> done)
                throws InterruptedException, java.util.concurrent.ExecutionException {
            long t0 = System.nanoTime(), c0 = processCpuNanos();
            engine.run(problem, jobs, done);
            batches.add(new double[] {jobs.size(), (System.nanoTime() - t0) / 1e9, (processCpuNanos() - c0) / 1e9});
        }

        @Override
        public java.util.Map<String, Object> describe() { return engine.describe(); }

        /** "N batches of M jobs on average: W s in batches, cores busy B" */
        String summary() {
            double jobs = 0, wall = 0, cpu = 0;
            for (double[] b : batches) { jobs += b[0]; wall += b[1]; cpu += b[2]; }
            return String.format(Locale.ROOT, "%d batches of %.0f histories on average, %.2f s in them, %.2f cores busy in them",
                    batches.size(), jobs / Math.max(1, batches.size()), wall, wall > 0 ? cpu / wall : 0);
        }
    }

    /** The same calibration by the local thread pool (2 threads) and by Spark local[2]: histories per second, same posterior. */
    private void calibration(TargetFile tf, PrintWriter out) throws Exception {
        out.printf(Locale.ROOT, "calibration %s: budget %d histories, %d particles, seed 1; %d rounds after an untimed warm-up of each engine"
                + " (the same calibration)%n", tf.name(), calibrationBudget, particles, rounds);
        // warm-up, untimed: the JIT compiles the calibration's model (scale, early stops) and Spark's job and
        // task paths once per JVM, as a long calibration amortises them (a user's runs for minutes to hours in one
        // spark-submit); each engine would otherwise pay its own share in its first timed runs. Spark's share is
        // the larger and lasts longer: after a warm-up of 120 histories its JIT took 3.3, 1.9, 1.4 and 0.7 s in
        // four timed rounds of 1,000 histories, the pool's 0.5 s from its second (docs/PERFORMANCE.md, session 9).
        // The warm-up is the timed calibration itself.
        calibrate(tf, "local-2", calibrationBudget, particles);
        calibrate(tf, "spark-local[2]", calibrationBudget, particles);
        List<Run> runs = new ArrayList<>();
        List<double[]> ratio = new ArrayList<>();
        for (Run[] byEngine : inRounds(List.of("local-2", "spark-local[2]"), e -> calibrate(tf, e, calibrationBudget, particles), (round, r) -> {
            out.printf(Locale.ROOT, "round %d  calibration  %-15s %7.2f s (simulations %7.2f s; process CPU %6.2f s; JIT %.1f s, GC %.2f s) = %.2f histories per second%s%n",
                    round, r.engine(), r.seconds(), r.phaseSeconds(), r.processCpuSeconds(), r.jitSeconds(), r.gcSeconds(), calibrationBudget / r.seconds(), sparkTasks(r));
            out.printf(Locale.ROOT, "          %s%n", r.batches());
            if (r.spark() != null)
                out.printf(Locale.ROOT, "          Spark's own: session start %.2f s, stop %.2f s; CPU of its driver threads %.2f s, of its tasks"
                        + " %.2f s (the simulations included); tasks of the last batch: %s%n", r.spark().startSeconds(), r.spark().stopSeconds(),
                        r.spark().driverCpu(), r.spark().taskThreadCpu(), r.spark().blocks());
        })) {
            runs.addAll(List.of(byEngine));
            ratio.add(new double[] {byEngine[0].seconds() / byEngine[1].seconds(), byEngine[0].phaseSeconds() / byEngine[1].phaseSeconds()});
        }
        for (Run r : runs)
            if (!Arrays.equals(r.result(), runs.get(0).result()))
                throw new IllegalStateException("the posterior file of " + r.engine() + " differs from " + runs.get(0).engine() + "'s");
        out.printf(Locale.ROOT, "calibration throughput, Spark local[2] over the local runner: %.2fx (histories per second, Spark's session start and"
                + " stop included), %.2fx the simulations alone (median of %d rounds; goal: the same); posterior files identical in all %d runs%n",
                median(ratio, 0), median(ratio, 1), rounds, runs.size());
    }

    /** One timed run of an engine. */
    @FunctionalInterface
    interface Timed {
        Run run(String engine) throws Exception;
    }

    /**
     * {@link #rounds} rounds of one timed run per engine, every other round in reverse order (so a drift of the
     * host's load weighs on every engine alike), each run reported as it ends; each round's runs in {@code order}.
     */
    private List<Run[]> inRounds(List<String> order, Timed timed, java.util.function.BiConsumer<Integer, Run> report) throws Exception {
        List<Run[]> out = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<String> o = new ArrayList<>(order);
            if (round % 2 == 0) java.util.Collections.reverse(o);
            Run[] byEngine = new Run[order.size()];
            for (String e : o) {
                Run r = timed.run(e);
                byEngine[order.indexOf(e)] = r;
                report.accept(round, r);
                spec.commandLine().getOut().flush();
            }
            out.add(byEngine);
        }
        return out;
    }

    private Run calibrate(TargetFile tf, String engine, int budget, int particles) throws Exception {
        Path dir = Files.createTempDirectory("channelsim-spark-bench");
        try {
            BayesCalibration.Options o = new BayesCalibration.Options(budget, particles, 1, 2, false, dir, null);
            long p0 = processCpuNanos(), t0 = System.nanoTime(), jit0 = TaskCounter.jitMillis(), gc0 = TaskCounter.gcMillis();
            BayesCalibration.Outcome r;
            TaskCounter counter = new TaskCounter();
            SparkShare share = null;
            double phase;
            BatchClock clock;
            if (engine.startsWith("local")) {
                try (Simulations sims = Simulations.threads(2)) {
                    long s0 = System.nanoTime();
                    clock = new BatchClock(sims);
                    r = BayesCalibration.run(tf, o, null, clock);
                    phase = (System.nanoTime() - s0) / 1e9;
                }
            } else {
                SparkEngine e = session(engine, counter);
                try {
                    e.spark(); // started before the simulations, as spark-submit does
                    long s0 = System.nanoTime();
                    clock = new BatchClock(e);
                    r = BayesCalibration.run(tf, o, null, clock);
                    phase = (System.nanoTime() - s0) / 1e9;
                } finally {
                    share = stop(e, counter);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            r.posterior().write(dir.resolve("posterior.csv"));
            return new Run(engine, secs, phase, 0, (processCpuNanos() - p0) / 1e9, counter.maxConcurrent(), counter.tasks(),
                    Files.readAllBytes(dir.resolve("posterior.csv")), share, (TaskCounter.jitMillis() - jit0) / 1e3, (TaskCounter.gcMillis() - gc0) / 1e3,
                    clock.summary());
        } finally {
            delete(dir);
        }
    }

    private Run time(Study s, String engine, boolean keep) throws Exception {
        Path dir = Files.createTempDirectory("channelsim-spark-bench");
        try {
            long p0 = processCpuNanos(), jit0 = TaskCounter.jitMillis(), gc0 = TaskCounter.gcMillis();
            long t0 = System.nanoTime();
            StudyRunner.Options opts = new StudyRunner.Options(2, dir, false, null, null, false);
            Studies.Report rep;
            TaskCounter counter = new TaskCounter();
            SparkShare share = null;
            if (engine.startsWith("local")) {
                rep = Studies.run(s, opts, Simulation::run);
            } else {
                SparkEngine e = session(engine, counter);
                try {
                    rep = Studies.run(s, opts, e);
                } finally {
                    share = stop(e, counter);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double pcpu = (processCpuNanos() - p0) / 1e9;
            return new Run(engine, secs, rep.outcome().nanos() / 1e9, rep.outcome().cpuNanos() / 1e9, pcpu,
                    counter.maxConcurrent(), counter.tasks(), keep ? Files.readAllBytes(dir.resolve("summary.csv")) : null, share,
                    (TaskCounter.jitMillis() - jit0) / 1e3, (TaskCounter.gcMillis() - gc0) / 1e3, null);
        } finally {
            delete(dir);
        }
    }

    /** A Spark engine on a fresh local session of {@code engine}'s master, its tasks counted by {@code counter}. */
    private static SparkEngine session(String engine, TaskCounter counter) {
        String master = engine.substring("spark-".length());
        return new SparkEngine(() -> {
            long q0 = System.nanoTime();
            SparkSession sp = SparkSession.builder().master(master).appName("channelsim-bench").config("spark.ui.enabled", "false").getOrCreate();
            sp.sparkContext().addSparkListener(counter);
            counter.startSeconds = (System.nanoTime() - q0) / 1e9;
            return sp;
        });
    }

    /** Takes Spark's share of the run (before its threads end), then stops the session and times the stop. */
    private static SparkShare stop(SparkEngine e, TaskCounter counter) {
        counter.threadsDone();
        String blocks = String.valueOf(e.describe().getOrDefault("replicate_runs_per_spark_task", ""));
        e.close();
        long q0 = System.nanoTime();
        if (e.started()) e.spark().stop();
        counter.stopSeconds = (System.nanoTime() - q0) / 1e9;
        return counter.share(blocks);
    }

    private static String sparkTasks(Run r) {
        return r.sparkTasks() == 0 ? "" : String.format(Locale.ROOT, "; %d Spark tasks, at most %d at once", r.sparkTasks(), r.maxConcurrent());
    }

    private static void delete(Path dir) {
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
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

    /**
     * Whether Linux shares the CPU by session (autogroup): then, on a busy host, a process gets its session's
     * share whatever its thread count, and no engine can show a speed-up from a second thread.
     */
    private static String autogroup() {
        try {
            String v = Files.readString(Path.of("/proc/sys/kernel/sched_autogroup_enabled")).trim();
            return v.equals("1") ? "the kernel shares CPU by session (sched_autogroup_enabled=1): with other sessions busy, 2 threads get no more CPU than 1"
                    : "sched_autogroup_enabled=" + v;
        } catch (IOException | RuntimeException e) {
            return "CPU sharing by session unknown";
        }
    }

    private static double median(List<double[]> xs, int i) {
        double[] v = xs.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
