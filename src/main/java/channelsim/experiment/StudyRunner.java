package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Scenario;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Runs a study's (policy, replicate) tasks on a fixed thread pool. Each task runs one replicate and saves
 * its record; nothing is accumulated in completion order, so the outputs (built afterwards from the saved
 * records in policy and replicate order) do not depend on the thread count.
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
    private final Simulator simulator;

    public StudyRunner(Study study, Options options) {
        this(study, options, Simulation::run);
    }

    public StudyRunner(Study study, Options options, Simulator simulator) {
        this.study = study;
        this.options = options;
        this.simulator = simulator;
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
        java.util.concurrent.atomic.AtomicInteger workers = new java.util.concurrent.atomic.AtomicInteger();
        List<ReplicateStore.Segment> open = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ReplicateStore.Segment> segment = ThreadLocal.withInitial(() -> {
            try {
                ReplicateStore.Segment sg = store.newSegment(workers.incrementAndGet());
                open.add(sg);
                return sg;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int weeks = StudyInfo.weeksOf(study.days());
        List<int[]> todo = new ArrayList<>();
        int reused = 0;
        // replicate by replicate, every policy in turn, so that the JIT meets every policy's code paths early
        // and a stopped study has whole replicates of every policy (results do not depend on the order:
        // each run has its own seed and file)
        for (int r = 1; r <= study.replicates(); r++)
            for (Study.Policy p : study.policies()) {
                if (options.shard() != null && !options.shard().owns(r)) continue;
                if (options.resume() && store.has(p.index(), r)) {
                    reused++;
                    continue;
                }
                todo.add(new int[]{p.index(), r});
            }
        if (options.log() != null && reused > 0)
            options.log().println("resuming: " + reused + " replicate runs already saved, " + todo.size() + " to run");
        long t0 = System.nanoTime();
        long agentDays = 0, cpu = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<java.util.concurrent.Callable<long[]>> tasks = new ArrayList<>(todo.size());
        for (int[] t : todo) {
            Study.Policy p = study.policies().get(t[0]);
            int r = t[1];
            tasks.add(() -> {
                long seed = Seeds.replicateSeed(study.seed(), r);
                long c0 = threads.getCurrentThreadCpuTime();
                RunResult res = simulator.run(p.scenario(), seed);
                long c1 = threads.getCurrentThreadCpuTime();
                segment.get().append(ReplicateRecord.of(p.index(), p.name(), r, seed, res, weeks));
                return new long[]{res.agentDays(), c0 < 0 || c1 < 0 ? 0 : c1 - c0};
            });
        }
        long[] sums = new long[2];
        try (ReplicatePool pool = new ReplicatePool(options.threads(), "study-worker");
             Progress progress = new Progress(study.name(), todo.size(), options.log(), options.terminal())) {
            // a failed replicate fails the study; finished ones stay saved
            pool.forEachCompleted(tasks, f -> {
                sums[0] += f[0];
                sums[1] += f[1];
                progress.step();
            });
        } finally {
            // the pool has let replicates in flight finish their save: close (and sync) every worker's file
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
        agentDays = sums[0];
        cpu = sums[1];
        return new Outcome(todo.size(), reused, System.nanoTime() - t0, cpu, agentDays);
    }
}
