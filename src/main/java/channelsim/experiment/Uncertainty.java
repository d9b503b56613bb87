package channelsim.experiment;

import channelsim.config.ConfigException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * uncertainty.csv of a study over a posterior: for every policy and metric (and each policy's deterrence
 * against the baseline, paired run by run), the mean and total 95% interval over every (draw, replicate)
 * run, and the split of its spread into parameter uncertainty (the sd, over draws, of each draw's mean over
 * its replicates) and stochastic uncertainty (the root mean within-draw variance): by the law of total
 * variance their squares add up to the total variance. {@code prob_positive} is the share of runs above 0,
 * for deterrence the chance the policy deters at all.
 *
 * <p>In a study crossed with {@code uncertainties:} or {@code levers:}, the posterior draws and the samples
 * are two sources of parameter uncertainty: each arm (one sample) gets a row over its draws, and each policy
 * at a lever combination a row pooled over every sample ({@code sample} "all") whose {@code sd_parameter} is
 * the sd over all (sample, draw) cells, so it counts both sources. Those tables add the columns
 * {@code samples,sample} and one per uncertainty and lever, as summary.csv does.
 */
public final class Uncertainty {

    /** sample: 0 in a study without samples, the 1-based sample, or {@link StudyResults#POOLED}; samples: how many it pools. */
    public record Row(String policy, String metric, double mean, double low, double high, double sdParameter,
                      double sdStochastic, double probPositive, int draws, int replicates, int samples, int sample,
                      Map<String, String> factors) {
        public Row(String policy, String metric, double mean, double low, double high, double sdParameter,
                   double sdStochastic, double probPositive, int draws, int replicates) {
            this(policy, metric, mean, low, high, sdParameter, sdStochastic, probPositive, draws, replicates, 1, 0, Map.of());
        }

        Row in(int samples, int sample, Map<String, String> factors) {
            return new Row(policy, metric, mean, low, high, sdParameter, sdStochastic, probPositive, draws, replicates, samples, sample, factors);
        }

        /** Whether the report shows it: the one row of a policy, or a crossed study's row pooled over samples. */
        public boolean headline() { return sample == 0 || sample == StudyResults.POOLED; }
    }

    private Uncertainty() {}

    public static List<Row> compute(StudyInfo info, ReplicateStore store) throws IOException, ConfigException {
        int np = info.policies().size(), n = info.replicates(), d = info.draws(), k = info.replicatesPerDraw();
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
        for (String g : info.groups()) {
            List<Integer> arms = info.armsOf(g);
            StudyInfo.PolicyInfo gi = info.policies().get(arms.get(0));
            boolean isBase = gi.name().equals(info.baseline());
            int cells = arms.size() * n;
            // pooled over the group's arms: arm 0's draws, then arm 1's, ..., each draw's replicates together
            double[] det = new double[cells];
            double[][] x = new double[columns.size()][cells];
            List<Row> armRows = new ArrayList<>();
            for (int i = 0; i < arms.size(); i++) {
                int p = arms.get(i), base = info.pairedBaseline(p);
                StudyInfo.PolicyInfo pi = info.policies().get(p);
                double[] dp = new double[n];
                for (int r = 0; r < n; r++) {
                    dp[r] = a >= 0 && t[base][r][a] > 0 ? 1 - t[p][r][a] / t[base][r][a] : Double.NaN;
                    det[i * n + r] = dp[r];
                }
                if (!isBase && a >= 0) armRows.add(row(pi.name(), "deterrence", dp, d, k).in(1, pi.sample(), factors(info, pi.factors(), false)));
                for (int c = 0; c < columns.size(); c++) {
                    double[] xc = new double[n];
                    for (int r = 0; r < n; r++) xc[r] = x[c][i * n + r] = t[p][r][c];
                    armRows.add(row(pi.name(), columns.get(c), xc, d, k).in(1, pi.sample(), factors(info, pi.factors(), false)));
                }
            }
            if (!info.crossed()) {
                out.addAll(armRows);
                continue;
            }
            out.addAll(armRows);
            Map<String, String> levers = factors(info, gi.factors(), true);
            if (!isBase && a >= 0) out.add(pooled(gi.name(), "deterrence", det, arms.size(), d, k, levers));
            for (int c = 0; c < columns.size(); c++) out.add(pooled(gi.name(), columns.get(c), x[c], arms.size(), d, k, levers));
        }
        return out;
    }

    /** A group's row over every (sample, draw) cell: the parameter sd counts both the samples and the draws. */
    private static Row pooled(String policy, String metric, double[] x, int samples, int draws, int perDraw, Map<String, String> levers) {
        Row r = row(policy, metric, x, samples * draws, perDraw);
        return new Row(policy, metric, r.mean(), r.low(), r.high(), r.sdParameter(), r.sdStochastic(), r.probPositive(), draws, perDraw,
                samples, StudyResults.POOLED, levers);
    }

    /** An arm's factor values in factor-key order; with {@code leversOnly}, the uncertainty columns blank (a row pooled over samples). */
    private static Map<String, String> factors(StudyInfo info, Map<String, String> f, boolean leversOnly) {
        Map<String, String> base = info.policies().get(info.baselineIndex()).factors(), m = new LinkedHashMap<>();
        for (String key : info.factorKeys()) m.put(key, leversOnly && base.containsKey(key) ? "" : f.getOrDefault(key, ""));
        return m;
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

    public static String csv(List<Row> rows, StudyInfo info) {
        StringBuilder sb = new StringBuilder("policy,metric,mean,ci_low,ci_high,sd_parameter,sd_stochastic,prob_positive,draws,replicates");
        if (info.crossed()) {
            sb.append(",samples,sample");
            for (String k : info.factorKeys()) sb.append(',').append(k);
        }
        sb.append('\n');
        for (Row r : rows) {
            sb.append(String.join(",", r.policy(), r.metric(), g(r.mean()), g(r.low()), g(r.high()), g(r.sdParameter()),
                    g(r.sdStochastic()), g(r.probPositive()), Integer.toString(r.draws()), Integer.toString(r.replicates())));
            if (info.crossed()) {
                sb.append(',').append(r.samples()).append(',').append(r.sample() == StudyResults.POOLED ? "all" : String.valueOf(r.sample()));
                for (String k : info.factorKeys()) sb.append(',').append(r.factors().getOrDefault(k, ""));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String g(double v) { return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v); }
}
