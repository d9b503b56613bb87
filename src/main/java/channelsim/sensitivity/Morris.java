package channelsim.sensitivity;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary-effects screening (Morris 1991; mu* from Campolongo, Cariboni and Saltelli 2007).
 *
 * <p>Inputs live in the unit cube, on a grid of {@code levels} values. A trajectory starts at a random
 * grid point and moves one input at a time, in random order, by {@code delta = levels / (2 (levels-1))},
 * up or down at random (staying inside the cube): k+1 points for k inputs. The elementary effect of
 * input i on a trajectory is the change of the output divided by the signed step. Over r trajectories:
 * mu (mean effect: direction), mu* (mean absolute effect: importance, immune to effects of opposite
 * signs cancelling) and sigma (standard deviation: interactions or non-linearity). Effects are per unit
 * of the normalised range, i.e. roughly "output change when the input goes across its whole range".
 */
public final class Morris {

    /** One trajectory: k+1 points in [0,1]^k, and which input changed between point j and j+1. */
    public record Trajectory(double[][] points, int[] changed) {}

    /** Screening result for one input. */
    public record Effect(int input, double mu, double muStar, double sigma, int n) {}

    private Morris() {}

    public static double delta(int levels) { return levels / (2.0 * (levels - 1)); }

    /** r trajectories over k inputs on a p-level grid, from the given seed (same seed, same design). */
    public static List<Trajectory> design(int k, int r, int levels, long seed) {
        if (levels < 2 || k < 1 || r < 1) throw new IllegalArgumentException("need k >= 1, r >= 1, levels >= 2");
        RandomGenerator rng = new MersenneTwister(seed);
        double d = delta(levels), step = 1.0 / (levels - 1);
        List<Trajectory> out = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = rng.nextInt(levels) * step;
            int[] order = permutation(k, rng);
            double[][] pts = new double[k + 1][];
            pts[0] = x.clone();
            for (int j = 0; j < k; j++) {
                int i = order[j];
                boolean up = rng.nextBoolean();
                // step the chosen way if it stays in the cube, else the other way
                if (up && x[i] + d > 1 + 1e-12) up = false;
                else if (!up && x[i] - d < -1e-12) up = true;
                x[i] = Math.max(0, Math.min(1, x[i] + (up ? d : -d)));
                pts[j + 1] = x.clone();
            }
            out.add(new Trajectory(pts, order));
        }
        return out;
    }

    private static int[] permutation(int k, RandomGenerator rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) p[i] = i;
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /**
     * Effects from the outputs at each trajectory's points ({@code y.get(t)[j]} for point j of trajectory
     * t). NaN outputs (e.g. a deterrence with no baseline arrivals) skip that effect.
     */
    public static List<Effect> effects(List<Trajectory> design, List<double[]> y, int k) {
        List<List<Double>> ee = new ArrayList<>();
        for (int i = 0; i < k; i++) ee.add(new ArrayList<>());
        for (int t = 0; t < design.size(); t++) {
            Trajectory tr = design.get(t);
            double[] yt = y.get(t);
            for (int j = 0; j < k; j++) {
                int i = tr.changed()[j];
                double dx = tr.points()[j + 1][i] - tr.points()[j][i];
                double e = (yt[j + 1] - yt[j]) / dx;
                if (Double.isFinite(e)) ee.get(i).add(e);
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Double> v = ee.get(i);
            int n = v.size();
            double mu = 0, abs = 0;
            for (double e : v) {
                mu += e;
                abs += Math.abs(e);
            }
            mu = n > 0 ? mu / n : Double.NaN;
            abs = n > 0 ? abs / n : Double.NaN;
            double ss = 0;
            for (double e : v) ss += (e - mu) * (e - mu);
            out.add(new Effect(i, mu, abs, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n));
        }
        return out;
    }

    /** Convenience for functions that are cheap to call: the design, evaluated, screened. */
    public static List<Effect> screen(java.util.function.ToDoubleFunction<double[]> f, int k, int r, int levels, long seed) {
        List<Trajectory> design = design(k, r, levels, seed);
        List<double[]> y = new ArrayList<>();
        for (Trajectory t : design) {
            double[] yt = new double[k + 1];
            for (int j = 0; j <= k; j++) yt[j] = f.applyAsDouble(t.points()[j]);
            y.add(yt);
        }
        return effects(design, y, k);
    }
}
