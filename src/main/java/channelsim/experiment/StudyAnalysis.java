package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.output.Num;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the saved replicates of a finished study in arm and replicate order and computes the summary. An arm
 * is a policy (in a crossed study: a policy at one lever combination and one sample); a group is a policy at
 * one lever combination, pooled over samples. Every arm is paired with the baseline's arm of the same sample,
 * replicate by replicate (same seeds). In memory at a time: one group's totals and weekly arrivals, the
 * baseline's totals, and a few numbers per replicate of every group for the ranking.
 */
public final class StudyAnalysis {
    /** Paired changes reported against the baseline, when the model provides the total. */
    static final List<String> CHANGES = List.of("arrivals", "deaths", "public_cost", "gang_revenue", "people_per_boat",
            "southern_share", "taxi_share", "price", "prevention_rate");
    static final double[] BAND_PROBS = {0.05, 0.25, 0.50, 0.75, 0.95};
    /** Beyond this many replicates a difference is too small to matter; the warning says so instead of a count. */
    static final long MAX_USEFUL_REPLICATES = 10_000;

    private final StudyInfo info;
    private final ReplicateStore store;
    private final Map<Integer, double[][]> baselineTotals = new HashMap<>(), baselineWeekly = new HashMap<>();

    public StudyAnalysis(StudyInfo info, ReplicateStore store) {
        this.info = info;
        this.store = store;
    }

    /** Writes replicates.csv to {@code replicatesCsv} while reading, then computes everything else. */
    public StudyResults analyse(Writer replicatesCsv) throws IOException, ConfigException {
        int np = info.policies().size(), nr = info.replicates();
        List<String> columns = null;
        for (int p = 0; p < np; p++)
            for (int r = 1; r <= nr; r++) {
                ReplicateRecord rec = store.load(p, r);
                if (columns == null) {
                    columns = rec.columns();
                    List<String> head = new ArrayList<>(info.factorKeys());
                    head.addAll(info.drawColumns());
                    replicatesCsv.write(withFactors(rec.header(), "draw", "sample", head));
                    replicatesCsv.write('\n');
                } else if (!columns.equals(rec.columns()))
                    throw new IOException(store.fileOf(p, r) + ": columns differ from other replicates of the study");
                StudyInfo.PolicyInfo pi = info.policies().get(p);
                if (!rec.policy().equals(pi.name()))
                    throw new IOException(store.fileOf(p, r) + ": policy " + rec.policy() + " is not " + pi.name());
                replicatesCsv.write(withFactors(rec.row(), String.valueOf(info.drawOfRun(r)), String.valueOf(pi.sample()), factorTexts(pi, r)));
                replicatesCsv.write('\n');
            }

        List<StudyResults.Row> rows = new ArrayList<>();
        List<StudyResults.Quantiles> quants = new ArrayList<>();
        List<StudyResults.Band> bands = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, double[]> groupDeterrence = new HashMap<>();
        List<StudyResults.Monthly> monthly = new ArrayList<>();
        for (String g : info.groups()) {
            List<Integer> arms = info.armsOf(g);
            StudyInfo.PolicyInfo gi = info.policies().get(arms.get(0));
            boolean isBase = gi.name().equals(info.baseline());
            double[][] pooled = new double[arms.size() * nr][], pooledBase = new double[arms.size() * nr][];
            double[][] weekly = new double[arms.size() * nr][], weeklyBase = new double[arms.size() * nr][];
            for (int i = 0; i < arms.size(); i++) {
                int p = arms.get(i);
                StudyInfo.PolicyInfo pi = info.policies().get(p);
                double[][] w = new double[nr][];
                double[][] t = totals(p, columns.size(), w);
                double[][] b = baseline(info.pairedBaseline(p), columns.size());
                System.arraycopy(t, 0, pooled, i * nr, nr);
                System.arraycopy(b, 0, pooledBase, i * nr, nr);
                System.arraycopy(w, 0, weekly, i * nr, nr);
                System.arraycopy(baselineWeekly.get(info.pairedBaseline(p)), 0, weeklyBase, i * nr, nr);
                if (info.crossed()) {
                    Map<String, String> f = factorMap(pi);
                    describe(pi.name(), g, pi.sample(), f, columns, t, rows, null);
                    if (!isBase) {
                        paired(pi.name(), g, pi.sample(), f, columns, t, b, rows, null);
                        fromStart(pi, g, pi.sample(), f, w, baselineWeekly.get(info.pairedBaseline(p)), rows);
                    }
                }
            }
            int sample = info.crossed() ? StudyResults.POOLED : 0;
            Map<String, String> levers = info.crossed() ? leverMap(gi) : Map.of();
            describe(gi.name(), g, sample, levers, columns, pooled, rows, quants);
            for (int w = 0; w < info.weeks(); w++) {
                double[] x = new double[weekly.length];
                for (int r = 0; r < x.length; r++) x[r] = w < weekly[r].length ? weekly[r][w] : Double.NaN;
                bands.add(new StudyResults.Band(g, w + 1, Stats.quantiles(x, BAND_PROBS)));
            }
            if (!isBase) {
                double[] det = paired(gi.name(), g, sample, levers, columns, pooled, pooledBase, rows, warnings);
                fromStart(gi, g, sample, levers, weekly, weeklyBase, rows);
                groupDeterrence.put(g, det);
            }
            monthly(gi, g, levers, weekly, isBase ? null : weeklyBase, monthly);
        }
        List<StudyResults.Ranked> ranking = rank(groupDeterrence, warnings);
        if (nr < 5) warnings.add(0, "Only " + nr + (nr == 1 ? " replicate" : " replicates") + ": intervals are very wide and unreliable; use 20 or more.");
        return new StudyResults(info, columns, rows, quants, bands, ranking, warnings, monthly);
    }

