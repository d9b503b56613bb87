package channelsim.calibration;

import java.util.SplittableRandom;

/**
 * A model whose posterior is known: ten observations y ~ Normal(theta, 1), theta ~ Normal(0, 3), summarised
 * by their mean. The exact posterior of theta is normal with precision 1/9 + 10 around 10 mean / (10 + 1/9).
 */
class ToyProblem implements AbcProblem {
    static final int N = 10;
    static final double PRIOR_SD = 3;
    final double observedMean;

    ToyProblem(double observedMean) { this.observedMean = observedMean; }

    /** A data set simulated from a true theta. */
    static double data(double theta, SplittableRandom rng) {
        double s = 0;
        for (int i = 0; i < N; i++) s += theta + ParameterSpace.gaussian(rng);
        return s / N;
    }

    @Override
    public int dims() { return 1; }

    @Override
    public double[] samplePrior(SplittableRandom rng) { return new double[] {PRIOR_SD * ParameterSpace.gaussian(rng)}; }

    @Override
    public double logPrior(double[] z) { return -0.5 * z[0] * z[0] / (PRIOR_SD * PRIOR_SD); }

    @Override
    public double[] simulate(double[] z, long seed, double epsilon) {
        return new double[] {data(z[0], new SplittableRandom(seed))};
    }

    @Override
    public double distance(double[] simulated) { return Math.abs(simulated[0] - observedMean) * Math.sqrt(N); }
}
