package channelsim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Posterior predictive bands of every figure of the record: for each weighted simulation, values the
 * record could have shown (the simulated value with observation errors drawn from the error model), and
 * their weighted 5, 25, 50, 75 and 95% points; a figure is covered by a band when its observed value (or
 * part of its range) lies inside.
 */
public final class Predictive {

    public record Band(RecordTarget target, double q05, double q25, double q50, double q75, double q95) {
        public boolean in50() { return overlaps(q25, q75); }

        public boolean in90() { return overlaps(q05, q95); }

        private boolean overlaps(double lo, double hi) {
            if (!target.isRange()) return target.observed() >= lo && target.observed() <= hi;
            double a = Double.isNaN(target.low()) ? Double.NEGATIVE_INFINITY : target.low();
            double b = Double.isNaN(target.high()) ? Double.POSITIVE_INFINITY : target.high();
            return a <= hi && b >= lo;
        }
    }

    public record Coverage(String series, int n, double coverage50, double coverage90) {}

    /** Draws of observation error per simulation: enough for smooth bands, cheap beside a simulation. */
    static final int NOISE_DRAWS = 20;

    private Predictive() {}

    /**
     * @param simulated per simulation, the simulated value of each target (in {@code targets} order)
     * @param weights   the simulations' weights
     */
    public static List<Band> bands(List<RecordTarget> targets, List<double[]> simulated, double[] weights, ErrorModel error, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Band> out = new ArrayList<>();
        int n = simulated.size();
        for (int k = 0; k < targets.size(); k++) {
            RecordTarget t = targets.get(k);
            double[] v = new double[n * NOISE_DRAWS], w = new double[n * NOISE_DRAWS];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < NOISE_DRAWS; j++) {
                    v[i * NOISE_DRAWS + j] = error.observe(t, simulated.get(i)[k], ParameterSpace.gaussian(rng));
                    w[i * NOISE_DRAWS + j] = weights[i] / NOISE_DRAWS;
                }
            double[] q = quantiles(v, w, 0.05, 0.25, 0.5, 0.75, 0.95);
            out.add(new Band(t, q[0], q[1], q[2], q[3], q[4]));
        }
        return out;
    }

    /** The series that pools every nationality's figures (the "nationality series" together). */
    public static final String NATIONALITY = "arrivals by nationality";

    /** Coverage per series, of the nationality series together ({@link #NATIONALITY}) and overall ("all"). */
    public static List<Coverage> coverage(List<Band> bands) {
        java.util.Map<String, int[]> by = new java.util.LinkedHashMap<>();
        for (Band b : bands)
            for (String s : b.target().group().isEmpty() ? List.of(b.target().series(), "all") : List.of(b.target().series(), NATIONALITY, "all")) {
                int[] c = by.computeIfAbsent(s, x -> new int[3]);
                c[0]++;
                if (b.in50()) c[1]++;
                if (b.in90()) c[2]++;
            }
        List<Coverage> out = new ArrayList<>();
        for (var e : by.entrySet())
            out.add(new Coverage(e.getKey(), e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0], (double) e.getValue()[2] / e.getValue()[0]));
        return out;
    }

    /** Weighted quantiles (the smallest value whose cumulative weight reaches each level). */
    public static double[] quantiles(double[] v, double[] w, double... levels) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double total = 0;
        for (double x : w) total += x;
        double[] out = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
            double c = 0;
            out[l] = v[idx[idx.length - 1]];
            for (Integer i : idx) {
                c += w[i] / total;
                if (c >= levels[l] - 1e-12) {
                    out[l] = v[i];
                    break;
                }
            }
        }
        return out;
    }

    public static double[] meanSd(double[] v, double[] w) {
        double s = 0, m = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i];
            m += w[i] * v[i];
        }
        m /= s;
        double var = 0;
        for (int i = 0; i < v.length; i++) var += w[i] * (v[i] - m) * (v[i] - m);
        return new double[] {m, Math.sqrt(var / s)};
    }
}
