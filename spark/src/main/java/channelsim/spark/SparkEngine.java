package channelsim.spark;

import channelsim.config.Scenario;
import channelsim.experiment.Study;
import channelsim.experiment.StudyInfo;
import channelsim.experiment.StudyResults;
import channelsim.experiment.StudyRunner;
import channelsim.policy.Simulation;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
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
 * Runs a study's replicate tasks on Spark. The driver broadcasts the resolved scenarios; each Spark task is
 * a block of consecutive (policy, replicate) tasks, run on an executor by {@link StudyRunner#runTask} (the
 * code the local runner uses) and sent back whole; the driver saves each block's records as its task ends,
 * so the study folder is the local runner's and its files are byte-identical. A record depends only on
 * (scenario, study seed, replicate), so a retried or speculative copy of a task returns the same records,
 * and Spark hands the driver one result per block whichever copy finished first.
 */
public final class SparkEngine implements StudyRunner.Engine {

    /** What executors need: every policy's resolved scenario and name, the study seed and weeks. */
    record Plan(List<Scenario> scenarios, List<String> names, long seed, int weeks) implements Serializable {}

    /**
     * Replicate runs per Spark task, {@code --conf spark.channelsim.runsPerTask=N} (default 1: the finest
     * load balance; a run takes about a second per simulated year, far above Spark's per-task cost).
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
    private int tasksPerBlock = 1;

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

    @Override
    public void run(Study study, List<StudyRunner.Task> tasks, Consumer<StudyRunner.Done> done)
            throws InterruptedException, ExecutionException {
        if (tasks.isEmpty()) return;
        SparkContext sc = spark().sparkContext();
        tasksPerBlock = runsPerTask(sc.getConf().get(RUNS_PER_TASK, "1"));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        List<Scenario> scenarios = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Study.Policy p : study.policies()) {
            scenarios.add(p.scenario());
            names.add(p.name());
        }
        Broadcast<Plan> plan = jsc.broadcast(new Plan(scenarios, names, study.seed(), StudyInfo.weeksOf(study.days())));
        int blocks = (tasks.size() + tasksPerBlock - 1) / tasksPerBlock;
        JavaRDD<StudyRunner.Task> rdd = jsc.parallelize(tasks, blocks);
        sc.setJobDescription(study.name() + ": " + tasks.size() + " replicate runs in " + blocks + " blocks");
        Function1<Iterator<StudyRunner.Task>, StudyRunner.Done[]> block =
                (Function1<Iterator<StudyRunner.Task>, StudyRunner.Done[]> & Serializable) it -> runBlock(plan.value(), it);
        Function2<Object, StudyRunner.Done[], BoxedUnit> collect = (i, results) -> {
            for (StudyRunner.Done d : results) done.accept(d);
            return BoxedUnit.UNIT;
        };
        ClassTag<StudyRunner.Done[]> tag = ClassTag$.MODULE$.apply(StudyRunner.Done[].class);
        try {
            sc.runJob(rdd.rdd(), block, collect, tag);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof UncheckedIOException io) throw io; // the driver could not save a record
            throw new ExecutionException(e.getMessage(), e);
        } finally {
            plan.destroy();
        }
    }

    private static int runsPerTask(String v) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(RUNS_PER_TASK + " must be a whole number of at least 1, not '" + v + "'");
    }

    /** On an executor: one block's tasks, in order, through the local runner's own task code. */
    static StudyRunner.Done[] runBlock(Plan plan, Iterator<StudyRunner.Task> it) {
        List<StudyRunner.Done> out = new ArrayList<>();
        while (it.hasNext()) {
            StudyRunner.Task t = it.next();
            FaultInjection.maybeFail(t);
            try {
                out.add(StudyRunner.runTask(plan.scenarios().get(t.policyIndex()), plan.names().get(t.policyIndex()), t,
                        plan.seed(), plan.weeks(), Simulation::run));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("replicate " + t.replicate() + " of policy " + plan.names().get(t.policyIndex())
                        + " failed: " + e.getMessage(), e);
            }
        }
        return out.toArray(new StudyRunner.Done[0]);
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
        m.put("replicate_runs_per_spark_task", tasksPerBlock);
        return m;
    }

    /**
     * For the tests of task retries only: with the system property {@value #PROPERTY} set to a replicate
     * number, the first attempt of every Spark task holding that replicate fails, and Spark retries it.
     * Off unless the property is set (it is read in the executor's JVM: local mode only).
     */
    static final class FaultInjection {
        static final String PROPERTY = "channelsim.spark.failFirstAttempt";

        private FaultInjection() {}

        static void maybeFail(StudyRunner.Task t) {
            String r = System.getProperty(PROPERTY);
            TaskContext ctx = TaskContext.get();
            if (r != null && ctx != null && ctx.attemptNumber() == 0 && Integer.toString(t.replicate()).equals(r))
                throw new IllegalStateException("injected failure of the first attempt (replicate " + r + ")");
        }
    }
}
