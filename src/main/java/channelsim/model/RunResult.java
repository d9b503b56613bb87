package channelsim.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one replicate produced: the daily series ({@code daily[metric.ordinal()][day]}), totals as in
 * {@code summary.json}, arrivals by origin group, breakdowns of totals (a map of maps written into
 * {@code summary.json} by name, e.g. {@code public_cost_by_item}), and the work done for benchmarks:
 * agent-days (every live agent, every day) and stepped agent-days (only the agents whose state was read
 * that day: UK claimants waiting for a decision day are not looked at until it comes).
 */
public record RunResult(String scenario, long seed, LocalDate start, double[][] daily,
                        Map<String, Double> totals, Map<String, Double> arrivalsByGroup,
                        long agentDays, long steppedAgentDays, long nanos,
                        Map<String, Map<String, Double>> breakdowns) {

    /** A result without breakdowns (stand-ins in tests). */
    public RunResult(String scenario, long seed, LocalDate start, double[][] daily, Map<String, Double> totals,
                     Map<String, Double> arrivalsByGroup, long agentDays, long steppedAgentDays, long nanos) {
        this(scenario, seed, start, daily, totals, arrivalsByGroup, agentDays, steppedAgentDays, nanos, Map.of());
    }

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
        // Values first, in an array, then one loop of puts: a put inlines a large part of HashMap, and with a
        // dozen put and get sites this method, run once per replicate, cost the JIT almost a second of CPU
        // in every study.
        final int metrics = Metric.count(), n = daily[0].length;
        double[] v = new double[metrics + EXTRAS.length];
        for (int k = 0; k < metrics; k++) {
            double[] s = daily[k];
            double sum = 0;
            for (double x : s) sum += x;
            Metric.Kind kind = Metric.of(k).kind;
            v[k] = kind == Metric.Kind.FLOW ? sum
                    : n == 0 || kind == Metric.Kind.RATIO ? 0 // ratios are recomputed below
                    : kind == Metric.Kind.LEVEL ? sum / n : s[n - 1];
        }
        double arrivals = v[Metric.ARRIVALS.ordinal()], boats = v[Metric.BOATS_ARRIVED.ordinal()];
        v[Metric.PEOPLE_PER_BOAT.ordinal()] = boats > 0 ? arrivals / boats : 0;
        double stopped = v[Metric.PREVENTED.ordinal()] + v[Metric.INTERCEPTED.ordinal()], tried = stopped + arrivals;
        v[metrics] = tried > 0 ? stopped / tried : 0; // prevention_rate
        // launch-weighted shares rather than day averages
        double[] launches = daily[Metric.LAUNCHES.ordinal()];
        double launched = v[Metric.LAUNCHES.ordinal()];
        v[Metric.TAXI_SHARE.ordinal()] = weighted(daily[Metric.TAXI_SHARE.ordinal()], launches, launched);
        v[Metric.SOUTHERN_SHARE.ordinal()] = weighted(daily[Metric.SOUTHERN_SHARE.ordinal()], launches, launched);
        double max = 0;
        int crossingDays = 0;
        for (double x : daily[Metric.ARRIVALS.ordinal()]) {
            max = Math.max(max, x);
            if (x > 0) crossingDays++;
        }
        v[metrics + 1] = max; // busiest_day
        v[metrics + 2] = crossingDays;
        Map<String, Double> t = new LinkedHashMap<>();
        for (int k = 0; k < v.length; k++) t.put(k < metrics ? Metric.of(k).column : EXTRAS[k - metrics], v[k]);
        return Collections.unmodifiableMap(t);
    }

    /** Totals that are not daily columns, after the metrics in {@code summary.json}. */
    private static final String[] EXTRAS = {"prevention_rate", "busiest_day", "crossing_days"};

    private static double weighted(double[] share, double[] weight, double total) {
        if (total <= 0) return 0;
        double s = 0;
        for (int i = 0; i < share.length; i++) s += share[i] * weight[i];
        return s / total;
    }
}
