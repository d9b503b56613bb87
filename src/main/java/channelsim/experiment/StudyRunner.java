package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Scenario;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs a study's (policy, replicate) tasks on an {@link Engine} (a fixed thread pool unless told otherwise)
 * and saves each task's record as it finishes; nothing is accumulated in completion order, so the outputs
 * (built afterwards from the saved records in policy and replicate order) depend neither on the thread
 * count nor on the engine.
 */
public final class StudyRunner {

    /** One replicate of the model: Simulation::run in production, a stand-in in tests. */
    @FunctionalInterface
    public interface Simulator {
        RunResult run(Scenario scenario, long seed) throws Exception;
    }

    /** A deterministic slice of replicate indices: replicate r belongs to shard ((r - 1) mod n) + 1. */
    public record Shard(int k, int n) {
        public Shard {
            if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N");
        }

        public boolean owns(int replicate) { return (replicate - 1) % n == k - 1; }

        @Override
        public String toString() { return k + "/" + n; }

        public static Shard parse(String s) {
            String[] p = s.split("/");
            if (p.length != 2) throw new IllegalArgumentException("shard must be K/N, e.g. 2/8");
            try {
                return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("shard must be K/N with whole numbers, e.g. 2/8");
            }
        }
    }

    /** log: progress and messages (null: silent); terminal: draw a progress bar rather than plain lines. */
    public record Options(int threads, Path out, boolean resume, Shard shard, PrintStream log, boolean terminal) {}

    /**
     * What a run did; {@code nanos} is wall time of the replicate phase and {@code cpuNanos} the CPU time of
     * the replicates themselves (robust to other load on the machine). For manifests, never for CSVs.
     */
    public record Outcome(int computed, int reused, long nanos, long cpuNanos, long agentDays) {}

    private final Study study;
    private final Options options;
    private final Engine engine;

    public StudyRunner(Study study, Options options) {
        this(study, options, Simulation::run);
    }

    public StudyRunner(Study study, Options options, Simulator simulator) {
        this(study, options, threads(options.threads(), simulator));
    }

    public StudyRunner(Study study, Options options, Engine engine) {
        this.study = study;
        this.options = options;
        this.engine = engine;
    }

    /** One replicate run of a study: the policy by its index in the study, the replicate from 1. */
    public record Task(int policyIndex, int replicate) implements Serializable {}

    /** A finished task: its record, and for the manifest only its agent-days and the CPU time it took. */
    public record Done(ReplicateRecord record, long agentDays, long cpuNanos) implements Serializable {}

    /**
     * Where a study's tasks run: {@link #threads(int, Simulator)} in this JVM, or an engine such as Spark.
     * Every engine runs each task through {@link #runTask}, so the records (and the files made from them)
     * do not depend on the engine.
     */
    @FunctionalInterface
    public interface Engine {
        /**
         * Runs every task and hands each finished one to {@code done}, one call at a time, in any order.
         * Throws if a task fails (the records already handed over stay saved).
         */
        void run(Study study, List<Task> tasks, Consumer<Done> done) throws InterruptedException, ExecutionException;

        /** What the manifest's run details say of the engine (never the CSVs); nothing for the thread pool. */
        default java.util.Map<String, Object> describe() { return java.util.Map.of(); }

        /** Called once the study's files are written in {@code out}, for files of the engine's own (Spark's Parquet). */
        default void written(StudyResults results, Path out) throws IOException { }
    }

    /**
     * What every task of a study needs, and nothing else: each arm's policy (name, overrides, resolved
     * scenario), the posterior's draws if any, the study seed, replicates per draw and weeks. Serializable,
     * so a cluster engine sends it to its executors as it is (Spark broadcasts it); every engine runs each
     * task through {@link #run}, so a record depends on the task alone, not on where it ran.
     */
    public record Plan(List<Study.Policy> policies, Study.Posterior posterior, long seed, int replicates, int weeks)
            implements Serializable {
        public static Plan of(Study study) {
            Study.Posterior p = study.posterior();
            // the sample without its file's name (a Path does not serialize; runs never read it)
            if (p != null) p = new Study.Posterior(p.sample().withoutFile(), p.draws(), p.rows());
            return new Plan(List.copyOf(study.policies()), p, study.seed(), study.replicates(), StudyInfo.weeksOf(study.days()));
        }

        /**
         * Runs one task. Over a posterior, run r is replicate (r - 1) mod K + 1 of draw (r - 1) / K (K
         * replicates per draw), with that draw's values in the policy's scenario and that replicate's seed in
         * every draw (common random numbers across draws, so draws differ by their parameters, not by their
         * dice). Without one, run r is replicate r of the policy's own scenario, seeded from the study seed
         * and r only.
         */
        public Done run(Task task, Simulator simulator) throws Exception {
            Study.Policy p = policies.get(task.policyIndex());
            int r = task.replicate();
            Scenario sc = posterior == null ? p.scenario() : posterior.apply(p, (r - 1) / replicates, seed);
            return runSeeded(sc, p.name(), task, Seeds.runSeed(seed, r, replicates, posterior != null), weeks, simulator);
        }
    }

