package channelsim.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code calibrate --posterior} on Spark (local, 2 worker threads) writes the same posterior file, byte for
 * byte, as ./channelsim's local calibration with the same seed, and the same diagnostics tables; a failed and
 * retried simulation task changes nothing. The calibration is small (three years of monthly arrivals at a
 * twentieth of the population, 40 histories of 8 particles) to keep the suite quick.
 */
class SparkCalibrationTest {
    static SparkSession spark;
    static SparkEngine engine;

    @TempDir
    static Path dir;
    static Path targets;

    @BeforeAll
    static void startSparkAndWriteTargets() throws Exception {
        spark = SparkSession.builder().master(SparkStudyTest.MASTER).appName("channelsim-calibration-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        engine = new SparkEngine(() -> spark);
        List<String> record = Files.readAllLines(Path.of("models/targets/channel-record-2018-2024.csv"));
        Files.write(dir.resolve("record.csv"), record.stream()
                .filter(l -> l.startsWith("id,") || l.matches("^arrivals-20(18|19|20)-\\d\\d,.*") || l.matches("^arrivals-albanian-2020,.*")).toList());
        targets = dir.resolve("t.yaml");
        Files.writeString(targets, "name: small\nscenario: " + Path.of("models/scenarios/history-2018-2024.yaml").toAbsolutePath()
                + "\nposterior:\n  record: record.csv\n  scale: 0.05\n  free: [migrants.return_salience]\n  latent: [migrants.inflow_per_day]\n");
    }

    @AfterAll
    static void stopSpark() {
        if (engine != null) engine.close();
        if (spark != null) spark.stop();
    }

    static String[] calibrate(String name) {
        return new String[] {"calibrate", targets.toString(), "--posterior", dir.resolve(name + ".csv").toString(),
                "--budget", "40", "--particles", "8", "--seed", "3", "--out", dir.resolve(name).toString(), "-q"};
    }

    static SparkStudyTest.Outcome local(String name) {
        List<String> a = new java.util.ArrayList<>(List.of(calibrate(name)));
        a.addAll(List.of("--threads", "2"));
        return SparkStudyTest.local(a.toArray(new String[0]));
    }

    private static Path localRun;

    static synchronized Path localReference() {
        if (localRun == null) {
            SparkStudyTest.Outcome o = local("local");
            assertEquals(0, o.status(), o::toString);
            localRun = dir.resolve("local");
        }
        return localRun;
    }

    /** The posterior file and every diagnostics table are the local run's, byte for byte. */
    static void assertSameCalibration(String name) throws Exception {
        Path lo = localReference();
        assertArrayEquals(Files.readAllBytes(dir.resolve("local.csv")), Files.readAllBytes(dir.resolve(name + ".csv")), "posterior file differs");
        for (String f : List.of("generations.csv", "identification.csv", "coverage.csv", "predictive.csv"))
            assertArrayEquals(Files.readAllBytes(lo.resolve(f)), Files.readAllBytes(dir.resolve(name).resolve(f)), f + " differs");
        assertTrue(Files.readString(dir.resolve(name + ".csv")).startsWith("draw,weight,migrants.return_salience,migrants.inflow_per_day@2018,"));
    }

    @Test
    void aCalibrationOnSparkWritesTheLocalPosteriorByteForByte() throws Exception {
        localReference();
        java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger(), tasks = new java.util.concurrent.atomic.AtomicInteger(),
                launched = new java.util.concurrent.atomic.AtomicInteger();
        org.apache.spark.scheduler.SparkListener counter = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                scala.collection.Iterator<org.apache.spark.scheduler.StageInfo> it = start.stageInfos().iterator();
                while (it.hasNext()) launched.addAndGet(it.next().numTasks());
            }

            @Override
            public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd end) { jobs.incrementAndGet(); }

