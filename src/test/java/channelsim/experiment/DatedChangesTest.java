package channelsim.experiment;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.config.TimedChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An override is never undone silently by a later timeline entry; a study policy may have dated changes of its own. */
class DatedChangesTest {
    static final String BASE = """
            name: dated-base
            start: 2025-01-01
            days: 120
            scale: 0.2
            timeline:
              - {date: 2025-02-01, set: {policies.french_police.officers: 1200}}
            """;

    @TempDir
    Path dir;

    @Test
    void aSetValueHoldsForTheWholeRunAndSaysSo() throws Exception {
        Path f = dir.resolve("base.yaml");
        Files.writeString(f, BASE);
        List<String> notes = new ArrayList<>();
        Scenario s = ScenarioLoader.load(f, List.of("policies.french_police.officers=2000"), Map.of(), notes);
        assertEquals(2000.0, s.num("policies.french_police.officers"));
        assertTrue(s.timeline().isEmpty(), "the 1 February change would undo the --set value");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("2025-02-01") && notes.get(0).contains("whole run"), notes.get(0));
        assertEquals(1, ScenarioLoader.load(f).timeline().size(), "without --set the timeline stands");
    }

    @Test
    void aPolicyOverrideHoldsAndAPolicyMayChangeOnItsOwnDate() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, """
                name: dated
                scenario: base.yaml
                baseline: base
                policies:
                  base: {}
                  officers: {policies.french_police.officers: 2000}
                  scaled:
                    policies.one_in_one_out.enabled: true
                    policies.one_in_one_out.start: 2025-03-01
                    timeline:
                      - {date: 2025-04-01, set: {policies.one_in_one_out.returns_per_week: 400}}
                """);
        Study s = StudyLoader.load(study);
        Scenario officers = s.policies().get(1).scenario(), scaled = s.policies().get(2).scenario();
        assertTrue(officers.timeline().isEmpty(), "the override is not undone on 1 February");
        assertEquals(1, s.notes().size());
        assertTrue(s.notes().get(0).contains("whole horizon"), s.notes().get(0));
        assertTrue(scaled.timeline().contains(new TimedChange(LocalDate.of(2025, 4, 1), "policies.one_in_one_out.returns_per_week", 400L))
                || scaled.timeline().contains(new TimedChange(LocalDate.of(2025, 4, 1), "policies.one_in_one_out.returns_per_week", 400.0)),
                scaled.timeline().toString());
        assertEquals(2, scaled.timeline().size(), "the base's change stays for keys the policy does not set");
        StudyInfo info = s.info("test");
        assertEquals("2025-03-01", info.policies().get(2).start());
        assertEquals("2025-01-01", info.policies().get(1).start(), "officers differ from day 1");
        assertEquals(null, info.policies().get(0).start());
        assertTrue(info.policies().get(2).overrides().keySet().stream().anyMatch(k -> k.startsWith("timeline 2025-04-01")));
    }
}
