package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static channelsim.model.ModelTestSupport.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lever that is switched on costs something, on its own item; the items add up to public_cost. */
class PublicCostTest {
    private static final double SCALE = 0.3;
    private static final int DAYS = 200;

    private static Map<String, Double> items(Scenario s) {
        RunResult r = Simulation.run(s, 11);
        Map<String, Double> items = r.breakdowns().get("public_cost_by_item");
        double sum = items.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(r.total("public_cost"), sum, 1e-6 * Math.max(1, sum), "items add up to public_cost");
        return items;
    }

    /** The lever's item costs more with the lever on than off. */
    private static void costs(String item, Object... on) {
        double off = items(scenario(SCALE, DAYS)).get(item), with = items(scenario(SCALE, DAYS, on)).get(item);
        assertTrue(with > off, item + ": " + with + " with the lever, " + off + " without");
    }

    private static final LocalDate JAN = LocalDate.parse("2024-01-01");

    @Test
    void moreOfficersCostMore() { costs("french_police", PolicySettings.FrenchPolice.OFFICERS, 2000.0); }

    @Test
    void moreFundingCostsMoreThroughTheOfficersItBuys() { costs("french_police", PolicySettings.UkFunding.GBP_MILLION_PER_YEAR, 480.0); }

    @Test
    void theMaritimeDoctrineCosts() { costs("maritime_doctrine", PolicySettings.FrenchPolice.MARITIME_DOCTRINE, true); }

    @Test
    void strongerIllegalWorkingEnforcementCosts() { costs("illegal_working", PolicySettings.IllegalWorking.ENFORCEMENT, 2.0); }

    @Test
    void returnsAndTheLegalRouteCost() {
        Object[] oioo = {PolicySettings.OneInOneOut.ENABLED, true, PolicySettings.OneInOneOut.START, JAN,
                PolicySettings.OneInOneOut.RETURNS_PER_WEEK, 100.0};
        costs("returns_to_france", oioo);
        costs("legal_intake", oioo);
    }

    @Test
    void returningEveryArrivalCosts() {
        costs("returns_to_france", PolicySettings.ReturnAll.ENABLED, true, PolicySettings.ReturnAll.START, JAN);
    }

    @Test
    void returnsHubsAndThirdCountryRemovalsCost() {
        costs("returns_hubs", PolicySettings.ReturnsHubs.ENABLED, true, PolicySettings.ReturnsHubs.START, JAN);
        costs("third_country_removal", PolicySettings.ThirdCountryRemoval.ENABLED, true, PolicySettings.ThirdCountryRemoval.START, JAN);
    }
}
