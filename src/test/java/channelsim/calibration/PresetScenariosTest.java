package channelsim.calibration;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every scenario under models/ loads, and there is a preset for every policy of the brief. */
class PresetScenariosTest {

    static List<Path> scenarios() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("models/scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyScenarioLoads() throws Exception {
        for (Path p : scenarios()) assertDoesNotThrow(() -> ScenarioLoader.load(p), p.toString());
    }

    @Test
    void everyPolicyHasAPreset() throws Exception {
        List<String> names = scenarios().stream().map(p -> p.getFileName().toString()).toList();
        for (String word : List.of("status-quo-2024", "status-quo-2025", "one-in-one-out-2025", "one-in-one-out-scaled",
                "return-every-arrival", "maritime-doctrine", "illegal-working-crackdown", "returns-hubs", "rwanda-like-removals",
                "med-five-onward-transfer", "eu-suspension", "more-uk-funding", "fewer-officers", "gangs-not-adapting"))
            assertTrue(names.stream().anyMatch(n -> n.contains(word)), "no preset named with " + word);
    }

    @Test
    void theOneInOneOutPresetKeepsItsMeaning() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("models/scenarios/one-in-one-out-2025.yaml"));
        assertEquals(java.time.LocalDate.of(2025, 1, 1), s.start());
        assertEquals(365, s.days());
        assertTrue(s.bool("policies.one_in_one_out.enabled"));
        assertEquals(java.time.LocalDate.of(2025, 8, 6), s.date("policies.one_in_one_out.start"));
        assertEquals(50, s.num("policies.one_in_one_out.returns_per_week"));
    }

    @Test
    void calendarPresetsBuildOnTheCalibration() throws Exception {
        Scenario cal = ScenarioLoader.load(Path.of("models/scenarios/calibrated-2024.yaml"));
        Scenario sq = ScenarioLoader.load(Path.of("models/scenarios/status-quo-2025.yaml"));
        assertEquals(cal.num("migrants.inflow_per_day"), sq.num("migrants.inflow_per_day"));
        assertEquals(cal.num("policies.french_police.half_saturation"), sq.num("policies.french_police.half_saturation"));
    }
}
