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
     * transformed scales, its seed, and the tolerance past which it may stop early.
     */
    record Job(int index, double[] z, long seed, double epsilon) implements Serializable {}

    /** A finished job: the simulated value of every target, or null when it was stopped early. */
    record Result(int index, double[] values) implements Serializable {}

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
        return new Result(job.index(), problem.simulate(job.z(), job.seed(), job.epsilon()));
    }

    /** The default engine: a {@link ReplicatePool} of {@code n} threads in this JVM, started on first use. */
    static Simulations threads(int n) {
        return new Simulations() {
            private ReplicatePool pool;

            @Override
            public void run(Model problem, List<Job> jobs, Consumer<Result> done) throws InterruptedException, ExecutionException {
                if (pool == null) pool = new ReplicatePool(n, "abc-smc");
                List<Callable<Result>> calls = new ArrayList<>(jobs.size());
                for (Job j : jobs) calls.add(() -> Simulations.run(problem, j));
                pool.forEachCompleted(calls, done); // handed over in this (the caller's) thread
            }

            @Override
            public void close() {
                if (pool != null) pool.close();
            }
        };
    }
}
