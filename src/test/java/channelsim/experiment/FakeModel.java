package channelsim.experiment;

import channelsim.config.Scenario;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.model.SplitMix64;

import java.util.Map;

/**
 * A cheap stand-in for ChannelModel with the properties the study code relies on: deterministic in
 * (scenario, seed), common random numbers across policies (the same seed gives the same base noise),
 * and policies that change arrivals in a known direction (return-all deters more than a 50-a-week quota).
 */
final class FakeModel {
    private FakeModel() {}

    static RunResult run(Scenario s, long seed) {
        int days = s.days();
        double[][] daily = new double[Metric.count()][days];
        SplitMix64 rng = new SplitMix64(seed);
        double effect = 1.0;
        if (s.bool("policies.one_in_one_out.enabled")) effect -= 0.0004 * s.num("policies.one_in_one_out.returns_per_week");
        if (s.bool("policies.return_all.enabled")) effect -= 0.6;
        effect -= (s.num("policies.french_police.officers") - 900) / 10_000;
        double level = 100 * s.num("scale") * (0.8 + 0.4 * rng.nextDouble());
        for (int d = 0; d < days; d++) {
            double u = rng.nextDouble(), v = rng.nextDouble(), w = rng.nextDouble();
            // policy-specific noise too, so paired differences are not exact
            double own = 0.9 + 0.2 * new SplitMix64(seed ^ Double.doubleToLongBits(effect) ^ d).nextDouble();
            double arrivals = Math.floor(level * effect * own * (u < 0.3 ? 0 : 2 * v));
            int boats = (int) Math.ceil(arrivals / 50);
            daily[Metric.ARRIVALS.ordinal()][d] = arrivals;
            daily[Metric.BOATS_ARRIVED.ordinal()][d] = boats;
            daily[Metric.LAUNCHES.ordinal()][d] = boats + (w < 0.5 ? 1 : 0);
            daily[Metric.DEATHS.ordinal()][d] = w < 0.02 ? 1 : 0;
            daily[Metric.PUBLIC_COST.ordinal()][d] = 1e6 + 5000 * arrivals + (effect < 1 ? 2e5 : 0);
            daily[Metric.GANG_REVENUE.ordinal()][d] = 4000 * arrivals;
            daily[Metric.PRICE.ordinal()][d] = 4000 + 1000 * (1 - effect);
            daily[Metric.SOUTHERN_SHARE.ordinal()][d] = 0.2 + 0.1 * w;
            daily[Metric.TAXI_SHARE.ordinal()][d] = 0.1 * u;
            daily[Metric.PREVENTED.ordinal()][d] = Math.floor(level * 0.5 * v);
            daily[Metric.WAITING.ordinal()][d] = 2000 + d;
        }
        Map<String, Double> totals = RunResult.totalsOf(daily);
        return new RunResult(s.name(), seed, s.start(), daily, totals, Map.of("other", totals.get("arrivals")), days * 1000L, days * 1000L, 1);
    }
}
