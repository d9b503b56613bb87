package channelsim.experiment;

import channelsim.model.SplitMix64;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Space-filling designs on the unit hypercube, {@code x[sample][dimension]} in [0, 1): Latin hypercube
 * (seeded, so a study's sample is fixed) and the Sobol low-discrepancy sequence (deterministic).
 * Distributions map these points to parameter values ({@link Uncertainties}).
 */
public final class Designs {
    private Designs() {}

    /**
     * Latin hypercube: each dimension is cut into {@code n} equal strata, each used exactly once, in an order
     * shuffled independently per dimension (Fisher-Yates); a point is uniform inside its stratum. Dimension by
     * dimension, the shuffle first and then the draws, so the same generator gives the same design.
     */
    public static double[][] latinHypercube(int n, int dims, SplitMix64 rng) {
        double[][] x = new double[n][dims];
        for (int k = 0; k < dims; k++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextIndex(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            for (int i = 0; i < n; i++) x[i][k] = (perm[i] + rng.nextDouble()) / n;
        }
        return x;
    }

    /**
     * The first {@code n} points of the Sobol sequence (Joe-Kuo direction numbers, commons-math3) after its
     * all-zero first point, which sits on every range's lower edge.
     */
    public static double[][] sobol(int n, int dims) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(dims);
        g.skipTo(1);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = g.nextVector();
        return x;
    }
}
