package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;

import org.junit.jupiter.api.Test;

import static channelsim.model.ModelTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** Prices and methods come from the gangs' rules: competition for customers, and taxi boats that take time to set up. */
class GangEconomicsTest {
    private static final int REPS = 3;
    private static final double SCALE = 0.3;

    @Test
    void fewerPeopleAtTheCoastForTheSameGangsMeanLowerPrices() {
        // the 2023 price war: arrivals fell while the gangs of the boom stayed; entry and exit held off so
        // that only the customers each gang competes for differ
        Object[] gangsFixed = {"gangs.entry_rate", 0.0, "gangs.exit_rate", 0.0, "gangs.dismantle_rate", 0.0, "gangs.competition_elasticity", 0.9};
        double many = meanTotal(scenario(SCALE, 240, concat(gangsFixed, "migrants.inflow_per_day", 250.0)), "price", REPS);
        double few = meanTotal(scenario(SCALE, 240, concat(gangsFixed, "migrants.inflow_per_day", 60.0)), "price", REPS);
        assertTrue(few < 0.8 * many, "mean price with a quarter of the inflow " + few + " vs " + many);
        // without competition for customers, the margin does not follow them
        Object[] noCompetition = concat(gangsFixed, "gangs.competition_elasticity", 0.0, "gangs.demand_elasticity", 0.0);
        double manyFlat = meanTotal(scenario(SCALE, 240, concat(noCompetition, "migrants.inflow_per_day", 250.0)), "price", REPS);
        double fewFlat = meanTotal(scenario(SCALE, 240, concat(noCompetition, "migrants.inflow_per_day", 60.0)), "price", REPS);
        assertTrue(Math.abs(few / many - 1) > 2 * Math.abs(fewFlat / manyFlat - 1),
                "competition drives the fall: " + few / many + " vs " + fewFlat / manyFlat + " without it");
    }

    @Test
    void taxiBoatsSpreadOverMonthsNotWeeks() {
        // the same losses favour taxi boats; the share gets there over gangs.taxi_adoption_days
        Scenario fast = scenario(SCALE, 120, "gangs.taxi_adoption_days", 14.0, "policies.french_police.officers", 1500.0);
        Scenario slow = scenario(SCALE, 120, "gangs.taxi_adoption_days", 365.0, "policies.french_police.officers", 1500.0);
        double f = meanTotal(fast, "taxi_share", REPS), s = meanTotal(slow, "taxi_share", REPS);
        assertTrue(s < 0.7 * f, "mean taxi share over four months, adopted over a year " + s + " vs over two weeks " + f);
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
