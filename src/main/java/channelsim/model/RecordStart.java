package channelsim.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The by-group counters as the recorded days begin (after a warm-up, or on the first day), so that a result's
 * by-group totals count the recorded days only; and the run's {@link RunResult}, assembled from them at the end.
 */
final class RecordStart {
    private long[] arrivals, elsewhere; // null until the recorded days begin

    /** Counters from zero when the record starts on the first day; otherwise set by {@link #mark}. */
    RecordStart(int groups, boolean fromFirstDay) {
        if (fromFirstDay) {
            arrivals = new long[groups];
            elsewhere = new long[groups];
        }
    }

    /** The recorded days begin after today: remember today's totals. */
    void mark(DailyFlows flows, Arrivals upstream) {
        arrivals = flows.arrivalsByGroupTotal.clone();
        elsewhere = wentElsewhere(flows, upstream);
    }

    /** People who went elsewhere in Europe by origin group since the run began: diverted upstream or gave up at the coast. */
    private static long[] wentElsewhere(DailyFlows flows, Arrivals upstream) {
        long[] w = new long[flows.arrivalsByGroupTotal.length];
        for (int g = 0; g < w.length; g++) w[g] = upstream.divertedByGroupTotal[g] + flows.deterredByGroupTotal[g];
        return w;
    }

    /** The run's result: the recorder's days, their totals, and the by-group and by-item breakdowns over the recorded days. */
    RunResult result(ChannelModel m, DailyFlows flows, Arrivals upstream, long nanos) {
        Params params = m.params();
        double[][] d = m.recorder().daily;
        Map<String, Double> byGroup = new LinkedHashMap<>(), elsewhereByGroup = new LinkedHashMap<>();
        long[] now = wentElsewhere(flows, upstream);
        for (int g = 0; g < params.groupCount(); g++) {
            byGroup.put(params.groupName(g), (double) (flows.arrivalsByGroupTotal[g] - (arrivals == null ? 0 : arrivals[g])));
            elsewhereByGroup.put(params.groupName(g), (double) (now[g] - (elsewhere == null ? 0 : elsewhere[g])));
        }
        Map<String, Map<String, Double>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("public_cost_by_item", m.publicCost().totals());
        breakdowns.put(Metric.WENT_ELSEWHERE.column, elsewhereByGroup); // the people who went elsewhere, by origin group
        Map<String, Double> byCause = new LinkedHashMap<>(); // the deaths_<cause> columns' totals: they add up to deaths
        Map<String, Double> totals = RunResult.totalsOf(d);
        for (DeathCause c : DeathCause.values()) byCause.put(c.key, totals.get("deaths_" + c.key));
        breakdowns.put("deaths_by_cause", byCause);
        return new RunResult(m.getScenario().name(), m.runSeed(), m.getScenario().start(), d, totals, byGroup,
                m.recorder().groupDaily, params.groupNames(), m.agentDays(), m.steppedAgentDays(), nanos, breakdowns);
    }
}
