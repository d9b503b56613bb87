package channelsim.calibration;

import java.util.SplittableRandom;

/** What ABC-SMC needs of a model: its prior, and a simulation that returns summaries and their distance to the data. */
public interface AbcProblem extends Simulations.Model {

    int dims();

    double[] samplePrior(SplittableRandom rng);

    /** Log prior density of z, -infinity outside the support. */
    double logPrior(double[] z);

    /**
     * Simulates z with a seed. May give up as soon as the distance is sure to exceed {@code epsilon}
     * (return null then); otherwise returns the simulated value of every target, in a fixed order.
     */
    @Override
    double[] simulate(double[] z, long seed, double epsilon) throws InterruptedException;

    double distance(double[] simulated);
}
