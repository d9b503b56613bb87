package channelsim.experiment;

import channelsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reproducibility of study outputs with a stand-in model: threads, shards and resume change nothing. */
class StudyRunnerTest {
    /** Every file whose bytes must not depend on how the study was run. */
    static final List<String> SAME = List.of("replicates.csv", "summary.csv", "quantiles.csv", "weekly_bands.csv",
            "report.html", "charts/deterrence.svg", "charts/deterrence.png", "charts/weekly-arrivals-no-scheme.svg");

    @TempDir
    Path dir;

    private Study study() throws Exception {
        return StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY));
    }

    private static StudyRunner.Options opts(Path out, int threads, boolean resume, StudyRunner.Shard shard) {
        return new StudyRunner.Options(threads, out, resume, shard, null, false);
    }

    private static void assertSameFiles(Path a, Path b) throws Exception {
        for (String f : SAME)
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalFiles() throws Exception {
        Study s = study();
        Studies.run(s, opts(dir.resolve("t1"), 1, false, null), FakeModel::run);
        Studies.run(s, opts(dir.resolve("t2"), 2, false, null), FakeModel::run);
        assertSameFiles(dir.resolve("t1"), dir.resolve("t2"));
        String summary = Files.readString(dir.resolve("t1/summary.csv"));
        assertTrue(summary.startsWith("policy,metric,mean,sd,ci_low,ci_high,n\n"));
        for (String p : List.of("oioo-50-a-week", "return-every-arrival", "officers-1", "officers-2"))
            assertTrue(summary.contains("\n" + p + ",deterrence,"), p);
        assertFalse(summary.contains("\nno-scheme,deterrence,"));
        assertEquals(1 + 5 * 6, Files.readAllLines(dir.resolve("t1/replicates.csv")).size());
        String report = Files.readString(dir.resolve("t1/report.html"));
        assertTrue(report.contains("<svg") && !report.contains("src=\"charts/"), "report must be self-contained");
        assertTrue(Files.exists(dir.resolve("t1/manifest.json")));
    }

    @Test
    void anotherEngineHandingRecordsBackInAnotherOrderWritesTheSameFiles() throws Exception {
        Study s = study();
        Studies.run(s, opts(dir.resolve("pool"), 2, false, null), FakeModel::run);
        // what a cluster engine does: ships the study's plan to another JVM (serialized), runs the task there
        // through Plan.run, ships the record back (serialized), in whatever order tasks finish
        StudyRunner.Engine remote = (st, tasks, done) -> {
            java.util.List<StudyRunner.Task> reversed = new java.util.ArrayList<>(tasks);
            java.util.Collections.reverse(reversed);
            for (StudyRunner.Task t : reversed) {
                try {
                    StudyRunner.Plan shipped = roundTrip(StudyRunner.Plan.of(st));
                    Study.Policy p = st.policies().get(t.policyIndex());
                    assertEquals(p.scenario().hash(), shipped.policies().get(t.policyIndex()).scenario().hash());
                    done.accept(roundTrip(shipped.run(t, FakeModel::run)));
                } catch (Exception e) {
                    throw new ExecutionException(e);
                }
            }
        };
        Studies.Report rep = Studies.run(s, opts(dir.resolve("remote"), 1, false, null), remote);
        assertEquals(5 * 6, rep.outcome().computed());
        assertSameFiles(dir.resolve("pool"), dir.resolve("remote"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
            o.writeObject(value);
        }
        try (java.io.ObjectInputStream i = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) i.readObject();
        }
    }

    @Test
    void returnAllDetersMoreThanFiftyAWeekInTheFake() throws Exception {
        StudyResults r = Studies.run(study(), opts(dir.resolve("o"), 2, false, null), FakeModel::run).results();
        assertEquals("return-every-arrival", r.ranking().get(0).policy());
        assertTrue(r.get("return-every-arrival", "deterrence").mean() > r.get("oioo-50-a-week", "deterrence").mean());
        assertTrue(r.get("return-every-arrival", "cost_per_crossing_averted").n() > 0);
    }

    @Test
    void mergedShardsEqualASingleRun() throws Exception {
        Study s = study();
        Studies.run(s, opts(dir.resolve("single"), 2, false, null), FakeModel::run);
        for (int k = 1; k <= 3; k++)
            Studies.run(s, opts(dir.resolve("shard" + k), 1, false, new StudyRunner.Shard(k, 3)), FakeModel::run);
        assertFalse(Files.exists(dir.resolve("shard1/summary.csv")), "a shard writes only its replicates and manifest");
        Studies.merge(List.of(dir.resolve("shard3"), dir.resolve("shard1"), dir.resolve("shard2")), dir.resolve("merged"));
        assertSameFiles(dir.resolve("single"), dir.resolve("merged"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> Studies.merge(List.of(dir.resolve("shard1"), dir.resolve("shard2")), dir.resolve("m2")));
        assertTrue(e.getMessage().contains("missing shards: 3/3"), e.getMessage());
    }

    @Test
    void aKilledAndResumedStudyEqualsAnUninterruptedOne() throws Exception {
        Study s = study();
        Studies.run(s, opts(dir.resolve("whole"), 2, false, null), FakeModel::run);
        // "kill" after 7 replicate runs: the simulator fails, the study stops, finished runs stay saved
        AtomicInteger calls = new AtomicInteger();
        StudyRunner.Simulator dying = (sc, seed) -> {
            if (calls.incrementAndGet() > 7) throw new IllegalStateException("killed");
            return FakeModel.run(sc, seed);
        };
        Path out = dir.resolve("resumed");
        assertThrows(ExecutionException.class, () -> Studies.run(s, opts(out, 2, false, null), dying));
        assertFalse(Files.exists(out.resolve("summary.csv")));
        assertFalse(StudyOutputs.readManifest(out).complete(), "an interrupted folder says it is incomplete");
        long saved;
        try (ReplicateStore store = new ReplicateStore(out, s.info(""))) {
            saved = store.scan().good();
        }
        assertTrue(saved >= 7 && saved < 30, "saved " + saved);
        // also lose one saved replicate, as if it had been in flight: the last record of a file cut short
        Path seg;
        try (var files = Files.list(out.resolve("replicates"))) {
            seg = files.filter(f -> f.toString().endsWith(".log")).sorted().findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(seg);
        Files.write(seg, java.util.Arrays.copyOf(b, b.length - 10));
        Studies.Report rep = Studies.run(s, opts(out, 1, true, null), FakeModel::run);
        assertEquals(saved - 1, rep.outcome().reused());
        assertSameFiles(dir.resolve("whole"), out);
        assertTrue(StudyOutputs.readManifest(out).complete());
    }

    @Test
    void resumeRefusesReplicatesOfAnotherConfiguration() throws Exception {
        Study s = study();
        Path out = dir.resolve("x");
        Studies.run(s, opts(out, 2, false, null), FakeModel::run);
        Files.writeString(dir.resolve("study.yaml"), StudyFiles.STUDY.replace("seed: 20250806", "seed: 7"));
        Study other = StudyLoader.load(dir.resolve("study.yaml"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> Studies.run(other, opts(out, 2, true, null), FakeModel::run));
        assertTrue(e.getMessage().contains("different study configuration"), e.getMessage());
    }

    @Test
    void moreReplicatesOnResumeExtendTheStudy() throws Exception {
        Study s = study();
        Path out = dir.resolve("grow");
        Studies.run(s.withReplicates(3), opts(out, 2, false, null), FakeModel::run);
        Studies.Report rep = Studies.run(s, opts(out, 2, true, null), FakeModel::run);
        assertEquals(15, rep.outcome().reused());
        Studies.run(s, opts(dir.resolve("direct"), 2, false, null), FakeModel::run);
        assertSameFiles(dir.resolve("direct"), out);
        assertEquals(6, StudyOutputs.readManifest(out).info().replicates());
    }

    @Test
    void degenerateStudiesStillReport() throws Exception {
        // one policy (nothing to compare) and one replicate (no interval): outputs are written, undefined values empty
        String one = """
                scenario: base.yaml
                replicates: 1
                baseline: only
                policies:
                  only: {}
                """;
        Study s = StudyLoader.load(StudyFiles.write(dir, one));
        StudyResults r = Studies.run(s, opts(dir.resolve("one"), 2, false, null), FakeModel::run).results();
        assertTrue(r.ranking().isEmpty());
        assertTrue(Files.readString(dir.resolve("one/summary.csv")).contains("\nonly,arrivals,"));
        assertTrue(r.warnings().get(0).startsWith("Only 1 replicate:"), r.warnings().toString());
        assertTrue(Files.isRegularFile(dir.resolve("one/report.html")));
    }
}
