package channelsim.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {

    @Test
    void tIntervalCoversTheTrueMeanAbout95PercentOfTheTime() {
        NormalDistribution normal = new NormalDistribution(new Well19937c(12345), 5.0, 2.0);
        int sets = 2000, covered = 0;
        for (int s = 0; s < sets; s++) {
            double[] x = normal.sample(10); // small n: the t (not normal) critical value matters here
            Stats.Estimate e = Stats.tInterval(x);
            if (e.low() <= 5.0 && 5.0 <= e.high()) covered++;
        }
        double coverage = covered / (double) sets;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    @Test
    void knownSmallSample() {
        Stats.Estimate e = Stats.tInterval(new double[]{1, 2, 3, 4, 5});
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), e.sd(), 1e-12);
        // t_{4, 0.975} = 2.776445
        assertEquals(3 - 2.776445 * Math.sqrt(2.5) / Math.sqrt(5), e.low(), 1e-5);
        assertEquals(5, e.n());
    }

    @Test
    void nanSamplesAreLeftOutAndSingletonsHaveNoInterval() {
        Stats.Estimate e = Stats.tInterval(new double[]{Double.NaN, 2, 4});
        assertEquals(2, e.n());
        assertEquals(3, e.mean(), 1e-12);
        Stats.Estimate one = Stats.tInterval(new double[]{7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.low()));
    }

    @Test
    void ratioOfMeansIsExactWhenProportional() {
        Stats.Estimate r = Stats.ratioOfMeans(new double[]{20, 40, 60}, new double[]{1, 2, 3});
        assertEquals(20, r.mean(), 1e-12);
        assertEquals(0, r.halfWidth(), 1e-9);
        assertTrue(Double.isNaN(Stats.ratioOfMeans(new double[]{1, 2}, new double[]{1, -1}).mean()));
    }

    @Test
    void quantilesUseTheR7Rule() {
        double[] q = Stats.quantiles(new double[]{4, 1, 3, 2, 5}, 0.05, 0.5, 0.95);
        assertEquals(1.2, q[0], 1e-12);
        assertEquals(3, q[1], 1e-12);
        assertEquals(4.8, q[2], 1e-12);
    }

    @Test
    void replicatesToSeparate() {
        assertEquals(16, Stats.replicatesToSeparate(1.0, 0.98));
        assertEquals(-1, Stats.replicatesToSeparate(1.0, 0));
    }

    @Test
    void seedsAreStableDistinctAndInRange() {
        long a = Seeds.replicateSeed(20250806, 1), b = Seeds.replicateSeed(20250806, 2);
        assertNotEquals(a, b);
        assertEquals(a, Seeds.replicateSeed(20250806, 1));
        for (int r = 1; r < 1000; r++) {
            long s = Seeds.replicateSeed(r * 7919L, r);
            assertTrue(s >= 0 && s <= 9e15);
        }
    }
}
