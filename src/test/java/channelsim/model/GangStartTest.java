package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import static channelsim.model.ModelTestSupport.scenario;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Gangs that start a calendar scenario with what the history taught them: a taxi-boat set-up
 * (gangs.initial_taxi_share) is used from the first day, not re-learned over gangs.taxi_adoption_days.
 */
class GangStartTest {
    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    /** Launches and taxi boats on the first day with launches, and over all days, summed over the seeds. */
    private static double[] taxiCounts(Scenario s) {
        double firstLaunches = 0, firstTaxi = 0, launches = 0, taxi = 0;
        for (long seed : SEEDS) {
            RunResult r = Simulation.run(s, seed);
            double[] l = r.series(Metric.LAUNCHES), share = r.series(Metric.TAXI_SHARE);
            boolean first = true;
            for (int d = 0; d < l.length; d++) {
                if (l[d] == 0) continue;
                if (first) { firstLaunches += l[d]; firstTaxi += share[d] * l[d]; first = false; }
                launches += l[d];
                taxi += share[d] * l[d];
            }
        }
        return new double[] {firstLaunches, firstTaxi, launches, taxi};
    }

    private static Scenario start(double taxiShare, boolean adaptive) {
        // no warm-up: the first recorded day is the gangs' first; slow adoption, so the share barely moves in 20 days
        return scenario(0.5, 20, "warmup_days", 0L, "gangs.initial_taxi_share", taxiShare, "gangs.taxi_adoption_days", 3650.0,
                "gangs.adaptive", adaptive, "migrants.initial_waiting", 6000L);
    }

    @Test
    void gangsThatStartWithTaxiBoatsSetUpLaunchThemFromDayOneInThatShare() {
        double[] c = taxiCounts(start(0.6, true));
        assertTrue(c[0] >= 20, "enough first-day launches to tell: " + c[0]);
        double first = c[1] / c[0], all = c[3] / c[2];
        // binomial: 4 standard errors of the share on the first day's launches
        double se = Math.sqrt(0.6 * 0.4 / c[0]);
        assertEquals(0.6, first, 4 * se, "taxi share on the first day with launches (" + c[0] + " launches)");
        assertEquals(0.6, all, 0.08, "and over the first 20 days (" + c[2] + " launches)");
    }

    @Test
    void withoutATaxiSetUpGangsStartWithTheBaseShareAndGangsThatDoNotAdaptIgnoreIt() {
        double[] none = taxiCounts(start(0, true));
        assertTrue(none[3] / none[2] < 0.1, "no set-up: about gangs.taxi_share_base (0.02): " + none[3] / none[2]);
        double[] fixed = taxiCounts(start(0.6, false));
        assertTrue(fixed[3] / fixed[2] < 0.1, "gangs that do not adapt keep the base share: " + fixed[3] / fixed[2]);
    }
}
