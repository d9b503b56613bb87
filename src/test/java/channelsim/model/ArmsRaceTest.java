package channelsim.model;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The police-gang arms race: what gangs learn from being stopped moves the prevention share and the taxi boats. */
class ArmsRaceTest {
    private static final long[] SEEDS = {1, 2, 3};
    /** Gangs with nothing learned yet, as in 2018, rather than the history's state of 2024. */
    private static final String COLD_TAXI = "gangs.initial_taxi_share=0", COLD_KNOW_HOW = "gangs.initial_know_how=0";

    private static Scenario load(String name, String... sets) throws Exception {
        return ScenarioLoader.load(Path.of("models/scenarios/" + name), List.of(sets));
    }

    /** Prevention share (prevented / (prevented + arrivals + intercepted + deaths)) in year 1 and year 2, over the seeds. */
    private static double[] yearlyPreventionShare(Scenario s) {
        double[][] t = new double[2][4];
        for (long seed : SEEDS) {
            RunResult r = Simulation.run(s, seed);
            Metric[] ms = {Metric.PREVENTED, Metric.ARRIVALS, Metric.INTERCEPTED, Metric.DEATHS};
            for (int k = 0; k < ms.length; k++) {
                double[] d = r.series(ms[k]);
                for (int day = 0; day < 730; day++) t[day / 365][k] += d[day];
            }
        }
        double[] share = new double[2];
        for (int y = 0; y < 2; y++) share[y] = t[y][0] / (t[y][0] + t[y][1] + t[y][2] + t[y][3]);
        return share;
    }

    @Test
    void atConstantOfficersThePreventionShareFallsWhenGangsAdaptAndNotWhenTheyDont() throws Exception {
        double[] adapt = yearlyPreventionShare(load("status-quo-2024.yaml", "days=730",
                "policies.french_police.officers=1200", "gangs.adaptive=true"));
        double[] fixed = yearlyPreventionShare(load("status-quo-2024.yaml", "days=730",
                "policies.french_police.officers=1200", "gangs.adaptive=false"));
        String fig = "adaptive " + adapt[0] + " -> " + adapt[1] + ", not adaptive " + fixed[0] + " -> " + fixed[1];
        assertTrue(adapt[1] < adapt[0], "the share falls as gangs learn: " + fig);
        assertTrue(fixed[0] - fixed[1] < adapt[0] - adapt[1], "and falls less without learning: " + fig);
        assertTrue(adapt[0] < fixed[0], "gangs that learn are stopped less already in year 1: " + fig);
    }

    @Test
    void theMaritimeDoctrineRaisesTheTaxiBoatShareWhenGangsAdapt() throws Exception {
        double on = 0, off = 0, onFixed = 0, offFixed = 0;
        double onCold = 0, offCold = 0;
        for (long seed : SEEDS) {
            // from the history's state of 2025 (two thirds of launches already by taxi boat), and from gangs with
            // nothing learned and no taxi boats set up, as in 2018
            on += Simulation.run(load("status-quo-2025.yaml", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=true"), seed).total("taxi_share");
            off += Simulation.run(load("status-quo-2025.yaml", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=false"), seed).total("taxi_share");
            onCold += Simulation.run(load("status-quo-2025.yaml", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=true", COLD_TAXI, COLD_KNOW_HOW), seed).total("taxi_share");
            offCold += Simulation.run(load("status-quo-2025.yaml", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=false", COLD_TAXI, COLD_KNOW_HOW), seed).total("taxi_share");
        }
        // the doctrine stops few boats (a few in a hundred launches) but takes a larger share of the few beach
        // launches that get through than of the taxi boats, once these pick people up beyond the shallows
        assertTrue(on > off, "beach launches stopped in the shallows push gangs to taxi boats picking up further out: " + on / 3 + " vs " + off / 3);
        assertTrue(onCold > offCold, "and so from gangs that have not set up taxi boats yet: " + onCold / 3 + " vs " + offCold / 3);
        Scenario fixedOn = load("status-quo-2025.yaml", "gangs.adaptive=false", "policies.french_police.maritime_doctrine=true", "days=120");
        Scenario fixedOff = load("status-quo-2025.yaml", "gangs.adaptive=false", "policies.french_police.maritime_doctrine=false", "days=120");
        onFixed = Simulation.run(fixedOn, 1).total("taxi_share");
        offFixed = Simulation.run(fixedOff, 1).total("taxi_share");
        assertEquals(offFixed, onFixed, 0.03, "gangs that do not adapt keep their taxi share whatever the police do");
    }

    @Test
    void taxiBoatsThatPickUpBeyondTheShallowsKeepTheirShareUnderTheDoctrine() throws Exception {
        double deep = 0, shallowOnly = 0, deepArrivals = 0, shallowArrivals = 0;
        for (long seed : SEEDS) {
            // taxi boats take months to set up (gangs.taxi_adoption_days): two years, so the shift shows
            RunResult d = Simulation.run(load("status-quo-2025.yaml", "days=730", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=true"), seed);
            RunResult s = Simulation.run(load("status-quo-2025.yaml", "days=730", "gangs.adaptive=true", "policies.french_police.maritime_doctrine=true",
                    "gangs.deep_pickup_max=0"), seed);
            deep += d.total("taxi_share");
            shallowOnly += s.total("taxi_share");
            deepArrivals += d.total("arrivals");
            shallowArrivals += s.total("arrivals");
        }
        assertTrue(deep > shallowOnly + 0.05 * SEEDS.length, "taxi share with pick-ups further out " + deep / 3 + " vs in the shallows only " + shallowOnly / 3);
        assertTrue(deepArrivals > shallowArrivals, "and moving pick-ups out blunts the doctrine: " + deepArrivals + " vs " + shallowArrivals);
    }

    @Test
    void gangsLearnOnlyWhenTheyAdaptAndLearningSpreadsLaunches() throws Exception {
        // from gangs that know nothing yet (calendar scenarios start with the history's know-how)
        Scenario adapt = load("status-quo-2024.yaml", "days=365", "gangs.adaptive=true", COLD_KNOW_HOW);
        Scenario fixed = load("status-quo-2024.yaml", "days=365", "gangs.adaptive=false", COLD_KNOW_HOW);
        RunResult a = Simulation.run(adapt, 1), f = Simulation.run(fixed, 1);
        double[] kh = a.series(Metric.GANG_KNOW_HOW);
        assertTrue(kh[kh.length - 1] > kh[30] + 0.05, "know-how builds up from boats stopped: " + kh[30] + " -> " + kh[kh.length - 1]);
        assertEquals(0, ModelTestSupport.sum(f.series(Metric.GANG_KNOW_HOW)), 1e-12, "gangs that do not adapt learn nothing");
        assertTrue(a.total("inland_launches") > 0, "taxi boats put in up rivers and canals as know-how grows");
        assertEquals(0, f.total("inland_launches"), 1e-12);
    }
}
