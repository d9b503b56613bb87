package channelsim.calibration;

import channelsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TargetFileTest {

    @Test
    void theCommittedTargetsLoadWithASourceForEveryNumber() throws Exception {
        TargetFile tf = TargetFile.load(Path.of("models/targets/channel-2018-2024.yaml"));
        assertTrue(Files.exists(tf.scenario()), "targets point at an existing scenario");
        assertEquals(java.util.List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024), tf.yearsOf("arrivals"));
        assertEquals(java.util.List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024), tf.yearsOf("people_per_boat"));
        for (Target t : tf.targets()) {
            assertFalse(t.source().isBlank(), t.id());
            assertTrue(t.period().year() >= 2018 && t.period().year() <= 2024, "calibrate on 2018-2024 only: " + t.id());
        }
        Target a2022 = tf.targets().stream().filter(t -> t.id().equals("arrivals-2022")).findFirst().orElseThrow();
        assertEquals(45774, a2022.observed());
        assertEquals(2, tf.yearly().size());
        assertFalse(tf.global().isEmpty());
    }

    @Test
    void distancesAreSymmetricInRatioAndZeroInsideARange() {
        Target point = new Target("a", "arrivals", Period.parse("2022"), 1000, Double.NaN, Double.NaN, 0.2, 1, "s");
        assertEquals(0, point.distance(1000), 1e-12);
        assertEquals(point.distance(1000 * 1.2 + 0.2), point.distance((1000 + 1) / 1.2 - 1), 1e-9);
        assertEquals(1, point.distance(1.2 * 1001 - 1), 1e-9, "off by exactly the tolerance is distance 1");
        Target range = new Target("p", "price", Period.parse("2023"), Double.NaN, 1500, 3500, 0.3, 1, "s");
        assertEquals(0, range.distance(2500));
        assertTrue(range.distance(4000) > 0);
        assertEquals(3500, range.reference(4000));
    }

    @Test
    void aBadTargetsFileReportsEveryProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                scenario: nowhere.yaml
                targets:
                  - {id: a, measure: arivals, period: 2022, observed: 10, tolerance: 0.2, source: x}
                  - {id: b, measure: arrivals, period: 2022, tolerance: 0.2}
                free:
                  yearly:
                    - {key: migrants.inflow_per_dya, matches: arrivals, min: 1, max: 10}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> TargetFile.load(f));
        String all = e.problems().toString();
        assertTrue(all.contains("arivals"), all);
        assertTrue(all.contains("source"), all);
        assertTrue(all.contains("inflow_per_dya"), all);
        assertTrue(e.problems().stream().allMatch(p -> p.line() >= 1), all);
    }

    @Test
    void periodsAreYearsOrMonths() {
        assertEquals(java.time.LocalDate.of(2022, 8, 31), Period.parse("2022-08").last());
        assertTrue(Period.parse("2020").isYear());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("summer"));
    }
}
