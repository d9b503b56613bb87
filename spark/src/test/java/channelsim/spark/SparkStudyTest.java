package channelsim.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import channelsim.experiment.ReplicateStore;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A study run on Spark (local, 2 worker threads, started from the Maven dependencies) writes the same files,
 * byte for byte, as the same study run by ./channelsim's local runner, plus the replicate rows as Parquet;
 * a failed and retried Spark task changes nothing; bad input is refused before Spark is asked for anything.
 * The study is small (3 policies, 100 days, a fifth of the population) to keep the suite quick.
 */
class SparkStudyTest {
    /** local[2,2]: two worker threads, as local[2], and a task may be tried twice (for the retry test). */
    static final String MASTER = "local[2,2]";
    static SparkSession spark;
    static SparkEngine engine;

    @TempDir
    static Path dir;

    record Outcome(int status, String out, String err) {}

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master(MASTER).appName("channelsim-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        engine = new SparkEngine(() -> spark);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    static Outcome local(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = channelsim.cli.Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, out.toString(), err.toString());
    }

    static Outcome onSpark(SparkEngine e, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err), e);
        return new Outcome(status, out.toString(), err.toString());
    }

    /** The 2025 scenario with the schemes starting early, so that 100 days show them. */
    static Path study(String name) throws IOException {
        Path base = Path.of("models/scenarios/status-quo-2025.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("base.yaml"), "extends: " + base + "\nname: small-2025\nscale: 0.2\ndays: 100\n");
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, """
                name: %s
                scenario: base.yaml
                replicates: 3
                seed: 17
                baseline: no-scheme
                policies:
                  no-scheme: {}
                  oioo-50-a-week: {policies.one_in_one_out.enabled: true, policies.one_in_one_out.start: 2025-01-10}
                  return-every-arrival: {policies.return_all.enabled: true, policies.return_all.start: 2025-01-10}
                """.formatted(name));
        return f;
    }

    private static Path localRun;

    /** The local runner's folder for the small study, made once (the reference every Spark run is held to). */
    static synchronized Path localReference() throws IOException {
        if (localRun == null) {
            Path out = dir.resolve("local");
            Outcome o = local("study", study("small").toString(), "--threads", "2", "--out", out.toString(), "-q");
            assertEquals(0, o.status(), o::toString);
            localRun = out;
        }
        return localRun;
    }

    @Test
    void aSparkStudyWritesEveryFileOfTheLocalRunByteForByte() throws Exception {
        Path lo = localReference();
        Path sp = dir.resolve("spark");
        Outcome o = onSpark(engine, "study", study("small").toString(), "--out", sp.toString());
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().contains("on spark local[2,2]"), o.out());
        assertSameFiles(lo, sp);

        // the manifest differs only in the run's details (times, engine), which say it ran on Spark
        ObjectMapper json = new ObjectMapper();
        ObjectNode ml = (ObjectNode) json.readTree(lo.resolve("manifest.json").toFile());
        ObjectNode ms = (ObjectNode) json.readTree(sp.resolve("manifest.json").toFile());
        assertEquals("spark " + MASTER, ms.get("run").get("engine").asText());
        assertEquals(9, ms.get("run").get("replicate_runs_computed").asInt());
        ml.remove("run");
        ms.remove("run");
        assertEquals(ml, ms);
    }

    @Test
    void theParquetRowsAreTheReplicateRowsTyped() throws Exception {
        Path sp = dir.resolve("spark-parquet");
        Outcome o = onSpark(engine, "study", study("small").toString(), "--out", sp.toString(), "-q");
        assertEquals(0, o.status(), o::toString);
        List<String> csv = Files.readAllLines(sp.resolve("replicates.csv"));
        String[] header = csv.get(0).split(",");
        Dataset<Row> rows = spark.read().parquet(sp.resolve(ReplicateParquet.FILE).toString()).orderBy("policy", "replicate");
        assertArrayEquals(header, rows.columns());
        assertEquals(DataTypes.StringType, rows.schema().apply("policy").dataType());
        assertEquals(DataTypes.LongType, rows.schema().apply("replicate").dataType());
        assertEquals(DataTypes.LongType, rows.schema().apply("arrivals").dataType());
        assertEquals(DataTypes.DoubleType, rows.schema().apply("people_per_boat").dataType());
        List<Row> got = rows.collectAsList();
        assertEquals(csv.size() - 1, got.size());
        // every value, as replicates.csv writes it
        TreeSet<String> fromCsv = new TreeSet<>(csv.subList(1, csv.size()));
        TreeSet<String> fromParquet = new TreeSet<>();
        for (Row r : got) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.length; c++) {
                Object v = r.get(c);
                cells.add(v instanceof Double d ? channelsim.output.Numbers.format(d) : String.valueOf(v));
            }
            fromParquet.add(String.join(",", cells));
        }
        assertEquals(fromCsv, fromParquet);
        // the deterrence the summary reports follows from these rows (Spark SQL on the Parquet, as a user would)
        // (people, not crossings): the mean over replicates of 1 - people(policy) / people(baseline), paired by
        // replicate. Which way it goes over 100 days at scale 0.2 is noise; StudyCommandTest checks the direction.
        rows.createOrReplaceTempView("reps");
        double fromRows = spark.sql("SELECT avg(1 - p.people_arrived / b.people_arrived) FROM reps p JOIN reps b"
                + " ON p.replicate = b.replicate AND b.policy = 'no-scheme' WHERE p.policy = 'return-every-arrival'").first().getDouble(0);
        double reported = Double.NaN;
        for (String line : Files.readAllLines(sp.resolve("summary.csv"))) {
            String[] c = line.split(",");
            if (c[0].equals("return-every-arrival") && c[1].equals("deterrence_people")) reported = Double.parseDouble(c[2]);
        }
        assertEquals(reported, fromRows, 1e-5, "summary.csv's people deterrence from the Parquet rows");
    }

    @Test
    void theParquetCommandWritesEveryReplicatesWeeklyArrivalsForAFolderTheLocalRunnerMade() throws Exception {
        Path lo = dir.resolve("local-for-parquet");
        Outcome l = local("study", study("small").toString(), "--threads", "2", "--out", lo.toString(), "-q");
        assertEquals(0, l.status(), l::toString);
        Outcome o = onSpark(new SparkEngine(() -> { throw new AssertionError("the parquet command starts no Spark job"); }),
                "parquet", lo.toString());
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().contains(WeeklyParquet.FILE), o.out());
        Dataset<Row> w = spark.read().parquet(lo.resolve(WeeklyParquet.FILE).toString());
        assertEquals(DataTypes.DateType, w.schema().apply("week_start").dataType());
        assertEquals(DataTypes.LongType, w.schema().apply("week").dataType());
        assertEquals(3 * 3 * 14, w.count(), "3 policies x 3 replicates x 14 whole weeks of the 100 days");
        // each run's weekly arrivals add up to its arrivals over the 98 days of whole weeks: at most its total
        List<String> csv = Files.readAllLines(lo.resolve("replicates.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            double total = Double.parseDouble(c[head.indexOf("arrivals")]);
            double weeks = w.filter("policy = '" + c[0] + "' and replicate = " + c[head.indexOf("replicate")])
                    .agg(org.apache.spark.sql.functions.sum("arrivals")).first().getDouble(0);
            assertTrue(weeks <= total + 1e-9 && weeks >= 0.8 * total, line + ": weekly sum " + weeks);
        }
        Row first = w.orderBy("policy", "replicate", "week").first();
        assertEquals(java.sql.Date.valueOf("2025-01-01"), first.getAs("week_start"), "week 1 starts on the study's first day");
        assertTrue(Files.isRegularFile(lo.resolve(ReplicateParquet.FILE)));
        // a folder that is not a finished study: one line, exit 2, nothing written
        Outcome bad = onSpark(engine, "parquet", dir.resolve("no-such-folder").toString());
        assertEquals(2, bad.status(), bad::toString);
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void aRetriedTaskChangesNothing() throws Exception {
        Path lo = localReference();
        Path sp = dir.resolve("spark-retried");
        Path f = study("small");
        // every policy's replicate 2 fails once and is run again (each is a task of its own here: the 9 runs go in blocks of 2, 1, 1, ...)
        Outcome o = withInjectedFailure(spark, 2, 3, () -> onSpark(engine, "study", f.toString(), "--out", sp.toString(), "-q"));
        assertEquals(0, o.status(), o::toString);
        assertSameFiles(lo, sp);
    }

    /**
     * Runs {@code run} with the first attempt of every Spark task holding replicate (or simulation) {@code number}
     * failing, checks that {@code failures} task attempts failed, and returns what {@code run} returned.
     */
    static <T> T withInjectedFailure(SparkSession spark, int number, int failures, java.util.concurrent.Callable<T> run) throws Exception {
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        org.apache.spark.scheduler.SparkListener counter = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
                if (end.taskInfo().failed()) failed.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(counter);
        System.setProperty(SparkEngine.FaultInjection.PROPERTY, Integer.toString(number));
        T result;
        try {
            result = run.call();
        } finally {
            System.clearProperty(SparkEngine.FaultInjection.PROPERTY);
        }
        // listeners hear of failed attempts a little later
        for (int i = 0; i < 100 && failed.get() < failures; i++) Thread.sleep(50);
        spark.sparkContext().removeSparkListener(counter);
        assertEquals(failures, failed.get());
        return result;
    }

    @Test
    void aStudyResumedOnSparkEqualsOneRun() throws Exception {
        Path lo = localReference();
        Path sp = dir.resolve("spark-resumed");
        Path f = study("small");
        assertEquals(0, onSpark(engine, "study", f.toString(), "--replicates", "2", "--out", sp.toString(), "-q").status());
        Outcome o = onSpark(engine, "study", f.toString(), "--resume", "--out", sp.toString());
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.err().contains("6 replicate runs already saved, 3 to run"), o.err());
        assertSameFiles(lo, sp);
    }

    @Test
    void aStudyOverAPosteriorOnSparkWritesTheLocalFilesByteForByte() throws Exception {
        // the shipped posterior, two draws of it, two replicates a draw: parameter uncertainty in every file
        Path f = study("small");
        String post = Path.of("models/posterior/channel-2018-2024.csv").toString();
        Path lo = dir.resolve("posterior-local"), sp = dir.resolve("posterior-spark");
        Outcome l = local("study", f.toString(), "--posterior", post, "--draws", "2", "--replicates", "2", "--threads", "2", "--out", lo.toString(), "-q");
        assertEquals(0, l.status(), l::toString);
        Outcome o = onSpark(engine, "study", f.toString(), "--posterior", post, "--draws", "2", "--replicates", "2", "--out", sp.toString());
        assertEquals(0, o.status(), o::toString);
        assertTrue(Files.isRegularFile(sp.resolve("uncertainty.csv")));
        assertSameFiles(lo, sp);
        // the draws moved the results: the runs of one replicate under two draws differ
        List<String> rows = Files.readAllLines(sp.resolve("replicates.csv"));
        assertEquals(1 + 3 * 4, rows.size());
        int arrivals = List.of(rows.get(0).split(",")).indexOf("arrivals");
        assertFalse(rows.get(1).split(",")[arrivals].equals(rows.get(3).split(",")[arrivals]), rows::toString);
    }

    @Test
    void badInputIsRefusedBeforeSparkStarts() throws Exception {
        SparkEngine idle = new SparkEngine(() -> { throw new AssertionError("Spark must not start on bad input"); });
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nscenario: base.yaml\nreplicates: 0\npolicies: {a: {}}\n");
        study("small"); // writes base.yaml
        Outcome o = onSpark(idle, "study", bad.toString(), "--out", dir.resolve("bad-out").toString());
        assertEquals(2, o.status(), o::toString);
        String[] lines = o.err().strip().split("\n");
        assertTrue(lines.length >= 1 && lines[0].startsWith(bad.toString() + ":"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(idle.started());
        Outcome u = onSpark(idle, "study", "--replicates", "0", study("small").toString());
        assertEquals(2, u.status(), u::toString);
        assertTrue(u.err().strip().split("\n")[0].startsWith("--replicates:"), u.err());
    }

    /** Every file of the local folder is in the Spark folder with the same bytes; Spark adds only the Parquet rows. */
    static void assertSameFiles(Path lo, Path sp) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(lo)) {
            files = s.filter(Files::isRegularFile).map(lo::relativize).sorted().toList();
        }
        assertTrue(files.size() > 10, "the local run wrote too few files: " + files);
        assertTrue(files.contains(Path.of("replicates.csv")) && files.contains(Path.of("summary.csv")), files::toString);
        for (Path f : files) {
            if (f.toString().equals("manifest.json")) continue; // run details; compared without them above
            // the saved-replicate store: one append-only log per writing thread, in finishing order, so its
            // layout differs even between two local runs; its records are what replicates.csv holds, compared here
            if (f.startsWith(ReplicateStore.FOLDER)) continue;
            assertArrayEquals(Files.readAllBytes(lo.resolve(f)), Files.readAllBytes(sp.resolve(f)), f + " differs");
        }
        List<Path> extra;
        try (Stream<Path> s = Files.walk(sp)) {
            extra = s.filter(Files::isRegularFile).map(sp::relativize)
                    .filter(p -> !files.contains(p) && !p.toString().equals(ReplicateParquet.FILE) && !p.toString().equals(WeeklyParquet.FILE)
                            && !p.startsWith(ReplicateStore.FOLDER)).toList();
        }
        assertEquals(List.of(), extra);
        assertTrue(Files.isRegularFile(sp.resolve(ReplicateParquet.FILE)));
        assertTrue(Files.isRegularFile(sp.resolve(WeeklyParquet.FILE)));
    }
}
