package channelsim.calibration;

import channelsim.experiment.ReplicatePool;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Where a calibration's simulations run (and a back-test's forecasts): {@link #threads(int)} in this JVM, or an
 * engine such as Spark (channelsim-spark.jar). {@link AbcSmc} (or {@link Backtest}) decides what to simulate
 * and what to keep; an engine only runs the batch it is handed, every job through {@link #run(Model, Job)},
 * and a job's result depends on the job alone (its parameters, seed and tolerance), so the posterior and the
 * forecasts do not depend on the engine or its threads.
 */
public interface Simulations extends AutoCloseable {

    /**
     * What a job runs: a parameter vector and a seed to the simulated value of every target, in a fixed order
     * (an {@link AbcProblem}, or a back-test's forecasts). An engine that ships it to other machines needs it
     * serializable.
     */
    interface Model {
        /** Simulates z with a seed; may give up (null) once the distance is sure to exceed {@code epsilon}. */
        double[] simulate(double[] z, long seed, double epsilon) throws InterruptedException;
    }

    /**
     * One simulation: its index in the calibration (the journal's key), the parameter vector on the priors'
     * transformed scales, its seed, the tolerance past which it may stop early, and what it is expected to cost
     * in seconds (the measured time of the history it was proposed from; 0 when unknown). The cost only orders
     * the work ({@link #longestFirst}): a history's cost varies a hundredfold with its parameters (the people in
     * the camps), and a costly one started last keeps one thread busy after the others have run out of work.
     */
    record Job(int index, double[] z, long seed, double epsilon, double cost) implements Serializable {
        /** A job of unknown cost. */
        public Job(int index, double[] z, long seed, double epsilon) { this(index, z, seed, epsilon, 0); }
    }

    /**
     * A finished job: the simulated value of every target, or null when it was stopped early; and the seconds it
     * took on its thread (for ordering later work only: it never enters a result).
     */
    record Result(int index, double[] values, double seconds) implements Serializable {}

    /**
     * Runs every job and hands each result to {@code done}, one call at a time, in any order. Throws if a
     * job fails (results already handed over stay handed over).
     */
    void run(Model problem, List<Job> jobs, Consumer<Result> done) throws InterruptedException, ExecutionException;

    /** What the diagnostics may say of the engine (never the posterior); nothing for the thread pool. */
    default Map<String, Object> describe() { return Map.of(); }

    /** Lets go of the engine's threads (or broadcast data); the engine's owner calls it once at the end. */
    @Override
    default void close() { }

    /** Runs one job: the code every engine runs, in any thread, process or machine. */
    static Result run(Model problem, Job job) throws InterruptedException {
        long t0 = System.nanoTime();
        double[] values = problem.simulate(job.z(), job.seed(), job.epsilon());
        return new Result(job.index(), values, (System.nanoTime() - t0) / 1e9);
    }

    /** The jobs' expected costs ({@link Job#cost}), in their order. */
    static double[] costs(List<Job> jobs) {
        return jobs.stream().mapToDouble(Job::cost).toArray();
    }

    /** Expected costs with each unknown one (0) counted at the mean of the known ones; all 0 when none is known. */
    static double[] expectedCosts(double[] cost) {
        double known = 0;
        int k = 0;
        for (double c : cost) if (c > 0) { known += c; k++; }
        double unknown = k == 0 ? 0 : known / k;
        double[] c = new double[cost.length];
        for (int i = 0; i < c.length; i++) c[i] = cost[i] > 0 ? cost[i] : unknown;
        return c;
    }

    /**
     * The positions of jobs of these {@link #expectedCosts expected costs} in the order to start them: the most
     * costly first (list scheduling, longest first: the last to start are the cheapest, so the threads run out of
     * work together); equal costs, and a batch whose costs are all unknown, in the given order.
     */
    static int[] longestFirst(double[] expected) {
        return java.util.stream.IntStream.range(0, expected.length).boxed()
                .sorted((a, b) -> expected[a] != expected[b] ? Double.compare(expected[b], expected[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The default engine: a {@link ReplicatePool} of {@code n} threads in this JVM, started on first use. */
    static Simulations threads(int n) {
        return new Simulations() {
            private ReplicatePool pool;

            @Override
            public void run(Model problem, List<Job> jobs, Consumer<Result> done) throws InterruptedException, ExecutionException {
                if (pool == null) pool = new ReplicatePool(n, "abc-smc");
                List<Callable<Result>> calls = new ArrayList<>(jobs.size());
                for (int i : longestFirst(expectedCosts(costs(jobs)))) {
                    Job j = jobs.get(i);
                    calls.add(() -> Simulations.run(problem, j));
                }
                pool.forEachCompleted(calls, done); // handed over in this (the caller's) thread
            }

            @Override
            public void close() {
                if (pool != null) pool.close();
            }
        };
    }
}