    /**
     * A replicates.csv line with, after the policy, the draw of a study over a posterior, the sample and the
     * uncertainty and lever columns of a crossed study, then the posterior's columns (none of these in a plain study).
     */
    private String withFactors(String line, String draw, String sample, Iterable<String> factors) {
        if (!info.crossed() && info.draws() == 0) return line;
        int comma = line.indexOf(',');
        StringBuilder sb = new StringBuilder(line.substring(0, comma));
        if (info.draws() > 0) sb.append(',').append(draw);
        if (info.crossed()) sb.append(',').append(sample);
        for (String f : factors) sb.append(',').append(f);
        return sb.append(line.substring(comma)).toString();
    }

    /** The values run r of an arm used: its factors, then its draw's posterior values (blank where the policy sets the key itself). */
    private List<String> factorTexts(StudyInfo.PolicyInfo pi, int r) {
        List<String> l = new ArrayList<>();
        for (String k : info.factorKeys()) l.add(pi.factors().getOrDefault(k, ""));
        if (info.draws() > 0 && !info.drawValues().isEmpty()) {
            List<String> v = info.drawValues().get(info.drawOfRun(r) - 1);
            for (int c = 0; c < info.drawKeys().size(); c++) {
                String k = info.drawKeys().get(c), base = k.contains("@") ? k.substring(0, k.indexOf('@')) : k;
                if (info.factorKeys().contains(base)) continue;
                l.add(pi.overrides().containsKey(base) ? "" : v.get(c));
            }
        }
        return l;
    }

