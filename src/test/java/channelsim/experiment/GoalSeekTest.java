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

    @Test
    void overAPosteriorTheSearchRunsEveryDrawAndItsIntervalCoversThem() throws Exception {
        // draws of 900 and 1900 officers: the fake's baseline falls by 10% in the second, so 0.2 needs 500 or 450 a
        // week; pooled over both draws, deterrence 0.0004 x returns x (1 + 1/0.9) / 2 reaches 0.2 near 474
        Path f = StudyFiles.write(dir, StudyFiles.STUDY);
        Files.writeString(dir.resolve("posterior.csv"), "draw,weight,policies.french_police.officers\n1,0.5,900\n2,0.5,1900\n");
        Study plain = StudyLoader.load(f);
        Study s = plain.withPosterior(Study.Posterior.of(channelsim.config.PosteriorSample.read(dir.resolve("posterior.csv")), 2));
        GoalSeek.Options o = new GoalSeek.Options("oioo-50-a-week", "policies.one_in_one_out.returns_per_week", "deterrence", 0.2, 0, 1500);
        GoalSeek.Answer a = GoalSeek.run(s, o, 2, dir.resolve("p"), FakeModel::run, null);
        GoalSeek.Answer b = GoalSeek.run(plain, o, 2, dir.resolve("q"), FakeModel::run, null);
        assertTrue(a.reached());
        assertTrue(Math.abs(a.value() - 474) < 40, "crossing over the posterior at " + a.value());
        assertTrue(Math.abs(b.value() - 500) < 60, "crossing without it at " + b.value());
        assertEquals(2, a.draws());
        assertTrue(a.high() - a.low() > b.high() - b.low(), "the posterior widens the crossing's interval: "
                + a.low() + ".." + a.high() + " against " + b.low() + ".." + b.high());
        List<CSVRecord> t = CrossedStudyTest.read(dir.resolve("p/target.csv"));
        assertEquals("2", t.get(0).get("draws"));
        for (CSVRecord r : CrossedStudyTest.read(dir.resolve("p/response.csv")))
            assertEquals("12", r.get("n"), "6 replicates x 2 draws at every value tried");
    }
}
