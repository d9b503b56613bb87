package channelsim.experiment;

import channelsim.config.ConfigException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * uncertainty.csv of a study over a posterior: for every policy and metric (and each policy's deterrence
 * against the baseline, paired run by run), the mean and total 95% interval over every (draw, replicate)
 * run, and the split of its spread into parameter uncertainty (the sd, over draws, of each draw's mean over
 * its replicates) and stochastic uncertainty (the root mean within-draw variance): by the law of total
 * variance their squares add up to the total variance. {@code prob_positive} is the share of runs above 0,
 * for deterrence the chance the policy deters at all.
 */
public final class Uncertainty {

    public record Row(String policy, String metric, double mean, double low, double high, double sdParameter,
                      double sdStochastic, double probPositive, int draws, int replicates) {}

    private Uncertainty() {}

    public static List<Row> compute(StudyInfo info, ReplicateStore store) throws IOException, ConfigException {
        int np = info.policies().size(), n = info.replicates(), d = info.draws(), k = info.replicatesPerDraw(), base = info.baselineIndex();
        List<String> columns = null;
        double[][][] t = new double[np][n][];
        for (int p = 0; p < np; p++)
            for (int r = 1; r <= n; r++) {
                ReplicateRecord rec = store.load(p, r);
                if (columns == null) columns = rec.columns();
                t[p][r - 1] = rec.totals();
            }
        List<Row> out = new ArrayList<>();
        int a = columns.indexOf("arrivals");
        for (int p = 0; p < np; p++) {
            String name = info.policies().get(p).name();
            if (p != base && a >= 0) {
                double[] det = new double[n];
                for (int r = 0; r < n; r++) det[r] = t[base][r][a] > 0 ? 1 - t[p][r][a] / t[base][r][a] : Double.NaN;
                out.add(row(name, "deterrence", det, d, k));
            }
            for (int c = 0; c < columns.size(); c++) {
                double[] x = new double[n];
                for (int r = 0; r < n; r++) x[r] = t[p][r][c];
                out.add(row(name, columns.get(c), x, d, k));
            }
        }
        return out;
    }

    /** x holds draw 0's replicates, then draw 1's, and so on. */
    static Row row(String policy, String metric, double[] x, int draws, int perDraw) {
        Stats.Estimate tot = Stats.totalInterval(x);
        double[] means = new double[draws];
        double within = 0;
        int used = 0, positive = 0, finite = 0;
        for (int g = 0; g < draws; g++) {
            double s = 0;
            int m = 0;
            for (int j = 0; j < perDraw; j++) {
                double v = x[g * perDraw + j];
                if (Double.isNaN(v)) continue;
                s += v;
                m++;
                finite++;
                if (v > 0) positive++;
            }
            means[g] = m > 0 ? s / m : Double.NaN;
            if (m > 1) {
                double ss = 0;
                for (int j = 0; j < perDraw; j++) {
                    double v = x[g * perDraw + j];
                    if (!Double.isNaN(v)) ss += (v - means[g]) * (v - means[g]);
                }
                within += ss / (m - 1);
                used++;
            }
        }
        double sdPar = Stats.tInterval(means).sd();
        if (draws > 1 && Double.isNaN(sdPar)) sdPar = 0;
        double sdSto = used > 0 ? Math.sqrt(within / used) : Double.NaN;
        return new Row(policy, metric, tot.mean(), tot.low(), tot.high(), draws == 1 ? 0 : sdPar, sdSto,
                finite > 0 ? (double) positive / finite : Double.NaN, draws, perDraw);
    }

    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("policy,metric,mean,ci_low,ci_high,sd_parameter,sd_stochastic,prob_positive,draws,replicates\n");
        for (Row r : rows)
            sb.append(String.join(",", r.policy(), r.metric(), g(r.mean()), g(r.low()), g(r.high()), g(r.sdParameter()),
                    g(r.sdStochastic()), g(r.probPositive()), Integer.toString(r.draws()), Integer.toString(r.replicates()))).append('\n');
        return sb.toString();
    }

    static String g(double v) { return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v); }
}
