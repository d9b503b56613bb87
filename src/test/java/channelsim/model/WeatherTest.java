package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Weather as the Home Office's red, amber and green crossing days. */
class WeatherTest {
    private static final int YEARS = 30;

    /** A tiny population over many years: the weather stream does not depend on it. */
    private static RunResult longRun() {
        Scenario s = ModelTestSupport.scenario(0.02, 365 * YEARS, "start", LocalDate.parse("2001-01-01"), "warmup_days", 0L);
        return Simulation.run(s, 11);
    }

    @Test
    void redDaysInJanuaryToAprilAreNearTheRecord() {
        RunResult r = longRun();
        double[] red = r.series(Metric.RED_DAYS), amber = r.series(Metric.AMBER_DAYS);
        double janApr = 0, year = 0;
        for (int d = 0; d < r.days(); d++) {
            LocalDate date = r.start().plusDays(d);
            if (date.getMonthValue() <= 4) janApr += red[d];
            year += red[d];
            assertFalse(red[d] > 0 && amber[d] > 0, "a day is red, amber or green");
        }
        janApr /= YEARS;
        year /= YEARS;
        // record: 27 (2022), 23 (2023), 27 (2024) red days in January-April (Home Office)
        assertEquals(25.7, janApr, 5, "mean red days in January-April");
        assertTrue(year > 60 && year < 120, "red days a year (record 102-109 by financial year): " + year);
        assertTrue(r.total("amber_days") > 0);
    }

    @Test
    void calmSpellsAfterStormsBringSurges() {
        RunResult r = Simulation.run(ModelTestSupport.scenario(0.3, 730), 5);
        double[] red = r.series(Metric.RED_DAYS), amber = r.series(Metric.AMBER_DAYS), arr = r.series(Metric.ARRIVALS);
        double afterStorm = 0, otherGreen = 0;
        int nAfter = 0, nOther = 0;
        for (int d = 2; d < r.days(); d++) {
            if (red[d] > 0 || amber[d] > 0) continue;
            boolean storm = red[d - 1] > 0 && red[d - 2] > 0;
            if (storm) { afterStorm += arr[d]; nAfter++; } else { otherGreen += arr[d]; nOther++; }
        }
        assertTrue(nAfter > 5 && nOther > 50);
        assertTrue(afterStorm / nAfter > 1.3 * otherGreen / nOther,
                "the first calm day after a storm releases the launches booked meanwhile: " + afterStorm / nAfter + " vs " + otherGreen / nOther);
    }
}
