package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;

import org.junit.jupiter.api.Test;

import static channelsim.model.ModelTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Deterrence through what people hear and what the Home Office can deliver: a return agreement is felt as
 * its removals are told, a quota is only a ceiling, and people who expect to be sent away go elsewhere.
 */
class BeliefsAndReturnsTest {
    private static final double SCALE = 0.4;
    private static final int REPS = 3;

    /** Afghan arrivals over the first {@code days} recorded days, summed over replicates, agreement from day 1. */
    private static double afghan(int days, double agreement, Object... more) {
        Object[] kv = new Object[6 + more.length];
        kv[0] = "warmup_days";
        kv[1] = 0L;
        kv[2] = "migrants.groups.afghan.return_agreement";
        kv[3] = agreement;
        kv[4] = "migrants.groups.afghan.share";
        kv[5] = 0.3;
        System.arraycopy(more, 0, kv, 6, more.length);
        Scenario s = scenario(SCALE, days, kv);
        double t = 0;
        for (int r = 1; r <= REPS; r++) t += Simulation.run(s, 300 + r).arrivalsByGroup().get("afghan");
        return t;
    }

    @Test
    void aReturnAgreementLowersItsGroupsArrivalsGraduallyAndMoreWhenReturnsAreDelivered() {
        // the first four weeks: removals have barely begun and few have heard of them
        double early = afghan(28, 0.95) / afghan(28, 0.0);
        // the year: removals told and retold
        double none = afghan(364, 0.0), delivered = afghan(364, 0.95);
        // the same agreement announced, but no one removed within the year (decisions never come in time)
        double notDelivered = afghan(364, 0.95, "home_office.fast_track_days", 3650.0);
        double year = delivered / none;
        assertTrue(early > 0.8, "an agreement acts at once: " + early + " of baseline in the first four weeks");
        assertTrue(year < early - 0.15, "the effect does not build up: " + year + " over the year vs " + early + " in four weeks");
        assertTrue(delivered < 0.9 * notDelivered, "returns delivered deter more than an announcement alone: "
                + delivered + " vs " + notDelivered);
        assertTrue(notDelivered > 0.8 * none, "an announcement alone is a small weight: " + notDelivered + " vs " + none);
    }

    @Test
    void aPipelineThatCannotKeepUpLeavesTheQuotaUnmet() {
        Scenario big = scenario(SCALE, 300, "policies.one_in_one_out.enabled", true,
                "policies.one_in_one_out.start", date("2024-02-01"), "policies.one_in_one_out.returns_per_week", 5000.0);
        Scenario fewPlaces = scenario(SCALE, 300, "policies.one_in_one_out.enabled", true,
                "policies.one_in_one_out.start", date("2024-02-01"), "policies.one_in_one_out.returns_per_week", 5000.0,
                "home_office.returns.detention_places", 20L);
        RunResult r = Simulation.run(big, 5), f = Simulation.run(fewPlaces, 5);
        assertTrue(r.total("returns_quota") > 5000 * SCALE * 30, "quota summed over the run: " + r.total("returns_quota"));
        assertTrue(r.total("returned") < 0.9 * r.total("returns_quota"), "returned " + r.total("returned") + " of a quota of " + r.total("returns_quota"));
        assertTrue(r.total("returns_ineligible") > 0 && r.total("returns_released") > 0, "some cases fail eligibility or win a challenge");
        assertTrue(f.total("returned") < 0.5 * r.total("returned"), "detention places bind: " + f.total("returned") + " vs " + r.total("returned"));
        // and a quota is a ceiling in every week
        double[] ret = r.series(Metric.RETURNED), quota = r.series(Metric.RETURNS_QUOTA);
        double cumRet = 0, cumQuota = 0;
        for (int d = 0; d < ret.length; d++) {
            cumRet += ret[d];
            cumQuota += quota[d];
            assertTrue(cumRet <= cumQuota + 1e-9, "returns over the quota by day " + (d + 1));
        }
    }

    @Test
    void aHigherPerceivedReturnRiskDivertsMorePeopleUpstream() {
        Scenario calm = scenario(SCALE, 200, "migrants.prior_return", 0.02);
        Scenario feared = scenario(SCALE, 200, "migrants.prior_return", 0.6);
        double a = meanTotal(calm, "diverted_upstream", 2), b = meanTotal(feared, "diverted_upstream", 2);
        assertTrue(b > a, "diverted upstream when return is feared " + b + " vs " + a);
    }

    @Test
    void deterrenceSendsPeopleElsewhere() {
        Scenario base = scenario(SCALE, 366);
        Scenario all = scenario(SCALE, 366, "policies.return_all.enabled", true, "policies.return_all.start", date("2024-01-01"));
        double b = meanTotal(base, "arrivals", 2), a = meanTotal(all, "arrivals", 2);
        assertTrue(a < b, "returning everyone deters: " + a + " vs " + b);
        double ub = meanTotal(base, "diverted_upstream", 2), ua = meanTotal(all, "diverted_upstream", 2);
        double eb = meanTotal(base, "went_elsewhere", 2), ea = meanTotal(all, "went_elsewhere", 2);
        assertTrue(ua > ub, "more diverted upstream: " + ua + " vs " + ub);
        assertTrue(ua + ea > ub + eb, "diverted_upstream + went_elsewhere rise: " + (ua + ea) + " vs " + (ub + eb));
        // people: a returnee who crosses again is one person
        RunResult r = Simulation.run(all, 1001);
        assertTrue(r.total("repeat_arrivals") > 0, "returnees cross again");
        assertTrue(r.total("people_arrived") < r.total("arrivals"), "people " + r.total("people_arrived") + " vs crossings " + r.total("arrivals"));
    }
}