            @Override
            public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) { tasks.incrementAndGet(); }
        };
        spark.sparkContext().addSparkListener(counter);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.execute(calibrate("spark"), new PrintWriter(out), new PrintWriter(err), engine);
        assertEquals(0, status, err::toString);
        assertSameCalibration("spark");
        // its 40 simulations ran in Spark tasks of one or more simulations, one Spark job per batch (generation 0,
        // then each sweep of moves)
        for (int i = 0; i < 100 && (tasks.get() == 0 || tasks.get() < launched.get()); i++) Thread.sleep(50);
        spark.sparkContext().removeSparkListener(counter);
        assertEquals(launched.get(), tasks.get());
        assertTrue(tasks.get() >= jobs.get() && tasks.get() <= 40, tasks + " Spark tasks for 40 simulations in " + jobs + " jobs");
        assertTrue(jobs.get() >= 3, jobs + " Spark jobs");
    }

    @Test
    void aRetriedSimulationChangesNothing() throws Exception {
        localReference();
        StringWriter err = new StringWriter();
        // the 5th simulation's first attempt fails, and Spark runs it again
        int status = SparkStudyTest.withInjectedFailure(spark, 5, 1,
                () -> Main.execute(calibrate("retried"), new PrintWriter(new StringWriter()), new PrintWriter(err), engine));
        assertEquals(0, status, err::toString);
        assertSameCalibration("retried");
    }

    static String[] backtest(String name) {
        return new String[] {"backtest", targets.toString(), "--fit-until", "2019", "--predict", "2020", "--budget", "24", "--particles", "8",
                "--draws", "4", "--seed", "3", "--out", dir.resolve(name).toString(), "-q"};
    }

    /**
     * A back-test on Spark (its fit's simulations and its forecast runs as Spark tasks) writes the local back-test's
     * files, byte for byte: backtest.csv, skill.csv, the chart, the summary and the fit's diagnostics.
     */
    @Test
    void aBacktestOnSparkWritesTheLocalFilesByteForByte() throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of(backtest("bt-local")));
        a.addAll(List.of("--threads", "2"));
        SparkStudyTest.Outcome lo = SparkStudyTest.local(a.toArray(new String[0]));
        assertEquals(0, lo.status(), lo::toString);
        List<String> described = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        org.apache.spark.scheduler.SparkListener jobs = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                described.add(String.valueOf(start.properties().getProperty("spark.job.description")));
            }
        };
        spark.sparkContext().addSparkListener(jobs);
        SparkStudyTest.Outcome sp = SparkStudyTest.onSpark(engine, backtest("bt-spark"));
        assertEquals(0, sp.status(), sp::toString);
        for (int i = 0; i < 100 && described.stream().noneMatch(d -> d.startsWith("Forecasts: 4 simulations")); i++) Thread.sleep(50);
        spark.sparkContext().removeSparkListener(jobs);
        assertTrue(described.stream().anyMatch(d -> d.startsWith("Forecasts: 4 simulations")), "the forecasts ran as a Spark job: " + described);
        assertTrue(described.stream().anyMatch(d -> d.startsWith("ChannelProblem: ")), "the fit ran on Spark: " + described);
        Path l = dir.resolve("bt-local"), s = dir.resolve("bt-spark");
        List<Path> files;
        try (var w = Files.walk(l)) {
            // all but the fit's journal, which holds the simulations in the order they finished (the posterior is made by number)
            files = w.filter(Files::isRegularFile).map(l::relativize).filter(f -> !f.endsWith("journal.bin")).sorted().toList();
        }
        assertTrue(files.contains(Path.of("backtest.csv")) && files.contains(Path.of("skill.csv")) && files.contains(Path.of("fit", "predictive.csv")), files::toString);
        for (Path f : files)
            assertArrayEquals(Files.readAllBytes(l.resolve(f)), Files.readAllBytes(s.resolve(f)), f + " differs");
        try (var w = Files.walk(s)) {
            assertEquals(files.size() + 1, w.filter(Files::isRegularFile).count(), "the same files, and the journal");
        }
        assertTrue(Files.readString(s.resolve("backtest.csv")).contains("\n2020-03,arrivals,"), "2020 is forecast");
    }

    @Test
    void badTargetsAreRefusedBeforeSparkStarts() throws Exception {
        SparkEngine idle = new SparkEngine(() -> { throw new AssertionError("Spark must not start on bad input"); });
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nscenario: " + Path.of("models/scenarios/history-2018-2024.yaml").toAbsolutePath()
                + "\nposterior:\n  record: record.csv\n  free: [no.such.key]\n");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"calibrate", bad.toString(), "--posterior", dir.resolve("bad.csv").toString(), "--budget", "10"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), idle);
        assertEquals(2, status, err::toString);
        assertTrue(err.toString().startsWith(bad.toString() + ":"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
        assertFalse(idle.started());
        assertFalse(Files.exists(dir.resolve("bad.csv")));
    }
}
