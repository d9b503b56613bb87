package channelsim.sensitivity;

import channelsim.experiment.Designs;
import channelsim.experiment.Stats;
import channelsim.model.SplitMix64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Variance-based global sensitivity (Sobol indices). Saltelli's design: two independent N x k matrices A and
 * B from one Sobol sequence of dimension 2k, and for each input i the matrix AB_i (A with column i from B);
 * N (k + 2) runs. Jansen's estimators (Saltelli et al. 2010, table 2):
 * total effect ST_i = mean((f(A) - f(AB_i))^2) / (2 V), first order S1_i = 1 - mean((f(B) - f(AB_i))^2) / (2 V),
 * V the variance of f over A and B. Intervals: percentile bootstrap over the N rows (the same resampled rows for
 * every index), seeded so they are reproducible.
 */
public final class Sobol {
    public static final int BOOTSTRAP = 500;

    /** First-order and total indices of one input, each with a 95% bootstrap interval. */
    public record Index(int input, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {}

    private Sobol() {}

    /** The design points in [0, 1)^k, in the order A (N rows), B (N rows), AB_1 (N rows), ..., AB_k. */
    public static List<double[]> design(int n, int k) {
        double[][] q = Designs.sobol(n, 2 * k);
        List<double[]> pts = new ArrayList<>(n * (k + 2));
        for (double[] r : q) pts.add(Arrays.copyOfRange(r, 0, k));
        for (double[] r : q) pts.add(Arrays.copyOfRange(r, k, 2 * k));
        for (int i = 0; i < k; i++)
            for (double[] r : q) {
                double[] ab = Arrays.copyOfRange(r, 0, k);
                ab[i] = r[k + i];
                pts.add(ab);
            }
        return pts;
    }

    /** Indices from the outputs at {@link #design} points, in that order; NaN outputs (undefined runs) drop their row. */
    public static List<Index> indices(double[] y, int n, int k, long seed) {
        // rows with every value defined
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = Double.isFinite(y[j]) && Double.isFinite(y[n + j]);
            for (int i = 0; i < k && ok; i++) ok = Double.isFinite(y[(2 + i) * n + j]);
            if (ok) rows.add(j);
        }
        int m = rows.size();
        int[] all = new int[m];
        for (int j = 0; j < m; j++) all[j] = rows.get(j);
        double[][] point = estimate(y, n, k, all);
        double[][][] boot = new double[k][2][BOOTSTRAP];
        SplitMix64 rng = new SplitMix64(seed);
        int[] pick = new int[m];
        for (int b = 0; b < BOOTSTRAP; b++) {
            for (int j = 0; j < m; j++) pick[j] = all[rng.nextIndex(m)];
            double[][] e = estimate(y, n, k, pick);
            for (int i = 0; i < k; i++) {
                boot[i][0][b] = e[i][0];
                boot[i][1][b] = e[i][1];
            }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] s1 = Stats.quantiles(boot[i][0], 0.025, 0.975), st = Stats.quantiles(boot[i][1], 0.025, 0.975);
            out.add(new Index(i, point[i][0], s1[0], s1[1], point[i][1], st[0], st[1]));
        }
        return out;
    }

    /** {S1_i, ST_i} for each input over the given rows (with repeats, for the bootstrap). */
    private static double[][] estimate(double[] y, int n, int k, int[] rows) {
        int m = rows.length;
        double mean = 0;
        for (int j : rows) mean += y[j] + y[n + j];
        mean /= 2.0 * m;
        double var = 0;
        for (int j : rows) var += sq(y[j] - mean) + sq(y[n + j] - mean);
        var /= 2.0 * m - 1;
        double[][] e = new double[k][2];
        for (int i = 0; i < k; i++) {
            double a = 0, b = 0;
            for (int j : rows) {
                double ab = y[(2 + i) * n + j];
                a += sq(y[n + j] - ab);
                b += sq(y[j] - ab);
            }
            e[i][0] = var > 0 ? 1 - a / (2.0 * m) / var : Double.NaN;
            e[i][1] = var > 0 ? b / (2.0 * m) / var : Double.NaN;
        }
        return e;
    }

    private static double sq(double v) { return v * v; }
}
