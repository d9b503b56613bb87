package channelsim.experiment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goal seeking finds where a monotone response crosses the goal, within its tolerance. */
class GoalSeekTest {
    @TempDir
    Path dir;

    private static Stats.Estimate exact(double v) { return new Stats.Estimate(v, 0, v, v, 10); }

    @Test
    void aKnownMonotoneResponseIsCrossedWithinTheTolerance() throws Exception {
        // deterrence = 1 - exp(-x / 400): reaches 0.5 at x = 400 ln 2 = 277.26
        GoalSeek.Response f = x -> exact(1 - Math.exp(-x / 400));
        GoalSeek.Options o = new GoalSeek.Options("p", "k", "deterrence", 0.5, 0, 2000);
        GoalSeek.Answer a = GoalSeek.search(f, o, 2, false, null);
        assertTrue(a.reached());
        double truth = 400 * Math.log(2);
        assertTrue(a.value() >= truth && a.value() - truth <= a.tolerance() && a.tolerance() <= 2, a.value() + " +- " + a.tolerance());
        assertTrue(a.low() <= truth && truth <= a.high(), "[" + a.low() + ", " + a.high() + "]");
        for (int i = 1; i < a.curve().size(); i++) assertTrue(a.curve().get(i).value() > a.curve().get(i - 1).value(), "curve sorted");
    }

    @Test
    void aGoalOutOfReachSaysSoAndAGoalMetAtTheLowEndToo() throws Exception {
        GoalSeek.Response f = x -> exact(x / 10_000);
        GoalSeek.Answer a = GoalSeek.search(f, new GoalSeek.Options("p", "k", "deterrence", 0.5, 0, 2000), 1, true, null);
        assertFalse(a.reached());
        assertTrue(a.note().startsWith("not reached"), a.note());
        GoalSeek.Answer b = GoalSeek.search(f, new GoalSeek.Options("p", "k", "deterrence", 0.01, 200, 2000), 1, true, null);
        assertEquals(200, b.value());
    }

    @Test
    void onAStudyTheFakesReturnsLeverCrossesWhereItsRuleSays() throws Exception {
        // the fake model cuts arrivals by 0.0004 per weekly return: deterrence 0.2 near 500 a week
        Study s = StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY));
        GoalSeek.Answer a = GoalSeek.run(s, new GoalSeek.Options("oioo-50-a-week", "policies.one_in_one_out.returns_per_week",
                "deterrence", 0.2, 0, 1500), 2, dir.resolve("t"), FakeModel::run, null);
        assertTrue(a.reached());
        assertTrue(Math.abs(a.value() - 500) < 60, "crossing at " + a.value());
        List<CSVRecord> t = CrossedStudyTest.read(dir.resolve("t/target.csv"));
        assertEquals(1, t.size());
        assertEquals(a.value(), Double.parseDouble(t.get(0).get("value")), 1e-6);
        assertTrue(Files.exists(dir.resolve("t/charts/response.svg")) && Files.exists(dir.resolve("t/response.csv")));
    }
}
