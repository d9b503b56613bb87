package channelsim.spark;

import channelsim.calibration.Simulations;
import channelsim.experiment.Study;
import channelsim.experiment.StudyResults;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Function2;
import scala.collection.Iterator;
import scala.collection.immutable.Range$;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a study's replicate tasks, and a calibration's (or a back-test's) simulations, on Spark. For a study the
 * driver broadcasts the study's {@link StudyRunner.Plan} (every arm's resolved scenario, the posterior's draws if
 * any); each Spark task is a block of (policy, replicate) tasks ({@link #spread}, {@link #blockSizes}), run on an executor by {@link StudyRunner.Plan#run}
 * (the code the local runner uses) and sent back whole; the driver saves each block's records as its task
 * ends, so the study folder is the local runner's and its files are byte-identical. For a calibration the
 * driver broadcasts the ABC problem once (a back-test's forecasts likewise), and each generation's batch of
 * simulations is one Spark job whose tasks (blocks again) run {@link Simulations#run(Simulations.Model, Simulations.Job)}; the algorithm (what to simulate, what to
 * keep, the journal) stays on the driver, in {@link channelsim.calibration.AbcSmc}. A record or a simulated
 * history depends only on its inputs, so a retried or speculative copy of a task returns the same result,
 * and Spark hands the driver one result per task whichever copy finished first.
 */
public final class SparkEngine implements StudyRunner.Engine, Simulations {

    /**
     * Replicate runs (or calibration simulations) per Spark task, {@code --conf spark.channelsim.runsPerTask=N}:
     * {@code auto} (the default) for {@link #blockSizes guided blocks}, largest first and single runs last, or a
     * whole number for blocks of that many.
     */
    public static final String RUNS_PER_TASK = "spark.channelsim.runsPerTask";

    /**
     * Where the Parquet rows go, {@code --conf spark.channelsim.parquet=URI} (default {@code DIR/replicates.parquet},
     * beside replicates.csv): a Hadoop URI (hdfs://, s3a://) when they should go to the cluster's storage as
     * instead of the study folder. The driver writes them, with the session's Hadoop configuration.
     */
    public static final String PARQUET = "spark.channelsim.parquet";

    private final Supplier<SparkSession> session;
    private SparkSession spark;
    /**
     * The most inputs in one Spark task of the default plan: a block of 20 runs is several CPU-seconds (Spark's
     * cost per task is milliseconds), its results some 60 KB, and a failure recomputes at most 20 runs.
     */
    static final int MAX_BLOCK = 20;

    private String blocksUsed = "";
    private Simulations.Model broadcastFor; // the calibration problem (or forecasts) whose broadcast is held, so a calibration sends it once
    private Broadcast<Simulations.Model> problem;

    /** {@code session} is called once, when the first study runs (so bad input is refused before Spark starts). */
    public SparkEngine(Supplier<SparkSession> session) {
        this.session = session;
    }

    /** The session, started on first use. */
    public synchronized SparkSession spark() {
        if (spark == null) spark = session.get();
        return spark;
    }

    /** Whether a session was started (the launcher stops it at the end). */
    public synchronized boolean started() { return spark != null; }

    /** A function of one block of inputs on an executor, with the broadcast value; serializable, so Spark ships it. */
    @FunctionalInterface
    interface BlockFn<P, T, R> extends Serializable {
        R apply(P plan, T input) throws Exception;
    }

    /** A study's replicate run on an executor: the local runner's code. */
    static final class ReplicateRun implements BlockFn<StudyRunner.Plan, StudyRunner.Task, StudyRunner.Done> {
        private static final long serialVersionUID = 1L;

        @Override
        public StudyRunner.Done apply(StudyRunner.Plan p, StudyRunner.Task t) {
            FaultInjection.maybeFail(t.replicate());
            try {
                return p.run(t, Simulation::run);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("replicate " + t.replicate() + " of policy " + p.policies().get(t.policyIndex()).name()
                        + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** A calibration's (or back-test's) simulation on an executor: the thread pool's code. */
    static final class SimulationRun implements BlockFn<Simulations.Model, Simulations.Job, Simulations.Result> {
        private static final long serialVersionUID = 1L;

        @Override
        public Simulations.Result apply(Simulations.Model p, Simulations.Job j) throws InterruptedException {
            FaultInjection.maybeFail(j.index() + 1);
            return Simulations.run(p, j);
        }
    }

    /**
     * A Spark task: {@code fn} on each input of its block, with the broadcast value. A named class rather than a
     * lambda, given to {@link SparkContext#runJob} as a function of the task's context and partition: Spark then
     * neither wraps it in a Scala closure of its own, which its closure cleaner inspects each job by reading and
     * parsing SparkContext's class file, nor deserializes a lambda in every task (see docs/PERFORMANCE.md, Spark).
     */
    static final class Block<P, T, R> extends AbstractFunction2<TaskContext, Iterator<List<T>>, Object[]> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<P> plan;
        private final BlockFn<P, T, R> fn;

        Block(Broadcast<P> plan, BlockFn<P, T, R> fn) {
            this.plan = plan;
            this.fn = fn;
        }

        @Override
        public Object[] apply(TaskContext context, Iterator<List<T>> it) {
            List<Object> out = new ArrayList<>();
            P p = plan.value();
            while (it.hasNext()) {
                for (T input : it.next()) {
                    try {
                        out.add(fn.apply(p, input));
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
            }
            return out.toArray();
        }
    }

    @Override
    public void run(Study study, List<StudyRunner.Task> tasks, Consumer<StudyRunner.Done> done)
            throws InterruptedException, ExecutionException {
        if (tasks.isEmpty()) return;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark().sparkContext());
        Broadcast<StudyRunner.Plan> plan = jsc.broadcast(StudyRunner.Plan.of(study));
        try {
            runJob(plan, tasks, null, new ReplicateRun(), done, study.name() + ": " + tasks.size() + " replicate runs");
        } finally {
            plan.destroy();
        }
    }

    @Override
    public void run(Simulations.Model abc, List<Simulations.Job> jobs, Consumer<Simulations.Result> done)
            throws InterruptedException, ExecutionException {
        if (jobs.isEmpty()) return;
        if (!(abc instanceof Serializable))
            throw new IllegalArgumentException(abc.getClass().getName() + " is not serializable: Spark cannot send it to executors");
        synchronized (this) {
            if (broadcastFor != abc) {
                if (problem != null) problem.destroy();
                problem = JavaSparkContext.fromSparkContext(spark().sparkContext()).broadcast(abc);
                broadcastFor = abc;
            }
        }
        runJob(problem, jobs, Simulations.costs(jobs), new SimulationRun(), done, abc.getClass().getSimpleName() + ": " + jobs.size() + " simulations, from number " + (jobs.get(0).index() + 1));
    }

    /**
     * One Spark job: {@code inputs} dealt into blocks ({@link #spread}, {@link #blockSizes}), one Spark task per block,
     * {@code fn} on each input with the broadcast value; each block's results handed to {@code done} on the
     * driver as its task ends, one block at a time.
     */
    private <P, T, R> void runJob(Broadcast<P> plan, List<T> inputs, double[] cost, BlockFn<P, T, R> fn, Consumer<R> done, String what)
            throws ExecutionException {
        SparkContext sc = spark().sparkContext();
        String setting = sc.getConf().get(RUNS_PER_TASK, "auto");
        int[][] cut = blocks(inputs.size(), cost, slots(sc, inputs.size()), runsPerTask(setting));
        List<List<T>> blocks = new ArrayList<>(cut.length);
        int largest = 0;
        for (int[] positions : cut) {
            List<T> b = new ArrayList<>(positions.length);
            for (int k : positions) b.add(inputs.get(k));
            blocks.add(b);
            largest = Math.max(largest, positions.length);
        }
        synchronized (this) {
            blocksUsed = setting.trim().equals("auto") ? "auto (largest " + largest + ", " + cut.length + " tasks for " + inputs.size() + ")" : setting.trim();
        }
        // one block per partition (a collection of n elements in n slices), launched in partition order: largest first
        JavaRDD<List<T>> rdd = JavaSparkContext.fromSparkContext(sc).parallelize(blocks, blocks.size());
        sc.setJobDescription(what + " in " + blocks.size() + " Spark tasks");
        Block<P, T, R> block = new Block<>(plan, fn);
        @SuppressWarnings("unchecked")
        Function2<Object, Object[], BoxedUnit> collect = (i, results) -> {
            for (Object r : results) done.accept((R) r);
            return BoxedUnit.UNIT;
        };
        ClassTag<Object[]> tag = ClassTag$.MODULE$.apply(Object[].class);
        try {
            sc.runJob(rdd.rdd(), block, Range$.MODULE$.apply(0, blocks.size()), collect, tag);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof UncheckedIOException io) throw io; // the driver could not save a record
            throw new ExecutionException(e.getMessage(), e);
        }
    }

    /**
     * How {@code n} inputs (in the order {@link #spread} deals them) are cut into Spark tasks on {@code slots} task slots: {@code fixed} inputs
     * per task when {@code fixed > 0}; otherwise guided blocks, each a quarter of what is left per slot (at most
     * {@value #MAX_BLOCK}, at least 1). Spark launches a stage's tasks in partition order, so the large blocks
     * go first and the last ones are single runs: every slot finishes within about one run of the others, and
     * Spark's cost per task (scheduling, task and result messages, listener events: milliseconds each) is paid
     * a few dozen times per job rather than once per run. The cut depends on n and the slots only; a run's
     * result does not depend on the block it is in.
     */
    static int[] blockSizes(int n, int slots, int fixed) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = n; left > 0; ) {
            int b = fixed > 0 ? Math.min(fixed, left) : Math.max(1, Math.min(MAX_BLOCK, left / (2 * Math.max(1, slots))));
            sizes.add(b);
            left -= b;
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Which inputs go into which Spark task, in launch order (Spark launches a stage's tasks in partition order as
     * slots free up). When the inputs' expected costs are known ({@code cost}, a calibration's jobs; 0 where
     * unknown, counted at the mean of the others), the most costly go first ({@link Simulations#longestFirst}) and
     * each block takes the next inputs up to half the expected cost left per slot (at least one input, at
     * most {@value #MAX_BLOCK}, or {@code fixed} inputs when {@code fixed > 0}): a history expected to take a
     * quarter of a batch's time runs alone and first, the cheapest last. Otherwise the inputs are dealt by
     * {@link #spread} and cut by {@link #blockSizes}. A result does not depend on its block or its order.
     */
    static int[][] blocks(int n, double[] cost, int slots, int fixed) {
        boolean known = false;
        if (cost != null) for (double c : cost) known |= c > 0;
        List<int[]> out = new ArrayList<>();
        if (!known) {
            int[] order = spread(n), sizes = blockSizes(n, slots, fixed);
            int from = 0;
            for (int size : sizes) {
                out.add(java.util.Arrays.copyOfRange(order, from, from + size));
                from += size;
            }
            return out.toArray(new int[0][]);
        }
        double[] c = Simulations.expectedCosts(cost);
        int[] order = Simulations.longestFirst(c);
        double left = 0;
        for (double x : c) left += x;
        for (int from = 0; from < n; ) {
            int to = from + 1;
            double in = c[order[from]], target = left / (2 * Math.max(1, slots));
            if (fixed > 0) to = Math.min(n, from + fixed);
            else while (to < n && to - from < MAX_BLOCK && in + c[order[to]] <= target) in += c[order[to++]];
            for (int j = from; j < to; j++) left -= c[order[j]];
            out.add(java.util.Arrays.copyOfRange(order, from, to));
            from = to;
        }
        return out.toArray(new int[0][]);
    }

    /**
     * The order in which {@code n} inputs are dealt into the blocks: input {@code (k x s) mod n} at position k, for a
     * stride s near n / 1.618 with no factor in common with n (so every input comes once). Neighbouring inputs
     * can cost alike (a study's replicates of one arm sit side by side; in a calibration's batch, before its
     * costs were known, the costly histories sat together), so cut in consecutive runs one block of 20 could
     * hold most of a batch's work and keep a slot busy long after the other had finished (measured: a block of
     * 20 taking 3.4 s of a 3.5-s batch whose other 16 blocks took 2.7 s together). Dealt with a golden-ratio stride,
     * every block samples the whole batch, as a shuffle would, but the same for every run. A result is handed
     * over by its input, so the order changes only which task runs it.
     */
    static int[] spread(int n) {
        int[] order = new int[n];
        if (n == 0) return order;
        int s = Math.max(1, (int) Math.round(n / 1.618033988749895));
        while (gcd(s, n) != 1) s++;
        for (int k = 0; k < n; k++) order[k] = (int) ((long) k * s % n);
        return order;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Task slots the job can use: Spark's default parallelism (local[N]: N; a cluster: the cores of the executors
     * registered so far), or the executors asked for times their cores if more; under dynamic allocation without
     * a maximum, {@code n} (blocks of one: the executors that will come are unknown).
     */
    static int slots(SparkContext sc, int n) {
        org.apache.spark.SparkConf c = sc.getConf();
        int slots = sc.defaultParallelism(), cores = c.getInt("spark.executor.cores", 1);
        if (c.getBoolean("spark.dynamicAllocation.enabled", false))
            return c.contains("spark.dynamicAllocation.maxExecutors")
                    ? Math.max(slots, c.getInt("spark.dynamicAllocation.maxExecutors", 1) * cores) : Math.max(slots, n);
        if (c.contains("spark.executor.instances")) slots = Math.max(slots, c.getInt("spark.executor.instances", 1) * cores);
        return slots;
    }

    /** The setting's fixed block size, or 0 for {@code auto}. */
    private static int runsPerTask(String v) {
        if (v.trim().equals("auto")) return 0;
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(RUNS_PER_TASK + " must be auto or a whole number of at least 1, not '" + v + "'");
    }

    /** Lets go of the calibration problem's broadcast (the session is stopped by its owner). */
    @Override
    public synchronized void close() {
        if (problem != null) problem.destroy();
        problem = null;
        broadcastFor = null;
    }

    @Override
    public void written(StudyResults results, Path out) throws IOException {
        org.apache.hadoop.conf.Configuration conf = spark().sparkContext().hadoopConfiguration();
        String uri = spark().sparkContext().getConf().get(PARQUET, null);
        if (uri == null) ReplicateParquet.write(out.resolve("replicates.csv"), conf);
        else ReplicateParquet.write(out.resolve("replicates.csv"), uri, conf);
        try {
            WeeklyParquet.write(out, conf);
        } catch (channelsim.config.ConfigException e) {
            throw new IOException(e.getMessage(), e); // the folder was just written complete: not the user's input
        }
    }

    @Override
    public synchronized Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (spark == null) {
            m.put("engine", "spark");
            return m;
        }
        SparkContext sc = spark.sparkContext();
        m.put("engine", "spark " + sc.master());
        m.put("spark_version", sc.version());
        m.put("spark_master", sc.master());
        m.put("spark_app_id", sc.applicationId());
        m.put("spark_default_parallelism", sc.defaultParallelism());
        m.put("replicate_runs_per_spark_task", blocksUsed);
        return m;
    }

    /**
     * For the tests of task retries only: with the system property {@value #PROPERTY} set to a replicate
     * number (or a calibration simulation's number, from 1), the first attempt of every Spark task holding it
     * fails, and Spark retries it. Off unless the property is set (it is read in the executor's JVM: local mode only).
     */
    static final class FaultInjection {
        static final String PROPERTY = "channelsim.spark.failFirstAttempt";

        private FaultInjection() {}

        static void maybeFail(int number) {
            String r = System.getProperty(PROPERTY);
            TaskContext ctx = TaskContext.get();
            if (r != null && ctx != null && ctx.attemptNumber() == 0 && Integer.toString(number).equals(r))
                throw new IllegalStateException("injected failure of the first attempt (replicate or simulation " + r + ")");
        }
    }
}