    /** Every factor value of an arm (uncertainties and levers), as text, in factor-key order. */
    private Map<String, String> factorMap(StudyInfo.PolicyInfo pi) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String k : info.factorKeys()) m.put(k, pi.factors().getOrDefault(k, ""));
        return m;
    }

    /** The lever values of a group (uncertainty columns left blank: its rows pool every sample). */
    private Map<String, String> leverMap(StudyInfo.PolicyInfo pi) {
        Map<String, String> base = info.policies().get(info.baselineIndex()).factors(), m = new java.util.LinkedHashMap<>();
        // the baseline carries the uncertainties only: a factor it lacks is a lever
        for (String k : info.factorKeys()) m.put(k, base.containsKey(k) ? "" : pi.factors().getOrDefault(k, ""));
        return m;
    }

    private void describe(String name, String group, int sample, Map<String, String> f, List<String> columns, double[][] t,
                          List<StudyResults.Row> rows, List<StudyResults.Quantiles> quants) {
        for (int c = 0; c < columns.size(); c++) {
            double[] x = column(t, c);
            rows.add(new StudyResults.Row(name, group, sample, f, columns.get(c), interval(x)));
            if (quants != null) {
                double[] q = Stats.quantiles(x, 0.05, 0.5, 0.95);
                quants.add(new StudyResults.Quantiles(group, columns.get(c), q[0], q[1], q[2]));
            }
        }
    }

    private double[][] baseline(int p, int ncol) throws IOException, ConfigException {
        double[][] b = baselineTotals.get(p);
        if (b == null) {
            double[][] w = new double[info.replicates()][];
            b = totals(p, ncol, w);
            baselineTotals.put(p, b);
            baselineWeekly.put(p, w);
        }
        return b;
    }

    /** First week of the study counted as "from the start": the week holding the policy's start day. */
    private int startWeek(StudyInfo.PolicyInfo pi) {
        if (pi.start() == null) return 0;
        long d = java.time.LocalDate.parse(pi.start()).toEpochDay() - java.time.LocalDate.parse(info.start()).toEpochDay();
        return (int) Math.max(0, d / 7);
    }

    /** Deterrence over the whole weeks from the policy's start, for a policy that starts after day 1. */
    private void fromStart(StudyInfo.PolicyInfo pi, String group, int sample, Map<String, String> f, double[][] w, double[][] b,
                           List<StudyResults.Row> rows) {
        int w0 = startWeek(pi);
        if (w0 <= 0 || w0 >= info.weeks()) return;
        double[] det = new double[w.length];
        for (int r = 0; r < w.length; r++) {
            double ap = 0, ab = 0;
            for (int k = w0; k < info.weeks(); k++) {
                ap += k < w[r].length ? w[r][k] : 0;
                ab += k < b[r].length ? b[r][k] : 0;
            }
            det[r] = ab > 0 ? 1 - ap / ab : Double.NaN;
        }
        rows.add(new StudyResults.Row(pi.name(), group, sample, f, "deterrence_from_start", interval(det)));
    }

    /**
     * Monthly arrivals and, for a policy, paired deterrence, over the whole weeks whose middle day falls in each
     * calendar month (the saved series are weekly; a month holds four or five of them).
     */
    private void monthly(StudyInfo.PolicyInfo pi, String group, Map<String, String> f, double[][] w, double[][] b,
                         List<StudyResults.Monthly> out) {
        java.time.LocalDate start = java.time.LocalDate.parse(info.start());
        java.util.TreeMap<String, List<Integer>> weeksOf = new java.util.TreeMap<>();
        for (int k = 0; k < info.weeks(); k++)
            weeksOf.computeIfAbsent(start.plusDays(7L * k + 3).toString().substring(0, 7), m -> new ArrayList<>()).add(k);
        for (Map.Entry<String, List<Integer>> e : weeksOf.entrySet()) {
            double[] arr = new double[w.length], det = new double[w.length];
            for (int r = 0; r < w.length; r++) {
                double ap = 0, ab = 0;
                for (int k : e.getValue()) {
                    ap += k < w[r].length ? w[r][k] : Double.NaN;
                    if (b != null) ab += k < b[r].length ? b[r][k] : Double.NaN;
                }
                arr[r] = ap;
                det[r] = ab > 0 ? 1 - ap / ab : Double.NaN;
            }
            out.add(new StudyResults.Monthly(pi.name(), group, f, e.getKey(), "arrivals", interval(arr)));
            if (b != null) out.add(new StudyResults.Monthly(pi.name(), group, f, e.getKey(), "deterrence", interval(det)));
        }
    }

    private double[][] totals(int p, int ncol, double[][] weeklyOut) throws IOException, ConfigException {
        int nr = info.replicates();
        double[][] t = new double[nr][];
        for (int r = 1; r <= nr; r++) {
            ReplicateRecord rec = store.load(p, r);
            if (rec.totals().length != ncol) throw new IOException(store.fileOf(p, r) + ": wrong number of totals");
            t[r - 1] = rec.totals();
            weeklyOut[r - 1] = rec.weekly();
        }
        return t;
    }

    private static double[] column(double[][] t, int c) {
        double[] x = new double[t.length];
        for (int r = 0; r < t.length; r++) x[r] = t[r][c];
        return x;
    }

    /**
     * Paired comparisons with the baseline: row r of both ran with the same seed (and sample). Returns the
     * per-replicate deterrence. Warnings are given only where {@code warnings} is not null (pooled rows).
     */
    private double[] paired(String name, String group, int sample, Map<String, String> f, List<String> columns,
                            double[][] t, double[][] b, List<StudyResults.Row> rows, List<String> warnings) {
        int nr = t.length, a = columns.indexOf("arrivals");
        List<String> warn = warnings == null ? new ArrayList<>() : warnings;
        double[] det = new double[nr], averted = new double[nr];
        int zeroBase = 0;
        for (int r = 0; r < nr; r++) {
            double ab = b[r][a], ap = t[r][a];
            det[r] = ab > 0 ? 1 - ap / ab : Double.NaN;
            if (!(ab > 0)) zeroBase++;
            averted[r] = ab - ap;
        }
        rows.add(new StudyResults.Row(name, group, sample, f, "deterrence", interval(det)));
        // deterrence of people as well as crossings: a returnee who crosses again is one person, two crossings
        int pa = columns.indexOf("people_arrived");
        if (pa >= 0) {
            double[] dp = new double[nr];
            for (int r = 0; r < nr; r++) dp[r] = b[r][pa] > 0 ? 1 - t[r][pa] / b[r][pa] : Double.NaN;
            rows.add(new StudyResults.Row(name, group, sample, f, "deterrence_people", interval(dp)));
        }
        if (zeroBase > 0)
            warn.add("Deterrence of " + group + " leaves out " + zeroBase + " replicates where the baseline had no arrivals.");
        rows.add(new StudyResults.Row(name, group, sample, f, "arrivals_averted", interval(averted)));
        int cost = columns.indexOf("public_cost");
        if (cost >= 0) {
            double[] dc = new double[nr];
            for (int r = 0; r < nr; r++) dc[r] = t[r][cost] - b[r][cost];
            Stats.Estimate av = interval(averted);
            Stats.Estimate cpa = Stats.ratioOfMeans(dc, averted);
            if (!(av.mean() > 0)) {
                cpa = new Stats.Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, cpa.n());
                warn.add("Cost per crossing averted is not defined for " + group + ": it does not reduce arrivals on average.");
            } else if (!(av.low() > 0) && av.n() > 1)
                warn.add("Cost per crossing averted for " + group + " is unreliable: the arrivals averted are not clearly above zero (95% CI "
                        + Num.human(av.low()) + " to " + Num.human(av.high()) + ").");
            rows.add(new StudyResults.Row(name, group, sample, f, "cost_per_crossing_averted", cpa));
        }
        for (String m : CHANGES) {
            int c = columns.indexOf(m);
            if (c < 0 || m.equals("arrivals")) continue;
            double[] d = new double[nr];
            for (int r = 0; r < nr; r++) d[r] = t[r][c] - b[r][c];
            rows.add(new StudyResults.Row(name, group, sample, f, m + "_change", interval(d)));
        }
        return det;
    }

    /**
     * Ranks non-baseline groups by mean deterrence and checks each adjacent pair with a paired interval of their
     * per-replicate deterrence difference (same sample and replicate); where it includes zero, warns with the
     * replicates needed.
     */
    private List<StudyResults.Ranked> rank(Map<String, double[]> det, List<String> warnings) {
        List<String> order = new ArrayList<>();
        Map<String, Stats.Estimate> est = new HashMap<>();
        for (String g : info.groups())
            if (det.containsKey(g)) {
                order.add(g);
                est.put(g, interval(det.get(g)));
            }
        // highest deterrence first; ties keep study order (the sort is stable)
        order.sort(Comparator.comparingDouble((String g) -> -nanLow(est.get(g).mean())));
        List<StudyResults.Ranked> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String p = order.get(i);
            boolean separated = true;
            if (i + 1 < order.size()) {
                String q = order.get(i + 1);
                double[] dp = det.get(p), dq = det.get(q);
                double[] diff = new double[Math.min(dp.length, dq.length)];
                for (int r = 0; r < diff.length; r++) diff[r] = dp[r] - dq[r];
                Stats.Estimate d = interval(diff);
                separated = d.n() > 1 && d.excludesZero();
                if (!separated && d.n() > 1) {
                    long need = Stats.replicatesToSeparate(d.sd(), d.mean());
                    if (d.sd() == 0 && d.mean() == 0)
                        warnings.add("Cannot rank " + p + " above " + q + ": they gave identical arrivals in every replicate.");
                    else
                        warnings.add("Cannot rank " + p + " above " + q + ": the paired difference in deterrence is "
                                + Num.sig(d.mean(), 3) + " (95% CI " + Num.sig(d.low(), 3) + " to " + Num.sig(d.high(), 3)
                                + ") with " + d.n() + " replicates; "
                                + (need < 0 ? "no number of replicates separates equal means."
                                : need > MAX_USEFUL_REPLICATES ? "more than " + Num.human(MAX_USEFUL_REPLICATES)
                                        + " replicates would be needed to separate them: for practical purposes they deter alike."
                                : "about " + need + " replicates would separate them."));
                }
            }
            out.add(new StudyResults.Ranked(i + 1, p, est.get(p), separated));
        }
        return out;
    }

    /**
     * The interval summary.csv gives: the Student-t interval of the mean over replicates, or, over a
     * posterior, the total 95% interval of the outcomes over draws and replicates (parameter and stochastic
     * uncertainty together; uncertainty.csv splits it).
     */
    private Stats.Estimate interval(double[] x) { return info.draws() > 0 ? Stats.totalInterval(x) : Stats.tInterval(x); }

    private static double nanLow(double v) { return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v; }
}
