package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsPoliciesAndSweepsInOrder() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY));
        assertEquals("test-study", s.name());
        assertEquals(6, s.replicates());
        assertEquals(60, s.days());
        List<String> names = s.policies().stream().map(Study.Policy::name).toList();
        assertEquals(List.of("no-scheme", "oioo-50-a-week", "return-every-arrival", "officers-1", "officers-2"), names);
        assertEquals(1200.0, s.policies().get(4).scenario().num("policies.french_police.officers"));
        assertTrue(s.policies().get(1).scenario().bool("policies.one_in_one_out.enabled"));
        assertEquals(0, s.baselineIndex());
        assertEquals(s.hash(), StudyLoader.load(dir.resolve("study.yaml")).hash());
    }

    @Test
    void latinHypercubeUsesEachStratumOnceAndIsReproducible() throws Exception {
        String study = StudyFiles.STUDY + """
                  uncertain:
                    latin_hypercube: {samples: 10, ranges: {migrants.stay_value: [40000, 80000], gangs.initial_count: [5, 25]}}
                """;
        Study s = StudyLoader.load(StudyFiles.write(dir, study));
        List<Study.Policy> lhs = s.policies().stream().filter(p -> p.name().startsWith("uncertain-")).toList();
        assertEquals(10, lhs.size());
        boolean[] strata = new boolean[10];
        for (Study.Policy p : lhs) {
            double v = p.scenario().num("migrants.stay_value");
            strata[(int) ((v - 40000) / 4000)] = true;
            assertTrue(p.scenario().get("gangs.initial_count") instanceof Long);
        }
        for (boolean b : strata) assertTrue(b);
        assertEquals(s.hash(), StudyLoader.load(dir.resolve("study.yaml")).hash());
    }

    @Test
    void reportsEveryProblemWithLineAndColumn() throws Exception {
        String bad = """
                name: bad
                scenario: base.yaml
                replicats: 5
                seed: -3
                baseline: nope
                policies:
                  a: {policies.one_in_one_out.enabeld: true}
                  b: {policies.french_police.officers: many}
                  c: {policies.one_in_one_out.returns_per_week: -5}
                metrics: [arrivals, deths]
                """;
        ConfigException e = assertThrows(ConfigException.class, () -> StudyLoader.load(StudyFiles.write(dir, bad)));
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        String f = dir.resolve("study.yaml").toString();
        assertTrue(lines.contains(f + ":3:1: replicats: unknown study key (did you mean 'replicates'?); expected one of "
                + String.join(", ", StudyLoader.TOP_KEYS)), lines.toString());
        assertTrue(lines.contains(f + ":4:7: seed: -3 is out of range [0, 9000000000000000]"), lines.toString());
        assertTrue(lines.contains(f + ":5:1: baseline: 'nope' is not one of the policies"), lines.toString());
        assertTrue(lines.contains(f + ":7:7: policies.one_in_one_out.enabeld: unknown key (did you mean 'policies.one_in_one_out.enabled'?)"), lines.toString());
        assertTrue(lines.contains(f + ":8:40: policies.french_police.officers: expected a number, got 'many'"), lines.toString());
        assertTrue(lines.contains(f + ":9:49: policies.one_in_one_out.returns_per_week: -5 is out of range [0, 1000000]"), lines.toString());
        assertTrue(lines.contains(f + ":10:21: metrics: unknown metric 'deths' (did you mean 'deaths'?)"), lines.toString());
        assertEquals(7, lines.size(), lines.toString());
        assertTrue(lines.get(5).startsWith(f + ":9:"), "problems are in file order: " + lines);
    }

    @Test
    void duplicateKeysAndMissingScenarioAreProblems() throws Exception {
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: missing.yaml
                baseline: a
                policies:
                  a: {}
                  a: {}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> StudyLoader.load(dir.resolve("s.yaml")));
        String all = e.problems().toString();
        assertTrue(all.contains(":1:1: scenario: no such scenario file"), all);
        assertTrue(all.contains(":5:3: a: duplicate key (first at line 4)"), all);
    }

    @Test
    void policiesMayNotChangeStudyLevelKeys() throws Exception {
        String bad = StudyFiles.STUDY.replace("no-scheme: {}", "no-scheme: {seed: 4}");
        ConfigException e = assertThrows(ConfigException.class, () -> StudyLoader.load(StudyFiles.write(dir, bad)));
        assertTrue(e.problems().get(0).message().contains("same for every policy"), e.problems().toString());
    }

    @Test
    void exampleStudiesLoadAndNameTheirPoliciesForScripts() throws Exception {
        Study s = StudyLoader.load(Path.of("models/studies/one-in-one-out.yaml"));
        assertEquals(20, s.replicates());
        List<String> names = s.policies().stream().map(Study.Policy::name).toList();
        assertEquals(4, names.size());
        assertEquals(names.get(0), s.baseline());
        // scripts find the policies by these patterns: only one name may match each
        assertEquals(List.of("return-every-arrival"), names.stream().filter(n -> java.util.regex.Pattern.compile("every|all").matcher(n).find()).toList());
        assertEquals(List.of("oioo-50-a-week"), names.stream().filter(n -> java.util.regex.Pattern.compile("50(?!0)").matcher(n).find()).toList());
        Study seeds = StudyLoader.load(Path.of("models/studies/seed-policies.yaml"));
        assertTrue(seeds.policies().size() >= 12, "every section-3 policy alone plus combinations");
    }
}
