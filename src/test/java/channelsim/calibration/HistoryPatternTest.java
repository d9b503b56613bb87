package channelsim.calibration;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.ChannelModel;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Pattern tests on the calibrated history 2018-2024, on the mean of eight replicates at the real scale
 * (the scale it was fitted at): the yearly arrivals, their year-on-year directions, people per boat. The fit
 * itself uses the first three; deaths come in a few incidents of many people each (one replicate's 2022 has
 * 128, another's 53), so a pattern of deaths needs more runs than the fit's mean of counts does.
 */
class HistoryPatternTest {
    static final int REPLICATES = 8;
    static final int[] YEARS = {2018, 2019, 2020, 2021, 2022, 2023, 2024};
    static final double[] ARRIVALS = {299, 1843, 8466, 28526, 45774, 29437, 36816};
    static double[] arrivals = new double[YEARS.length], perBoat = new double[YEARS.length], prevention = new double[3];
    static double deaths2022, deaths2024, busiest;

    @BeforeAll
    static void runHistory() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("models/scenarios/calibrated-2018-2024.yaml"));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())));
        List<Future<RunResult>> f = new ArrayList<>();
        for (int r = 1; r <= REPLICATES; r++) {
            long seed = Calibrator.replicateSeed(1, r);
            f.add(pool.submit(() -> Simulation.run(s, seed)));
        }
        List<RunResult> runs = new ArrayList<>();
        for (Future<RunResult> x : f) runs.add(x.get());
        pool.shutdown();
        for (RunResult r : runs) {
            for (int i = 0; i < YEARS.length; i++) {
                Period p = Period.parse(Integer.toString(YEARS[i]));
                arrivals[i] += Measures.of(r, "arrivals", p, 1) / runs.size();
                perBoat[i] += Measures.of(r, "people_per_boat", p, 1) / runs.size();
            }
            for (int i = 0; i < 3; i++) prevention[i] += Measures.of(r, "prevention_rate", Period.parse(Integer.toString(2021 + i)), 1) / runs.size();
            deaths2022 += Measures.of(r, "deaths", Period.parse("2022"), 1) / runs.size();
            deaths2024 += Measures.of(r, "deaths", Period.parse("2024"), 1) / runs.size();
            busiest = Math.max(busiest, Measures.of(r, "busiest_day", Period.parse("2022"), 1));
        }
    }

    @Test
    void yearlyArrivalsWithinTwentyPercentFrom2019() {
        for (int i = 1; i < YEARS.length; i++)
            assertEquals(ARRIVALS[i], arrivals[i], 0.2 * ARRIVALS[i], YEARS[i] + ": " + java.util.Arrays.toString(arrivals));
    }

    @Test
    void everyYearOnYearChangeHasTheRightDirection() {
        for (int i = 1; i < YEARS.length; i++)
            assertEquals(Math.signum(ARRIVALS[i] - ARRIVALS[i - 1]), Math.signum(arrivals[i] - arrivals[i - 1]),
                    YEARS[i - 1] + "->" + YEARS[i] + ": " + java.util.Arrays.toString(arrivals));
    }

    @Test
    void peoplePerBoatRisesToAboutFiftyThree() {
        for (int i = 1; i < YEARS.length; i++)
            assertTrue(perBoat[i] > perBoat[i - 1], "people per boat should rise: " + java.util.Arrays.toString(perBoat));
        assertEquals(53, perBoat[YEARS.length - 1], 53 * 0.15);
    }

    @Test
    void otherPatternsAreOfTheRightOrder() {
        for (double p : prevention) assertTrue(p > 0.35 && p < 0.7, "prevention share " + java.util.Arrays.toString(prevention));
        assertTrue(busiest > 500 && busiest < 2600, "busiest day of 2022: " + busiest);
        assertTrue(deaths2024 > deaths2022, "deaths rose with crowding: " + deaths2022 + " -> " + deaths2024);
        assertTrue(deaths2024 > 20 && deaths2024 < 200, "deaths 2024: " + deaths2024);
    }
}
