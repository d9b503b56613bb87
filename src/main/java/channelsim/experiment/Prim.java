package channelsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as used for scenario discovery: starting from a
 * box holding every case, repeatedly peel off the slice (a share {@code alpha} of the cases in the box, at the
 * low or the high end of one input) whose removal most raises the share of cases of interest inside the box,
 * until the box holds less than {@code minMass} of the cases or no peel raises it. Each step of the peeling
 * trajectory reports coverage (cases of interest inside / all cases of interest), density (cases of interest
 * inside / cases inside), mass (cases inside / all cases) and the box.
 */
public final class Prim {
    public static final double ALPHA = 0.05, MIN_MASS = 0.05;

    /** One box of the trajectory: the limits per input ({@code low[i] <= x_i <= high[i]}). */
    public record Step(int step, double coverage, double density, double mass, double[] low, double[] high) {}

    private Prim() {}

    /** The peeling trajectory over cases {@code x[case][input]} with {@code y[case]} true for cases of interest. */
    public static List<Step> peel(double[][] x, boolean[] y, double alpha, double minMass) {
        int n = x.length, k = n == 0 ? 0 : x[0].length;
        double[] low = new double[k], high = new double[k];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (double[] c : x)
            for (int i = 0; i < k; i++) {
                low[i] = Math.min(low[i], c[i]);
                high[i] = Math.max(high[i], c[i]);
            }
        int interesting = 0;
        for (boolean b : y) if (b) interesting++;
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        List<Step> out = new ArrayList<>();
        out.add(step(0, in, y, interesting, low, high));
        while (true) {
            Step cur = out.get(out.size() - 1);
            if (cur.density() >= 1 || cur.mass() <= minMass) break;
            double best = cur.density();
            int bestDim = -1;
            boolean bestLow = false;
            double bestCut = 0;
            for (int i = 0; i < k; i++)
                for (boolean fromLow : new boolean[]{true, false}) {
                    double cut = cutPoint(x, in, i, alpha, fromLow);
                    if (Double.isNaN(cut)) continue;
                    int inside = 0, hits = 0;
                    for (int c = 0; c < n; c++)
                        if (in[c] && (fromLow ? x[c][i] >= cut : x[c][i] <= cut)) {
                            inside++;
                            if (y[c]) hits++;
                        }
                    if (inside == 0 || (double) inside / n < minMass) continue;
                    double d = (double) hits / inside;
                    if (d > best + 1e-12) {
                        best = d;
                        bestDim = i;
                        bestLow = fromLow;
                        bestCut = cut;
                    }
                }
            if (bestDim < 0) break;
            for (int c = 0; c < n; c++)
                if (in[c] && (bestLow ? x[c][bestDim] < bestCut : x[c][bestDim] > bestCut)) in[c] = false;
            if (bestLow) low[bestDim] = bestCut;
            else high[bestDim] = bestCut;
            out.add(step(out.size(), in, y, interesting, low, high));
        }
        return out;
    }

    /**
     * Where to cut input i to peel about a share alpha of the cases in the box from one end: the alpha quantile
     * of their values, moved to the next distinct value if it would peel nothing (levers take few values).
     * NaN when every case in the box has the same value.
     */
    private static double cutPoint(double[][] x, boolean[] in, int i, double alpha, boolean fromLow) {
        int m = 0;
        double[] v = new double[x.length];
        for (int c = 0; c < x.length; c++) if (in[c]) v[m++] = x[c][i];
        v = Arrays.copyOf(v, m);
        Arrays.sort(v);
        if (m == 0 || v[0] == v[m - 1]) return Double.NaN;
        int drop = Math.max(1, (int) Math.floor(alpha * m));
        if (fromLow) {
            double cut = v[Math.min(drop, m - 1)];
            if (cut == v[0]) for (double w : v) if (w > v[0]) { cut = w; break; }
            return cut;
        }
        double cut = v[Math.max(m - 1 - drop, 0)];
        if (cut == v[m - 1]) for (int j = m - 1; j >= 0; j--) if (v[j] < v[m - 1]) { cut = v[j]; break; }
        return cut;
    }

    private static Step step(int s, boolean[] in, boolean[] y, int interesting, double[] low, double[] high) {
        int inside = 0, hits = 0;
        for (int c = 0; c < in.length; c++)
            if (in[c]) {
                inside++;
                if (y[c]) hits++;
            }
        return new Step(s, interesting == 0 ? 0 : (double) hits / interesting, inside == 0 ? 0 : (double) hits / inside,
                (double) inside / in.length, low.clone(), high.clone());
    }
}
