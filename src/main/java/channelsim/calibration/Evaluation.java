package channelsim.calibration;

import channelsim.model.RunResult;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated value of every target over the replicates of one parameter set: per target the mean,
 * a 95% interval for that mean (Student t over replicates), the replicate range, and the distance of
 * the mean; plus the weighted objective {@code sum(w d^2) / sum(w)}.
 */
public record Evaluation(Map<String, Double> parameters, List<Row> rows, double objective) {

    public record Row(Target target, double[] values, double mean, double ciLow, double ciHigh, double distance) {
        public boolean met() { return distance <= 1; }
    }

    public static Evaluation of(Map<String, Double> parameters, List<Target> targets, List<RunResult> runs, double scale) {
        List<Row> rows = new ArrayList<>();
        for (Target t : targets) {
            double[] v = new double[runs.size()];
            for (int r = 0; r < runs.size(); r++) v[r] = Measures.of(runs.get(r), t.measure(), t.period(), scale);
            rows.add(row(t, v));
        }
        return new Evaluation(parameters, rows, objective(rows, null));
    }

    static Row row(Target t, double[] v) {
        int n = v.length;
        double mean = 0;
        for (double x : v) mean += x;
        mean /= n;
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double half = 0;
        if (n > 1) {
            double sd = Math.sqrt(ss / (n - 1));
            half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        }
        // every measure is a count, a share or a price: an interval below zero says nothing
        return new Row(t, v, mean, Math.max(0, mean - half), mean + half, t.distance(mean));
    }

    /** Weighted mean squared distance over the rows accepted by the filter (all when null). */
    static double objective(List<Row> rows, java.util.function.Predicate<Row> include) {
        double s = 0, w = 0;
        for (Row r : rows) {
            if (include != null && !include.test(r)) continue;
            double d = Math.min(r.distance(), 50); // one absurd target must not drown the rest
            s += r.target().weight() * d * d;
            w += r.target().weight();
        }
        return w > 0 ? s / w : 0;
    }

    public Row row(String id) {
        for (Row r : rows) if (r.target().id().equals(id)) return r;
        return null;
    }

    public long met() { return rows.stream().filter(Row::met).count(); }
}
