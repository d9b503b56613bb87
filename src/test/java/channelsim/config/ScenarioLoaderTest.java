package channelsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario file may say, and how each mistake is reported (file:line:column: key: message). */
class ScenarioLoaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/scenarios");

    @TempDir
    Path dir;

    /** Writes {@code text} as {@code name} in the temporary folder. */
    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Loads a file that must fail and returns its problems. */
    private List<Problem> problems(Path file, String... sets) {
        return assertThrows(ConfigException.class, () -> ScenarioLoader.load(file, List.of(sets))).problems();
    }

    private static void assertProblem(Problem p, int line, int column, String key, String messagePart) {
        assertEquals(line, p.line(), () -> "line of " + p);
        assertEquals(column, p.column(), () -> "column of " + p);
        assertEquals(key, p.key(), () -> "key of " + p);
        assertTrue(p.message().contains(messagePart), () -> "'" + messagePart + "' in " + p);
    }

    // ------------------------------------------------------------------ what loads

    @Test
    void anEmptyFileIsTheDefaultsNamedAfterTheFile() throws Exception {
        Scenario s = ScenarioLoader.load(file("plain.yaml", ""));
        assertEquals("plain", s.name());
        assertEquals(366, s.days());
        assertEquals(LocalDate.of(2024, 1, 1), s.start());
        assertEquals(ParameterRegistry.DEFAULT_GROUPS.size(), s.groups().size());
    }

    @Test
    void valuesTakeTheirKeysTypes() throws Exception {
        Scenario s = ScenarioLoader.load(file("typed.yaml", """
                days: 1e2
                migrants: {inflow_per_day: 200}
                policies:
                  one_in_one_out: {enabled: true, start: 2025-08-06, returns_per_week: 50}
                  french_police.officers: 1200
                """));
        assertEquals(100L, s.get("days"));
        assertEquals(200.0, s.get("migrants.inflow_per_day"));
        assertEquals(Boolean.TRUE, s.get("policies.one_in_one_out.enabled"));
        assertEquals(LocalDate.of(2025, 8, 6), s.get("policies.one_in_one_out.start"));
        assertEquals(1200.0, s.get("policies.french_police.officers")); // a dotted key inside a map works too
    }

    @Test
    void extendsMergesTheParentAndTheChildOverrides() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("child.yaml"));
        assertEquals("child", s.name(), "name is not inherited");
        assertEquals(30, s.days(), "child overrides");
        assertEquals(700.0, s.num("policies.french_police.officers"), "parent value kept");
        assertEquals("parent of child.yaml", s.text("description"));
        assertTrue(s.bool("policies.one_in_one_out.enabled"));
        assertEquals(2, s.timeline().size(), "timelines are appended");
        assertEquals(new TimedChange(LocalDate.of(2024, 6, 1), "policies.french_police.officers", 800.0), s.timeline().get(0));
    }

    @Test
    void extendsChainsAcrossSeveralFiles() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("grandchild.yaml"));
        assertEquals("grandchild-run", s.name());
        assertEquals(90.0, s.num("migrants.inflow_per_day"));
        assertEquals(30, s.days());
        assertEquals(700.0, s.num("policies.french_police.officers"));
    }

    @Test
    void anExtendsCycleIsReported() {
        List<Problem> p = problems(FIXTURES.resolve("cycle-a.yaml"));
        assertEquals(1, p.size(), p::toString);
        assertProblem(p.get(0), 1, 10, "extends", "cycle");
    }

    @Test
    void setOverridesTheFile() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("child.yaml"),
                List.of("policies.french_police.officers=1200", "days=10", "policies.french_police.maritime_doctrine=true", "name=other"));
        assertEquals(1200.0, s.num("policies.french_police.officers"));
        assertEquals(10, s.days());
        assertTrue(s.bool("policies.french_police.maritime_doctrine"));
        assertEquals("other", s.name());
    }

    @Test
    void commandLineOptionsOverrideFileAndSet() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("child.yaml"), List.of("days=10"), Map.of("days", 5L, "seed", 42L));
        assertEquals(5, s.days());
        assertEquals(42L, s.seed());
    }

    @Test
    void groupsReplaceTheDefaultsAndSharesNormalise() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("groups.yaml"));
        assertEquals(List.of("afghan", "albanian"), s.groups().stream().map(GroupSpec::name).toList());
        assertEquals(0.75, s.num("migrants.groups.afghan.share"), 1e-12);
        assertEquals(0.25, s.num("migrants.groups.albanian.share"), 1e-12);
        assertEquals(0.95, s.num("migrants.groups.albanian.return_agreement"));
        // missing attributes take the group's defaults
        assertEquals(ParameterRegistry.groupDefault("afghan", "grant_rate"), s.get("migrants.groups.afghan.grant_rate"));
    }

    @Test
    void groupsCanBeAListWithNames() throws Exception {
        Scenario s = ScenarioLoader.load(file("list.yaml", """
                migrants:
                  groups:
                    - {name: kurdish, share: 1, uk_links: 0.4}
                """));
        assertEquals(1, s.groups().size());
        assertEquals(1.0, s.num("migrants.groups.kurdish.share"));
        assertEquals(0.4, s.num("migrants.groups.kurdish.uk_links"));
    }

    @Test
    void setChangesOneAttributeOfAnExistingGroup() throws Exception {
        Scenario s = ScenarioLoader.load(FIXTURES.resolve("groups.yaml"), List.of("migrants.groups.afghan.return_agreement=0.9"));
        assertEquals(0.9, s.num("migrants.groups.afghan.return_agreement"));
        List<Problem> p = problems(FIXTURES.resolve("groups.yaml"), "migrants.groups.syrian.share=0.5");
        assertProblem(p.get(0), 1, 1, "migrants.groups.syrian.share", "no group 'syrian'");
        assertEquals("--set", p.get(0).file());
    }

    @Test
    void groupSharesMustNotAllBeZero() throws Exception {
        List<Problem> p = problems(file("zero.yaml", """
                migrants:
                  groups:
                    afghan: {share: 0}
                    syrian: {share: 0.0}
                """));
        assertEquals(1, p.size(), p::toString);
        assertProblem(p.get(0), 3, 5, "migrants.groups", "all zero");
    }

    @Test
    void timelineChangesAreValidatedLikeOtherValues() throws Exception {
        Scenario s = ScenarioLoader.load(file("timeline.yaml", """
                timeline:
                  - date: 2025-08-06
                    set: {policies.one_in_one_out.enabled: true, policies.french_police.officers: 1200}
                  - date: 2025-01-01
                    set:
                      migrants.groups.albanian.return_agreement: 1
                """));
        assertEquals(3, s.timeline().size());
        assertEquals(LocalDate.of(2025, 1, 1), s.timeline().get(0).date(), "sorted by date");
        assertEquals(1.0, s.timeline().get(0).value());

        List<Problem> p = problems(file("timeline-bad.yaml", """
                timeline:
                  - date: 2025-08-06
                    set: {days: 10, policies.french_police.oficers: 1200}
                  - {date: 2025-02-30, set: {policies.french_police.officers: -1}}
                """));
        assertEquals(4, p.size(), p::toString);
        assertProblem(p.get(0), 3, 11, "days", "cannot change during a run");
        assertProblem(p.get(1), 3, 21, "policies.french_police.oficers", "did you mean 'policies.french_police.officers'");
        assertProblem(p.get(2), 4, 12, "timeline.date", "expected a date YYYY-MM-DD");
        assertProblem(p.get(3), 4, 63, "policies.french_police.officers", "out of range [0, 100000]");
    }

    // ------------------------------------------------------------------ every mistake, with its line and column

    @Test
    void unknownKeyWithDidYouMean() throws Exception {
        List<Problem> p = problems(file("typo.yaml", """
                policies:
                  french_police:
                    oficers: 900
                """));
        assertEquals(1, p.size());
        assertProblem(p.get(0), 3, 5, "policies.french_police.oficers", "did you mean 'policies.french_police.officers'?");
        assertEquals(p.get(0).file() + ":3:5: policies.french_police.oficers: unknown key (did you mean 'policies.french_police.officers'?)",
                p.get(0).toString());
    }

    @Test
    void didYouMeanAlsoFindsTheRightNameInTheWrongSection() {
        assertEquals("policies.french_police.officers", ScenarioLoader.suggest("police.officers"));
        assertEquals("policies", ScenarioLoader.suggest("polices"));
        assertEquals("migrants.groups.afghan.share", ScenarioLoader.suggest("migrants.groups.afghan.shares"));
        assertEquals(null, ScenarioLoader.suggest("zzzzzzzz"));
    }

    @Test
    void unknownSectionIsReportedOnce() throws Exception {
        List<Problem> p = problems(file("section.yaml", "polices:\n  french_police: {officers: 100}\n"));
        assertEquals(1, p.size());
        assertProblem(p.get(0), 1, 1, "polices", "did you mean 'policies'?");
    }

    @Test
    void wrongType() throws Exception {
        List<Problem> p = problems(file("type.yaml", """
                policies:
                  french_police: {maritime_doctrine: 1, officers: lots}
                  one_in_one_out: {enabled: [true]}
                """));
        assertEquals(3, p.size(), p::toString);
        assertProblem(p.get(0), 2, 38, "policies.french_police.maritime_doctrine", "expected true or false, got 1");
        assertProblem(p.get(1), 2, 51, "policies.french_police.officers", "expected a number, got 'lots'");
        assertProblem(p.get(2), 3, 29, "policies.one_in_one_out.enabled", "got a list");
    }

    @Test
    void integersMustBeWhole() throws Exception {
        List<Problem> p = problems(file("whole.yaml", "days: 2.5\n"));
        assertProblem(p.get(0), 1, 7, "days", "expected a whole number, got 2.5");
    }

    @Test
    void outOfRange() throws Exception {
        List<Problem> p = problems(file("range.yaml", "scale: 1000\nmigrants:\n  groups:\n    afghan: {share: 1.5}\n"));
        assertEquals(2, p.size(), p::toString);
        assertProblem(p.get(0), 1, 8, "scale", "1000 is out of range [0.01, 100]");
        assertProblem(p.get(1), 4, 21, "migrants.groups.afghan.share", "out of range [0, 1]");
    }

    @Test
    void duplicateKey() throws Exception {
        List<Problem> p = problems(file("dup.yaml", """
                days: 10
                policies:
                  french_police:
                    officers: 100
                    officers: 200
                """));
        assertEquals(1, p.size(), p::toString);
        assertProblem(p.get(0), 5, 5, "officers", "duplicate key (first at line 4)");
    }

    @Test
    void malformedYaml() throws Exception {
        List<Problem> p = problems(file("broken.yaml", "days: 10\npolicies: [1, 2\nseed: 3\n"));
        assertEquals(1, p.size(), p::toString);
        assertTrue(p.get(0).message().startsWith("malformed YAML"), p::toString);
        assertTrue(p.get(0).line() >= 2, p::toString);
    }

    @Test
    void missingFile() {
        List<Problem> p = problems(dir.resolve("nowhere.yaml"));
        assertEquals(dir.resolve("nowhere.yaml") + ":1:1: file: file not found", p.get(0).toString());
    }

    @Test
    void missingExtendsFileIsReportedAtTheExtendsLine() throws Exception {
        List<Problem> p = problems(file("orphan.yaml", "days: 10\nextends: ../missing/base.yaml\n"));
        assertEquals(1, p.size(), p::toString);
        assertProblem(p.get(0), 2, 10, "extends", "file not found");
    }

    @Test
    void problemsInAParentAreReportedInTheParent() throws Exception {
        file("parent.yaml", "\ndays: -1\n");
        List<Problem> p = problems(file("kid.yaml", "extends: parent.yaml\n"));
        assertEquals(1, p.size(), p::toString);
        assertTrue(p.get(0).file().endsWith("parent.yaml"), p::toString);
        assertProblem(p.get(0), 2, 7, "days", "out of range");
    }

    @Test
    void badDate() throws Exception {
        List<Problem> p = problems(file("date.yaml", "start: 2024-1-5\npolicies:\n  one_in_one_out: {start: 2025-02-30}\n"));
        assertEquals(2, p.size(), p::toString);
        assertProblem(p.get(0), 1, 8, "start", "expected a date YYYY-MM-DD, got '2024-1-5'");
        assertProblem(p.get(1), 3, 27, "policies.one_in_one_out.start", "not a real calendar date");
    }

    @Test
    void badSetIsReportedWithItsPosition() throws Exception {
        Path ok = file("ok.yaml", "days: 10\n");
        List<Problem> p = problems(ok, "policies.french_police.oficers=3", "policies.french_police.officers=abc", "days=-5", "nonsense");
        assertEquals(List.of(
                "--set:1:1: policies.french_police.oficers: unknown key (did you mean 'policies.french_police.officers'?)",
                "--set:2:1: policies.french_police.officers: expected a number, got 'abc'",
                "--set:3:1: days: -5 is out of range [1, 36500]",
                "--set:4:1: set: expected key=value, got 'nonsense'"),
                p.stream().map(Problem::toString).toList());
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        List<Problem> p = problems(file("three.yaml", """
                days: zero
                policies:
                  french_police:
                    officers: -10
                  one_in_one_out:
                    enable: true
                """));
        assertEquals(3, p.size(), p::toString);
        assertProblem(p.get(0), 1, 7, "days", "expected a whole number");
        assertProblem(p.get(1), 4, 15, "policies.french_police.officers", "out of range");
        assertProblem(p.get(2), 6, 5, "policies.one_in_one_out.enable", "did you mean 'policies.one_in_one_out.enabled'?");
    }

    @Test
    void theNameMustBeUsableAsAFolder() throws Exception {
        List<Problem> p = problems(file("n.yaml", "name: ../escape\n"));
        assertProblem(p.get(0), 1, 7, "name", "cannot name the output folder");
    }

    // ------------------------------------------------------------------ the helper studies reuse

    @Test
    void convertValueReturnsTheKeysJavaType() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(1200.0, ScenarioLoader.convertValue("policies.french_police.officers", 1200L, "f", 1, 1, problems));
        assertEquals(30L, ScenarioLoader.convertValue("days", 30.0, "f", 1, 1, problems));
        assertEquals(true, ScenarioLoader.convertValue("policies.returns_hubs.enabled", true, "f", 1, 1, problems));
        assertEquals(LocalDate.of(2025, 8, 6), ScenarioLoader.convertValue("policies.one_in_one_out.start", "2025-08-06", "f", 1, 1, problems));
        assertEquals(0.5, ScenarioLoader.convertValue("migrants.groups.anyone.share", 0.5, "f", 1, 1, problems));
        assertTrue(problems.isEmpty(), problems::toString);

        assertEquals(null, ScenarioLoader.convertValue("days", "many", "study.yaml", 7, 3, problems));
        assertEquals("study.yaml:7:3: days: expected a whole number, got 'many'", problems.get(0).toString());
    }
}
