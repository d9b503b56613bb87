package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.output.Num;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the saved replicates of a finished study in (policy, replicate) order and computes the summary.
 * Only two policies' totals (the baseline's and the current one's) and one policy's weekly arrivals are
 * in memory at a time, plus every policy's arrivals for ranking: memory grows with replicates only by a
 * few numbers per replicate.
 */
public final class StudyAnalysis {
    /** Paired changes reported against the baseline, when the model provides the total. */
    static final List<String> CHANGES = List.of("arrivals", "deaths", "public_cost", "gang_revenue", "people_per_boat",
            "southern_share", "taxi_share", "price", "prevention_rate");
    static final double[] BAND_PROBS = {0.05, 0.25, 0.50, 0.75, 0.95};

    private final StudyInfo info;
    private final ReplicateStore store;

    public StudyAnalysis(StudyInfo info, ReplicateStore store) {
        this.info = info;
        this.store = store;
    }

    /** Writes replicates.csv to {@code replicatesCsv} while reading, then computes everything else. */
    public StudyResults analyse(Writer replicatesCsv) throws IOException, ConfigException {
        int np = info.policies().size(), nr = info.replicates(), base = info.baselineIndex();
        List<String> columns = null;
        double[][] arrivals = new double[np][nr];
        for (int p = 0; p < np; p++)
            for (int r = 1; r <= nr; r++) {
                ReplicateRecord rec = store.load(p, r);
                if (columns == null) {
                    columns = rec.columns();
                    replicatesCsv.write(rec.header());
                    replicatesCsv.write('\n');
                } else if (!columns.equals(rec.columns()))
                    throw new IOException(store.fileOf(p, r) + ": columns differ from other replicates of the study");
                if (!rec.policy().equals(info.policies().get(p).name()))
                    throw new IOException(store.fileOf(p, r) + ": policy " + rec.policy() + " is not "
                            + info.policies().get(p).name());
                replicatesCsv.write(rec.row());
                replicatesCsv.write('\n');
                arrivals[p][r - 1] = rec.total("arrivals");
            }

        List<StudyResults.Row> rows = new ArrayList<>();
        List<StudyResults.Quantiles> quants = new ArrayList<>();
        List<StudyResults.Band> bands = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double[][] baseTotals = totals(base, columns.size(), new double[nr][]);
        for (int p = 0; p < np; p++) {
            String name = info.policies().get(p).name();
            double[][] weekly = new double[nr][];
            double[][] t = p == base ? baseTotals : totals(p, columns.size(), weekly);
            if (p == base) totals(p, columns.size(), weekly);
            for (int c = 0; c < columns.size(); c++) {
                double[] x = column(t, c);
                rows.add(new StudyResults.Row(name, columns.get(c), Stats.tInterval(x)));
                double[] q = Stats.quantiles(x, 0.05, 0.5, 0.95);
                quants.add(new StudyResults.Quantiles(name, columns.get(c), q[0], q[1], q[2]));
            }
            for (int w = 0; w < info.weeks(); w++) {
                double[] x = new double[nr];
                for (int r = 0; r < nr; r++) x[r] = w < weekly[r].length ? weekly[r][w] : Double.NaN;
                bands.add(new StudyResults.Band(name, w + 1, Stats.quantiles(x, BAND_PROBS)));
            }
            if (p != base) paired(name, columns, t, baseTotals, rows, warnings);
        }
        List<StudyResults.Ranked> ranking = rank(arrivals, base, warnings);
        if (nr < 5) warnings.add(0, "Only " + nr + (nr == 1 ? " replicate" : " replicates") + ": intervals are very wide and unreliable; use 20 or more.");
        return new StudyResults(info, columns, rows, quants, bands, ranking, warnings);
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

    /** Paired comparisons with the baseline: replicate r of both ran with the same seed. */
    private void paired(String name, List<String> columns, double[][] t, double[][] b, List<StudyResults.Row> rows,
                        List<String> warnings) {
        int nr = t.length, a = columns.indexOf("arrivals");
        double[] det = new double[nr], averted = new double[nr];
        int zeroBase = 0;
        for (int r = 0; r < nr; r++) {
            double ab = b[r][a], ap = t[r][a];
            det[r] = ab > 0 ? 1 - ap / ab : Double.NaN;
            if (!(ab > 0)) zeroBase++;
            averted[r] = ab - ap;
        }
        rows.add(new StudyResults.Row(name, "deterrence", Stats.tInterval(det)));
        if (zeroBase > 0)
            warnings.add("Deterrence of " + name + " leaves out " + zeroBase + " replicates where the baseline had no arrivals.");
        rows.add(new StudyResults.Row(name, "arrivals_averted", Stats.tInterval(averted)));
        int cost = columns.indexOf("public_cost");
        if (cost >= 0) {
            double[] dc = new double[nr];
            for (int r = 0; r < nr; r++) dc[r] = t[r][cost] - b[r][cost];
            Stats.Estimate av = Stats.tInterval(averted);
            Stats.Estimate cpa = Stats.ratioOfMeans(dc, averted);
            if (!(av.mean() > 0)) {
                cpa = new Stats.Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, cpa.n());
                warnings.add("Cost per crossing averted is not defined for " + name + ": it does not reduce arrivals on average.");
            } else if (!(av.low() > 0) && av.n() > 1)
                warnings.add("Cost per crossing averted for " + name + " is unreliable: the arrivals averted are not clearly above zero (95% CI "
                        + Num.human(av.low()) + " to " + Num.human(av.high()) + ").");
            rows.add(new StudyResults.Row(name, "cost_per_crossing_averted", cpa));
        }
        for (String m : CHANGES) {
            int c = columns.indexOf(m);
            if (c < 0 || m.equals("arrivals")) continue;
            double[] d = new double[nr];
            for (int r = 0; r < nr; r++) d[r] = t[r][c] - b[r][c];
            rows.add(new StudyResults.Row(name, m + "_change", Stats.tInterval(d)));
        }
    }

