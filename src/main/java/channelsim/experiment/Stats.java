package channelsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;

/** Interval estimates used by study summaries. All methods ignore NaN samples (undefined replicates). */
public final class Stats {
    public static final double LEVEL = 0.95;

    private Stats() {}

    /** Mean, sample standard deviation and two-sided 95% Student-t interval of a sample. */
    public record Estimate(double mean, double sd, double low, double high, int n) {
        public static final Estimate EMPTY = new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

        public double halfWidth() { return (high - low) / 2; }

        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    /** Two-sided critical value t_{n-1, 0.975}. */
    public static double tCritical(int n) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    public static Estimate tInterval(double[] sample) {
        double[] x = finite(sample);
        int n = x.length;
        if (n == 0) return Estimate.EMPTY;
        double mean = StatUtils.mean(x);
        if (n == 1) return new Estimate(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double sd = Math.sqrt(StatUtils.variance(x, mean));
        double h = tCritical(n) * sd / Math.sqrt(n);
        return new Estimate(mean, sd, mean - h, mean + h, n);
    }

    /**
     * The total interval of a sample of outcomes (every draw of a posterior, every replicate): the mean and
     * the central 95% of the outcomes themselves, not of their mean; what is uncertain about a policy's
     * effect once the parameters are uncertain too.
     */
    public static Estimate totalInterval(double[] sample) {
        double[] x = finite(sample);
        int n = x.length;
        if (n == 0) return Estimate.EMPTY;
        double mean = StatUtils.mean(x);
        double sd = n > 1 ? Math.sqrt(StatUtils.variance(x, mean)) : Double.NaN;
        double[] q = quantiles(x, (1 - LEVEL) / 2, 0.5 + LEVEL / 2);
        return new Estimate(mean, sd, Math.min(q[0], mean), Math.max(q[1], mean), n);
    }

    /**
     * Ratio of mean differences, {@code mean(num) / mean(den)}, over paired samples, with a delta-method
     * 95% interval (t critical value): var(R) ~ var(num - R den) / (n mean(den)^2). The "sd" reported is
     * that of the linearised residual {@code num - R den} divided by |mean(den)|. NaN when mean(den) is 0.
     */
    public static Estimate ratioOfMeans(double[] num, double[] den) {
        int m = 0;
        double[] a = new double[num.length], b = new double[num.length];
        for (int i = 0; i < num.length; i++)
            if (Double.isFinite(num[i]) && Double.isFinite(den[i])) { a[m] = num[i]; b[m] = den[i]; m++; }
        a = Arrays.copyOf(a, m);
        b = Arrays.copyOf(b, m);
        if (m == 0) return Estimate.EMPTY;
        double ma = StatUtils.mean(a), mb = StatUtils.mean(b);
        if (mb == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, m);
        double r = ma / mb;
        if (m == 1) return new Estimate(r, Double.NaN, Double.NaN, Double.NaN, 1);
        double[] res = new double[m];
        for (int i = 0; i < m; i++) res[i] = a[i] - r * b[i];
        double sd = Math.sqrt(StatUtils.variance(res)) / Math.abs(mb);
        double h = tCritical(m) * sd / Math.sqrt(m);
        return new Estimate(r, sd, r - h, r + h, m);
    }

    /** Quantiles with the R-7 rule (linear interpolation between order statistics, R's default). */
    public static double[] quantiles(double[] sample, double... probs) {
        double[] x = finite(sample);
        double[] q = new double[probs.length];
        if (x.length == 0) {
            Arrays.fill(q, Double.NaN);
            return q;
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(x);
        for (int i = 0; i < probs.length; i++) q[i] = p.evaluate(probs[i] * 100);
        return q;
    }

    /**
     * Replicates needed so that a paired 95% interval of a difference with standard deviation sd is
     * about half the size of the difference delta: n = (2 t sd / delta)^2, with t = 1.96 (large n).
     * Returns -1 when delta is 0 (no finite number of replicates separates identical means).
     */
    public static long replicatesToSeparate(double sd, double delta) {
        if (delta == 0 || !Double.isFinite(sd)) return -1;
        double n = Math.pow(2 * 1.96 * sd / delta, 2);
        return Math.max(2, (long) Math.ceil(n));
    }

    private static double[] finite(double[] x) {
        int m = 0;
        for (double v : x) if (Double.isFinite(v)) m++;
        if (m == x.length) return x;
        double[] y = new double[m];
        m = 0;
        for (double v : x) if (Double.isFinite(v)) y[m++] = v;
        return y;
    }
}
