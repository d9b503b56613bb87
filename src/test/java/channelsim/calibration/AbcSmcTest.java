package channelsim.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbcSmcTest {
    @TempDir
    Path dir;

    private AbcSmc.Result fit(double observed, long seed, int threads, Path journal, boolean resume, AbcSmc.Listener l) throws Exception {
        return new AbcSmc(new ToyProblem(observed), new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, seed, threads, journal, resume, "toy"), l).run();
    }

    private static double[] interval(AbcSmc.Generation g, double lo, double hi) {
        List<AbcSmc.Particle> ps = g.particles();
        double[] v = new double[ps.size()], w = new double[ps.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ps.get(i).z()[0];
            w[i] = ps.get(i).weight();
        }
        return Predictive.quantiles(v, w, lo, hi);
    }

    @Test
    void posteriorIntervalsCoverTheTrueParameterAboutAsOftenAsTheyClaim() throws Exception {
        // 40 data sets, each from a true theta drawn from the prior; the 90% and 50% intervals of each posterior
        int n = 40, in90 = 0, in50 = 0;
        SplittableRandom rng = new SplittableRandom(2024);
        for (int k = 0; k < n; k++) {
            double truth = ToyProblem.PRIOR_SD * ParameterSpace.gaussian(rng);
            double observed = ToyProblem.data(truth, rng);
            AbcSmc.Generation last = fit(observed, k + 1, 2, dir.resolve("j" + k), false, null).last();
            double[] i90 = interval(last, 0.05, 0.95), i50 = interval(last, 0.25, 0.75);
            if (truth >= i90[0] && truth <= i90[1]) in90++;
            if (truth >= i50[0] && truth <= i50[1]) in50++;
        }
        // binomial sd over 40 is about 5 points at 90% and 8 at 50%: a wide but failing band around the claim
        assertTrue(in90 >= 31 && in90 <= 40, "90% intervals held the truth " + in90 + "/40 times");
        assertTrue(in50 >= 12 && in50 <= 29, "50% intervals held the truth " + in50 + "/40 times");
    }

    @Test
    void posteriorNarrowsTowardsTheExactOne() throws Exception {
        AbcSmc.Result r = fit(1.5, 3, 2, dir.resolve("j"), false, null);
        double[] i90 = interval(r.last(), 0.05, 0.95);
        double exactSd = 1 / Math.sqrt(ToyProblem.N + 1 / 9.0), exactMean = 1.5 * ToyProblem.N / (ToyProblem.N + 1 / 9.0);
        assertEquals(exactMean, (i90[0] + i90[1]) / 2, 0.25);
        // an ABC tolerance above 0 widens the posterior a little, never shrinks it much below the exact one
        assertTrue((i90[1] - i90[0]) / (2 * 1.645) > 0.7 * exactSd && (i90[1] - i90[0]) / (2 * 1.645) < 2.0 * exactSd,
                "posterior 90% interval " + i90[0] + " to " + i90[1]);
        assertTrue(r.generations().size() >= 3, "tolerances went down over generations");
        for (int g = 2; g < r.generations().size(); g++)
            assertTrue(r.generations().get(g).epsilon() <= r.generations().get(g - 1).epsilon());
    }

    private static double[] interval(AbcSmc.Generation g, int coord, double lo, double hi) {
        List<AbcSmc.Particle> ps = g.particles();
        double[] v = new double[ps.size()], w = new double[ps.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ps.get(i).z()[coord];
            w[i] = ps.get(i).weight();
        }
        return Predictive.quantiles(v, w, lo, hi);
    }

    private AbcSmc.Result fitGuided(GuidedToyProblem p, long seed, int threads, Path journal) throws Exception {
        return new AbcSmc(p, new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, seed, threads, journal, false, "guided toy"), null).run();
    }

    @Test
    void aBlockFittedAfterTheAbcCoversItsTruthAboutAsOftenAsItClaimsThoughItsGuideIsOff() throws Exception {
        // the Channel's composition, fitted after the ABC with a conditional update: with a guide that is off, the
        // acceptance's proposal ratio must keep the intervals honest, for the block and for the ABC's coordinate
        int n = 40, in90 = 0, in50 = 0, theta90 = 0;
        SplittableRandom rng = new SplittableRandom(77);
        for (int k = 0; k < n; k++) {
            double theta = GuidedToyProblem.PRIOR_SD * ParameterSpace.gaussian(rng), phi = GuidedToyProblem.PRIOR_SD * ParameterSpace.gaussian(rng);
            double[] obs = GuidedToyProblem.data(theta, phi, rng);
            AbcSmc.Generation last = fitGuided(new GuidedToyProblem(obs[0], obs[1]), k + 1, 2, dir.resolve("g" + k)).last();
            double[] i90 = interval(last, 1, 0.05, 0.95), i50 = interval(last, 1, 0.25, 0.75), t90 = interval(last, 0, 0.05, 0.95);
            if (phi >= i90[0] && phi <= i90[1]) in90++;
            if (phi >= i50[0] && phi <= i50[1]) in50++;
            if (theta >= t90[0] && theta <= t90[1]) theta90++;
        }
        assertTrue(in90 >= 31 && in90 <= 40, "90% intervals of the guided coordinate held the truth " + in90 + "/40 times");
        assertTrue(in50 >= 12 && in50 <= 29, "50% intervals of the guided coordinate held the truth " + in50 + "/40 times");
        assertTrue(theta90 >= 31, "90% intervals of the other coordinate held the truth " + theta90 + "/40 times");
    }

    @Test
    void aBlockFittedAfterTheAbcCentresAndSpreadsLikeItsExactPosteriorAndIsTheSameWhateverTheThreads() throws Exception {
        // six fits of one data set. Without the proposal's ratio in the acceptance, the rough guide leaves phi's
        // posterior 12% too narrow (measured: sd 0.472 against 0.539); with it, 2% (0.529), and its middle 0.06 off
        // (each candidate is simulated with fresh dice and the chain is short: see AbcSmc.refine)
        GuidedToyProblem p = new GuidedToyProblem(0.8, -1.2);
        double[] exact = p.exactPhi();
        double mean = 0, sd = 0;
        for (int seed = 4; seed < 10; seed++) {
            double[] i90 = interval(fitGuided(p, seed, 1, dir.resolve("g" + seed)).last(), 1, 0.05, 0.95);
            mean += (i90[0] + i90[1]) / 2 / 6;
            sd += (i90[1] - i90[0]) / (2 * 1.645) / 6;
        }
        assertEquals(exact[0], mean, 0.1, "middle of the posterior 90% intervals of phi over six fits");
        assertTrue(sd > 0.94 * exact[1] && sd < 1.1 * exact[1], "posterior sd of phi " + sd + " against the exact " + exact[1]);
        assertParticlesEqual(fitGuided(p, 4, 1, dir.resolve("t1")), fitGuided(p, 4, 3, dir.resolve("t3")));
    }

    @Test
    void sameSeedSamePosteriorWhateverTheThreads() throws Exception {
        AbcSmc.Result a = fit(0.7, 11, 1, dir.resolve("a"), false, null), b = fit(0.7, 11, 3, dir.resolve("b"), false, null);
        assertParticlesEqual(a, b);
        AbcSmc.Result c = fit(0.7, 12, 1, dir.resolve("c"), false, null);
        assertTrue(c.last().particles().get(0).z()[0] != a.last().particles().get(0).z()[0], "another seed, other draws");
    }

    @Test
    void resumedCalibrationEqualsAnUninterruptedOne() throws Exception {
        AbcSmc.Result whole = fit(-2.0, 5, 2, dir.resolve("whole"), false, null);
        Path j = dir.resolve("cut");
        // the run is killed after 333 simulations, in the middle of a generation
        AbcSmc.Listener killer = (done, budget, status) -> {
            if (done == 333) throw new IllegalStateException("killed");
        };
        assertThrows(IllegalStateException.class, () -> fit(-2.0, 5, 2, j, false, killer));
        int[] rerun = {0};
        AbcSmc.Result resumed = new AbcSmc(new ToyProblem(-2.0) {
            @Override
            public double[] simulate(double[] z, long seed, double epsilon) {
                synchronized (rerun) { rerun[0]++; }
                return super.simulate(z, seed, epsilon);
            }
        }, new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 5, 2, j, true, "toy"), null).run();
        assertParticlesEqual(whole, resumed);
        assertTrue(resumed.reused() >= 333, "at least what ran before the kill was journaled: " + resumed.reused());
        assertEquals(whole.simulations(), resumed.reused() + rerun[0], "only the simulations not journaled were run again");
    }

    @Test
    void aCalibrationKilledInItsRefinementResumesToTheSamePosterior() throws Exception {
        GuidedToyProblem p = new GuidedToyProblem(0.3, 1.1);
        AbcSmc.Result whole = fitGuided(p, 6, 2, dir.resolve("gw"));
        Path j = dir.resolve("gcut");
        // 100 particles x (4 steps + a start) come after the ABC's 2,500: killed in the middle of those
        AbcSmc.Listener killer = (done, budget, status) -> {
            if (done == 2777) throw new IllegalStateException("killed");
        };
        assertThrows(IllegalStateException.class, () -> new AbcSmc(p, new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 6, 2, j, false, "guided toy"), killer).run());
        AbcSmc.Result resumed = new AbcSmc(p, new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 6, 2, j, true, "guided toy"), null).run();
        assertParticlesEqual(whole, resumed);
        assertTrue(resumed.reused() >= 2777, "what ran before the kill was journaled: " + resumed.reused());
    }

    @Test
    void aJournalOfOtherSettingsIsRefused() throws Exception {
        fit(0.0, 5, 1, dir.resolve("j"), false, null);
        assertThrows(Journal.Mismatch.class, () -> new AbcSmc(new ToyProblem(0.0),
                new AbcSmc.Options(3000, 100, 0.5, Double.POSITIVE_INFINITY, 5, 1, dir.resolve("j"), true, "other settings"), null).run());
    }

    static void assertParticlesEqual(AbcSmc.Result a, AbcSmc.Result b) {
        assertEquals(a.generations().size(), b.generations().size());
        List<AbcSmc.Particle> pa = a.last().particles(), pb = b.last().particles();
        assertEquals(pa.size(), pb.size());
        for (int i = 0; i < pa.size(); i++) {
            assertArrayEquals(pa.get(i).z(), pb.get(i).z());
            assertEquals(pa.get(i).weight(), pb.get(i).weight());
        }
    }
}
