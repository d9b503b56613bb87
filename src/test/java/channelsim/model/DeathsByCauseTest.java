package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Deaths by cause: each has its rule and its switch, and the causes add up to the deaths. */
class DeathsByCauseTest {
    /** A small Channel with the doctrine on and every cause made frequent, so each shows within half a year. */
    private static Scenario frequent(Object... kv) {
        Object[] base = {"policies.french_police.maritime_doctrine", true, "policies.french_police.shallow_water_harm", 0.3,
                "sea.crush_rate", 0.2, "sea.crush_threshold", 20.0, "sea.taxi_pickup_rate", 0.2, "sea.incident_rate", 0.05};
        Object[] all = new Object[base.length + kv.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(kv, 0, all, base.length, kv.length);
        return ModelTestSupport.scenario(0.3, 180, all);
    }

    private static String column(DeathCause c) { return "deaths_" + c.key; }

    @Test
    void theCausesAddUpToTheDeathsEveryDay() {
        RunResult r = Simulation.run(frequent(), 7);
        double[] deaths = r.series(Metric.DEATHS);
        for (int d = 0; d < r.days(); d++) {
            double s = 0;
            for (DeathCause c : DeathCause.values()) s += r.series(Metric.valueOf("DEATHS_" + c.name()))[d];
            assertEquals(deaths[d], s, 1e-9, "day " + d);
        }
        for (DeathCause c : DeathCause.values()) assertTrue(r.total(column(c)) > 0, c.key + " deaths happen when the cause is on");
    }

    @Test
    void eachCauseSwitchedOffRemovesItsDeaths() {
        RunResult on = Simulation.run(frequent(), 7);
        String[] keys = {SeaSettings.DEATHS_EMBARKATION, SeaSettings.DEATHS_AT_SEA, SeaSettings.DEATHS_INTERVENTION, SeaSettings.DEATHS_TAXI_PICKUP};
        for (DeathCause c : DeathCause.values()) {
            RunResult off = Simulation.run(frequent(keys[c.ordinal()], false), 7);
            assertEquals(0, off.total(column(c)), 1e-12, c.key + " switched off");
            assertTrue(on.total(column(c)) > 0, c.key + " on");
            // the total need not fall: deaths are news, and fewer of them means more attempts (and more
            // deaths of the other causes); what a switch promises is that its own cause is gone
            assertTrue(off.total("deaths") > 0, "the other causes still kill with " + c.key + " off");
        }
    }

    @Test
    void overloadedBoatsCrushMoreAtEmbarkation() {
        SeaSettings p = new SeaSettings();
        p.crushRate = 0.01;
        p.crushThreshold = 60;
        p.crowdingWidth = 5;
        assertTrue(BorderForce.crushChance(p, 80) > 10 * BorderForce.crushChance(p, 40));
        assertEquals(0.01, BorderForce.crushChance(p, 60), 1e-12, "the rate is the chance at the threshold");
    }
}
