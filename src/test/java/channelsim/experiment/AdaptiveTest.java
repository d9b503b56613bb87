package channelsim.experiment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adaptive replication adds replicates until the requested width, or stops at the cap, whatever the threads. */
class AdaptiveTest {
    @TempDir
    Path dir;

    private static double widestHalfWidth(Path out) throws Exception {
        double w = 0;
        for (CSVRecord r : CrossedStudyTest.read(out.resolve("summary.csv")))
            if (r.get("metric").equals("deterrence"))
                w = Math.max(w, (Double.parseDouble(r.get("ci_high")) - Double.parseDouble(r.get("ci_low"))) / 2);
        return w;
    }

    private static int replicates(Path out) throws Exception {
        return Integer.parseInt(CrossedStudyTest.read(out.resolve("summary.csv")).get(0).get("n"));
    }

    @Test
    void stopsAtTheRequestedWidthAndTheSameWithOneOrTwoThreads() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY)).withReplicates(3);
        Studies.Adaptive a = new Studies.Adaptive(0.01, 400);
        Studies.run(s, new StudyRunner.Options(1, dir.resolve("a1"), false, null, null, false), FakeModel::run, a);
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("a2"), false, null, null, false), FakeModel::run, a);
        assertTrue(widestHalfWidth(dir.resolve("a1")) <= 0.01, "half-width " + widestHalfWidth(dir.resolve("a1")));
        assertTrue(replicates(dir.resolve("a1")) > 3, "replicates were added");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a1/summary.csv")), Files.readAllBytes(dir.resolve("a2/summary.csv")));
        String m = Files.readString(dir.resolve("a1/manifest.json"));
        assertTrue(m.contains("\"adaptive\"") && m.contains("\"stopped\": \"target_halfwidth\""), m);
    }

    @Test
    void stopsAtTheCapAndSaysWhy() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY)).withReplicates(3);
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("c"), false, null, null, false), FakeModel::run,
                new Studies.Adaptive(0.0001, 7));
        assertEquals(7, replicates(dir.resolve("c")));
        String m = Files.readString(dir.resolve("c/manifest.json"));
        assertTrue(m.contains("\"stopped\": \"max_replicates\"") && m.contains("max_replicates reached with half-width"), m);
    }
}
