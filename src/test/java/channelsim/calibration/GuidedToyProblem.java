package channelsim.calibration;

import java.util.SplittableRandom;

/**
 * A model with a block fitted after the ABC, whose posterior is known: theta and phi, each Normal(0, 3) a
 * priori; ten observations y ~ Normal(theta, 1) and ten u ~ Normal(theta + phi, 1), summarised by their means.
 * The ABC fits theta on y (phi held at 0, as the Channel's ABC holds the scenario's composition); phi plays the
 * part of the composition, fitted after it on u with a normal likelihood. Its guide is off on purpose (1.5 times
 * the residual), as the Channel's is rough: the refinement's acceptance must correct it.
 */
class GuidedToyProblem implements AbcProblem {
    static final int N = 10;
    static final double PRIOR_SD = 3;
    final double observedY, observedU;
    private final boolean whole; // the problem over (theta, phi); else the ABC's over theta

    GuidedToyProblem(double observedY, double observedU) { this(observedY, observedU, false); }

    private GuidedToyProblem(double observedY, double observedU, boolean whole) {
        this.observedY = observedY;
        this.observedU = observedU;
        this.whole = whole;
    }

    /** Data sets (the means of y and u) simulated from true values. */
    static double[] data(double theta, double phi, SplittableRandom rng) {
        double y = 0, u = 0;
        for (int i = 0; i < N; i++) y += theta + ParameterSpace.gaussian(rng);
        for (int i = 0; i < N; i++) u += theta + phi + ParameterSpace.gaussian(rng);
        return new double[] {y / N, u / N};
    }

    /**
     * The exact posterior of phi in the cut model: theta given y alone, then phi given theta and u (whose simulated
     * mean has variance 1/N, so u's likelihood on phi has variance 2/N): its mean and sd.
     */
    double[] exactPhi() {
        double p0 = 1 / (PRIOR_SD * PRIOR_SD);
        double thetaMean = N * observedY / (N + p0), thetaVar = 1 / (N + p0);
        double c = (N / 2.0) / (N / 2.0 + p0);
        return new double[] {c * (observedU - thetaMean), Math.sqrt(1 / (N / 2.0 + p0) + c * c * thetaVar)};
    }

    @Override
    public int dims() { return whole ? 2 : 1; }

    @Override
    public double[] samplePrior(SplittableRandom rng) {
        double[] z = new double[dims()];
        for (int k = 0; k < z.length; k++) z[k] = PRIOR_SD * ParameterSpace.gaussian(rng);
        return z;
    }

    @Override
    public double logPrior(double[] z) {
        double s = 0;
        for (double x : z) s -= 0.5 * x * x / (PRIOR_SD * PRIOR_SD);
        return s;
    }

    @Override
    public double[] simulate(double[] z, long seed, double epsilon) { return data(z[0], whole ? z[1] : 0, new SplittableRandom(seed)); }

    /** On y alone: u is the block's figure. */
    @Override
    public double distance(double[] s) { return Math.abs(s[0] - observedY) * Math.sqrt(N); }

    @Override
    public Refinement refinement() {
        if (whole) return null;
        GuidedToyProblem full = new GuidedToyProblem(observedY, observedU, true);
        return new Refinement() {
            @Override
            public AbcProblem full() { return full; }

            @Override
            public int[] block() { return new int[] {1}; }

            @Override
            public double[] start(double[] z, double[] simulated) { return new double[] {z[0], observedU - simulated[1]}; }

            @Override
            public double logLikelihood(double[] simulated) { return -0.5 * N * (simulated[1] - observedU) * (simulated[1] - observedU); }

            @Override
            public double[] guide(double[] z, double[] simulated) { return new double[] {1.5 * (observedU - simulated[1])}; }

            @Override
            public double[] scale() { return new double[] {Math.sqrt(1.0 / N)}; }

            @Override
            public double[] upper() { return new double[] {Double.POSITIVE_INFINITY}; }
        };
    }
}
