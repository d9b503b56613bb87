package channelsim.calibration;

import channelsim.config.ParameterRegistry;
import channelsim.config.Prior;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Parameters carried from their priors ({@code posterior: prior_only:}) are those the record cannot inform: the
 * history the calibration simulates is the same at either end of their priors, so their posterior is their prior,
 * and the posterior file gives each draw an independent prior draw rather than letting the ABC's resampling move them.
 */
class PriorOnlyTest {
    private static final Path TARGETS = Path.of("models/targets/channel-2018-2024.yaml");

    @Test
    void theHistoryDoesNotDependOnAParameterCarriedFromItsPrior() throws Exception {
        TargetFile tf = TargetFile.load(TARGETS);
        List<String> keys = tf.posterior().priorOnly();
        assertFalse(keys.isEmpty(), "the shipped targets carry some parameters from their priors");
        for (String key : keys) {
            Prior p = ParameterRegistry.prior(key);
            double low = p.fromZ(p.sampleZ(0.02)), high = p.fromZ(p.sampleZ(0.98));
            RunResult a = history(tf, key, low), b = history(tf, key, high);
            for (Metric m : Metric.values())
                assertArrayEquals(a.series(m), b.series(m), 0.0, key + " at " + low + " and " + high + " changes the history's " + m);
        }
    }

    @Test
    void eachDrawCarriesAnIndependentDrawFromThePrior() {
        List<double[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) rows.add(new double[] {i});
        double[] w = new double[rows.size()];
        java.util.Arrays.fill(w, 1.0 / w.length);
        String key = "migrants.returnee_learning_rate";
        PosteriorFile post = new PosteriorFile(List.of("x"), rows, w).withPriorDraws(List.of(key), 7);
        assertEquals(List.of("x", key), post.columns());
        Prior p = ParameterRegistry.prior(key);
        double below = 0, lo = p.fromZ(p.sampleZ(0)), med = p.fromZ(p.sampleZ(0.5));
        for (double[] r : post.values()) {
            assertTrue(r[1] >= lo && r[1] <= p.fromZ(p.sampleZ(1)), "inside the prior's range: " + r[1]);
            if (r[1] < med) below++;
        }
        assertEquals(0.5, below / rows.size(), 0.03, "half the draws below the prior's median");
        assertArrayEquals(post.values().get(17), new PosteriorFile(List.of("x"), rows, w).withPriorDraws(List.of(key), 7).values().get(17),
                "the same calibration seed gives the same draws");
    }

    private static RunResult history(TargetFile tf, String key, double value) throws Exception {
        // the ABC's own scale: a quarter of the population, 2018-2024
        Scenario s = ScenarioLoader.load(tf.scenario(), List.of("scale=" + tf.posterior().scale(), key + "=" + value));
        return Simulation.run(s, 3);
    }
}
