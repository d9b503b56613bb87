package channelsim.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one replicate produced: the daily series ({@code daily[metric.ordinal()][day]}), totals as in
 * {@code summary.json}, arrivals by origin group, and the work done for benchmarks: agent-days (every live agent,
 * every day) and stepped agent-days (only the agents whose state was read that day: UK claimants waiting for
 * a decision day are not looked at until it comes).
 */
public record RunResult(String scenario, long seed, LocalDate start, double[][] daily,
                        Map<String, Double> totals, Map<String, Double> arrivalsByGroup,
                        long agentDays, long steppedAgentDays, long nanos) {

    public int days() { return daily[0].length; }

    public double[] series(Metric m) { return daily[m.ordinal()]; }

    public double total(String key) {
        Double v = totals.get(key);
        if (v == null) throw new IllegalArgumentException("no total " + key);
        return v;
    }

    /**
     * Totals from daily series: flows summed, levels averaged, END levels at the last day; ratios
     * ({@code people_per_boat}, {@code prevention_rate}) and a few extras recomputed from the sums.
     */
    public static Map<String, Double> totalsOf(double[][] daily) {
        Map<String, Double> t = new LinkedHashMap<>();
        int n = daily[0].length;
        for (Metric m : Metric.values()) {
            double[] s = daily[m.ordinal()];
            double sum = 0;
            for (double v : s) sum += v;
            switch (m.kind) {
                case FLOW -> t.put(m.column, sum);
                case LEVEL -> t.put(m.column, n == 0 ? 0 : sum / n);
                case END -> t.put(m.column, n == 0 ? 0 : s[n - 1]);
                case RATIO -> t.put(m.column, 0.0); // filled below
            }
        }
        double arrivals = t.get("arrivals"), boats = t.get("boats_arrived");
        t.put("people_per_boat", boats > 0 ? arrivals / boats : 0);
        double stopped = t.get("prevented") + t.get("intercepted");
        double tried = stopped + arrivals;
        t.put("prevention_rate", tried > 0 ? stopped / tried : 0);
        // launch-weighted shares rather than day averages
        double launches = t.get("launches");
        t.put("taxi_share", weighted(daily[Metric.TAXI_SHARE.ordinal()], daily[Metric.LAUNCHES.ordinal()], launches));
        t.put("southern_share", weighted(daily[Metric.SOUTHERN_SHARE.ordinal()], daily[Metric.LAUNCHES.ordinal()], launches));
        double max = 0;
        int crossingDays = 0;
        for (double v : daily[Metric.ARRIVALS.ordinal()]) {
            max = Math.max(max, v);
            if (v > 0) crossingDays++;
        }
        t.put("busiest_day", max);
        t.put("crossing_days", (double) crossingDays);
        return Collections.unmodifiableMap(t);
    }

    private static double weighted(double[] share, double[] weight, double total) {
        if (total <= 0) return 0;
        double s = 0;
        for (int i = 0; i < share.length; i++) s += share[i] * weight[i];
        return s / total;
    }
}
