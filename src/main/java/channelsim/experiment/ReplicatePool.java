package channelsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one place where ChannelSim runs work in parallel: replicates of a study, a calibration's
 * simulations, a sensitivity design, the bench's timings, the charts. A fixed pool of daemon threads (a
 * failed run must not keep the JVM alive); results never depend on the number of threads, because every
 * task carries its own seed ({@link Seeds}) and results are handed back by position or to one collecting
 * thread. A failure cancels the tasks not yet started and is thrown to the caller; closing waits for the
 * tasks in flight, so an atomic save in progress completes before a rerun may start.
 */
public final class ReplicatePool implements AutoCloseable {
    private final ExecutorService pool;

    /** A pool of {@code threads} workers (at least one), named after the work for thread dumps. */
    public ReplicatePool(int threads, String name) {
        pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs every task and returns the results in the order of the tasks; {@code done}, if given, is
     * called in the caller's thread as each result arrives (for progress).
     */
    public <T> List<T> runAll(List<? extends Callable<T>> tasks, Runnable done) throws InterruptedException, ExecutionException {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        List<T> out = new ArrayList<>(tasks.size());
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
                if (done != null) done.run();
            }
        } catch (ExecutionException | InterruptedException e) {
            for (Future<T> f : futures) f.cancel(true);
            throw e;
        }
        return out;
    }

    /**
     * Runs every task and hands each result to {@code collect} in the caller's thread, in the order
     * they finish (for work whose results are saved by each task and only summed here).
     */
    public <T> void forEachCompleted(List<? extends Callable<T>> tasks, Consumer<T> collect) throws InterruptedException, ExecutionException {
        ExecutorCompletionService<T> done = new ExecutorCompletionService<>(pool);
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) futures.add(done.submit(t));
        try {
            for (int i = 0; i < tasks.size(); i++) collect.accept(done.take().get());
        } catch (ExecutionException | InterruptedException e) {
            for (Future<T> f : futures) f.cancel(true);
            throw e;
        }
    }

    /** Stops the workers, letting tasks in flight finish (at most a minute). */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