    /** Runs one task of {@code study} (see {@link Plan#run}); depends on nothing else. */
    public static Done runTask(Study study, Task task, Simulator simulator) throws Exception {
        return Plan.of(study).run(task, simulator);
    }

    private static Done runSeeded(Scenario scenario, String policy, Task task, long seed, int weeks, Simulator simulator)
            throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        RunResult res = simulator.run(scenario, seed).withGroupTotals(); // per-group arrivals as columns of replicates.csv
        long c1 = threads.getCurrentThreadCpuTime();
        return new Done(ReplicateRecord.of(task.policyIndex(), policy, task.replicate(), seed, res, weeks),
                res.agentDays(), c0 < 0 || c1 < 0 ? 0 : c1 - c0);
    }

    /** The default engine: a {@link ReplicatePool} of {@code n} threads in this JVM. */
    public static Engine threads(int n, Simulator simulator) {
        return (study, tasks, done) -> {
            Plan plan = Plan.of(study);
            Object handOver = new Object();
            List<java.util.concurrent.Callable<Boolean>> calls = new ArrayList<>(tasks.size());
            for (Task t : tasks) {
                calls.add(() -> {
                    Done d = plan.run(t, simulator);
                    // handed over (saved) by the worker as soon as it finishes, so that a failure elsewhere
                    // loses no finished replicate; one at a time, as the contract says
                    synchronized (handOver) {
                        done.accept(d);
                    }
                    return true;
                });
            }
            try (ReplicatePool pool = new ReplicatePool(n, "study-worker")) {
                pool.forEachCompleted(calls, ok -> { });
            }
        };
    }

    /** The (policy, replicate) tasks of this run's slice that are not saved yet, replicate by replicate. */
    public List<Task> todo(ReplicateStore store) {
        List<Task> todo = new ArrayList<>();
        // replicate by replicate, every policy in turn, so that the JIT meets every policy's code paths early
        // and a stopped study has whole replicates of every policy (results do not depend on the order:
        // each run has its own seed and file)
        for (int r = 1; r <= study.runs(); r++)
            for (Study.Policy p : study.policies()) {
                if (options.shard() != null && !options.shard().owns(r)) continue;
                if (options.resume() && store.has(p.index(), r)) continue;
                todo.add(new Task(p.index(), r));
            }
        return todo;
    }

    /** Runs every missing (policy, replicate) of this run's slice and saves each as it finishes. */
    public Outcome runReplicates() throws IOException, ConfigException, InterruptedException, ExecutionException {
        ReplicateStore store = new ReplicateStore(options.out(), study.info(""));
        if (options.resume()) {
            ReplicateStore.Scan scan = store.scanForThisStudy();
            if (!scan.damage().isEmpty()) {
                if (options.log() != null) {
                    List<ReplicateStore.Damage> d = scan.damage();
                    for (int i = 0; i < Math.min(10, d.size()); i++) options.log().println("note: " + d.get(i) + "; recomputing it");
                    if (d.size() > 10) options.log().println("note: and " + (d.size() - 10) + " more damaged saved replicates; recomputing them");
                }
                store.dropDamaged(scan.damagedFiles()); // the good records of those files are kept
                store.scan();
            }
        } else {
            store.clear(r -> options.shard() == null || options.shard().owns(r));
            store.scan();
        }
        // one append-only segment per thread that hands records over (the pool's workers, or the one thread
        // through which a cluster engine returns them)
        java.util.concurrent.atomic.AtomicInteger writers = new java.util.concurrent.atomic.AtomicInteger();
        List<ReplicateStore.Segment> open = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ReplicateStore.Segment> segment = ThreadLocal.withInitial(() -> {
            try {
                ReplicateStore.Segment sg = store.newSegment(writers.incrementAndGet());
                open.add(sg);
                return sg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Task> todo = todo(store);
        int slice = 0;
        for (int r = 1; r <= study.runs(); r++)
            if (options.shard() == null || options.shard().owns(r)) slice += study.policies().size();
        int reused = slice - todo.size();
        if (options.log() != null && reused > 0)
            options.log().println("resuming: " + reused + " replicate runs already saved, " + todo.size() + " to run");
        long t0 = System.nanoTime();
        long[] sums = new long[2];
        try (Progress progress = new Progress(study.name(), todo.size(), options.log(), options.terminal())) {
            // a failed replicate fails the study; finished ones stay saved
            engine.run(study, todo, d -> {
                try {
                    segment.get().append(d.record());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sums[0] += d.agentDays();
                sums[1] += d.cpuNanos();
                progress.step();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause(); // a record could not be saved
            throw e;
        } finally {
            // the engine has let replicates in flight finish their save: close (and sync) every writer's file
            IOException closing = null;
            for (ReplicateStore.Segment sg : open) {
                try {
                    sg.close();
                } catch (IOException e) {
                    closing = e;
                }
            }
            store.close();
            if (closing != null) throw closing;
        }
        return new Outcome(todo.size(), reused, System.nanoTime() - t0, sums[1], sums[0]);
    }
}
