package channelsim.experiment;

import channelsim.model.SplitMix64;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRIM recovers a known box in synthetic data; conditions read as written. */
class PrimTest {
    @Test
    void aKnownBoxIsRecovered() {
        // cases of interest: x0 > 0.6 and x1 < 0.3, whatever x2
        SplitMix64 rng = new SplitMix64(3);
        int n = 2000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < 3; i++) x[c][i] = rng.nextDouble();
            y[c] = x[c][0] > 0.6 && x[c][1] < 0.3;
        }
        List<Prim.Step> t = Prim.peel(x, y, Prim.ALPHA, Prim.MIN_MASS);
        Prim.Step last = t.get(t.size() - 1);
        assertEquals(1.0, t.get(0).coverage());
        assertEquals(1.0, t.get(0).mass());
        assertTrue(last.density() > 0.95, "density " + last.density());
        assertTrue(last.coverage() > 0.8, "coverage " + last.coverage());
        assertEquals(0.6, last.low()[0], 0.03);
        assertEquals(0.3, last.high()[1], 0.03);
        assertTrue(last.low()[2] < 0.1 && last.high()[2] > 0.9, "x2 is left alone: [" + last.low()[2] + ", " + last.high()[2] + "]");
        for (int s = 1; s < t.size(); s++) assertTrue(t.get(s).density() >= t.get(s - 1).density(), "density rises along the trajectory");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void onACrossedStudyTheBoxIsTheLeverThatDeters() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, CrossedStudyTest.CROSSED));
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("out"), false, null, null, false), FakeModel::run);
        Discovery.Result r = Discovery.run(dir.resolve("out"), Condition.parse("deterrence >= 0.2"), null);
        Prim.Step box = r.steps().get(r.chosen());
        int lever = r.cases().keys().indexOf("policies.one_in_one_out.returns_per_week");
        assertEquals(800, box.low()[lever], "the fake deters by 0.0004 per weekly return: only 800 a week reaches 0.2");
        assertEquals(1.0, box.density());
        var rows = CrossedStudyTest.read(dir.resolve("out/discovery/prim.csv"));
        assertTrue(rows.get(0).isMapped("policies.one_in_one_out.returns_per_week_low") && rows.get(0).isMapped("policies.french_police.officers_high"));
        assertTrue(java.nio.file.Files.exists(dir.resolve("out/discovery/peeling.svg")));
        assertThrows(channelsim.config.ConfigException.class, () -> Discovery.run(dir.resolve("out"), Condition.parse("deterence >= 0.2"), null));
    }

    @Test
    void conditionsReadAsWritten() {
        Condition c = Condition.parse("deterrence >= 0.3 and (deaths_change <= 0 or not policies.x.y > 2e3)");
        assertEquals(List.of("deterrence", "deaths_change", "policies.x.y"), List.copyOf(c.names()));
        assertTrue(c.test(Map.of("deterrence", 0.4, "deaths_change", -1.0, "policies.x.y", 5000.0)));
        assertTrue(c.test(Map.of("deterrence", 0.4, "deaths_change", 3.0, "policies.x.y", 100.0)));
        assertFalse(c.test(Map.of("deterrence", 0.4, "deaths_change", 3.0, "policies.x.y", 5000.0)));
        assertFalse(c.test(Map.of("deterrence", 0.2, "deaths_change", -1.0, "policies.x.y", 5000.0)));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("deterrence = 0.3"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("deterrence >= "));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("(deterrence >= 1"));
        assertTrue(Condition.parse("x > -0.5").test(Map.of("x", 0.0)));
    }
}