    /**
     * Ranks non-baseline policies by mean deterrence and checks each adjacent pair with a paired interval
     * of their per-replicate deterrence difference; where it includes zero, warns with the replicates needed.
     */
    private List<StudyResults.Ranked> rank(double[][] arrivals, int base, List<String> warnings) {
        int np = arrivals.length, nr = info.replicates();
        double[][] det = new double[np][nr];
        List<Integer> order = new ArrayList<>();
        List<Stats.Estimate> est = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            for (int r = 0; r < nr; r++) det[p][r] = arrivals[base][r] > 0 ? 1 - arrivals[p][r] / arrivals[base][r] : Double.NaN;
            est.add(Stats.tInterval(det[p]));
            if (p != base) order.add(p);
        }
        // highest deterrence first; ties keep study order (the sort is stable)
        order.sort(Comparator.comparingDouble((Integer p) -> -nanLow(est.get(p).mean())));
        List<StudyResults.Ranked> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int p = order.get(i);
            boolean separated = true;
            if (i + 1 < order.size()) {
                int q = order.get(i + 1);
                double[] diff = new double[nr];
                for (int r = 0; r < nr; r++) diff[r] = det[p][r] - det[q][r];
                Stats.Estimate d = Stats.tInterval(diff);
                separated = d.n() > 1 && d.excludesZero();
                String a = info.policies().get(p).name(), b = info.policies().get(q).name();
                if (!separated && d.n() > 1) {
                    long need = Stats.replicatesToSeparate(d.sd(), d.mean());
                    if (d.sd() == 0 && d.mean() == 0)
                        warnings.add("Cannot rank " + a + " above " + b + ": they gave identical arrivals in every replicate.");
                    else
                        warnings.add("Cannot rank " + a + " above " + b + ": the paired difference in deterrence is "
                                + Num.sig(d.mean(), 3) + " (95% CI " + Num.sig(d.low(), 3) + " to " + Num.sig(d.high(), 3)
                                + ") with " + d.n() + " replicates; "
                                + (need < 0 ? "no number of replicates separates equal means."
                                : "about " + need + " replicates would separate them."));
                }
            }
            out.add(new StudyResults.Ranked(i + 1, info.policies().get(p).name(), est.get(p), separated));
        }
        return out;
    }

    private static double nanLow(double v) { return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v; }
}
