package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.model.SplitMix64;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policies crossed with sampled uncertainties and levers: every sample's baseline is shared and paired. */
class CrossedStudyTest {
    static final String CROSSED = """
            name: crossed
            scenario: base.yaml
            replicates: 3
            seed: 11
            baseline: no-scheme
            policies:
              no-scheme: {}
              oioo: {policies.one_in_one_out.enabled: true, policies.one_in_one_out.start: 2025-02-01}
            uncertainties:
              method: lhs
              samples: 4
              parameters:
                policies.french_police.officers: [600, 1400]
            levers:
              policies.one_in_one_out.returns_per_week: [50, 800]
            """;

    @TempDir
    Path dir;

    static List<CSVRecord> read(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
        }
    }

    @Test
    void everySampleOfEveryPolicyIsPairedWithThatSamplesBaseline() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, CROSSED));
        assertEquals(4 + 2 * 4, s.policies().size(), "baseline once per sample, the policy per lever value and sample");
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("out"), false, null, null, false), FakeModel::run);
        List<CSVRecord> rep = read(dir.resolve("out/replicates.csv"));
        String off = "policies.french_police.officers", lever = "policies.one_in_one_out.returns_per_week";
        // the sample's uncertain value and each replicate's seed are the same under every policy
        Map<String, Set<String>> values = new HashMap<>(), seeds = new HashMap<>();
        Map<String, Double> baseArrivals = new HashMap<>();
        for (CSVRecord r : rep) {
            values.computeIfAbsent(r.get("sample"), k -> new HashSet<>()).add(r.get(off));
            seeds.computeIfAbsent(r.get("sample") + "/" + r.get("replicate"), k -> new HashSet<>()).add(r.get("seed"));
            if (r.get("policy").equals("no-scheme")) {
                assertEquals("", r.get(lever), "levers are not applied to the baseline");
                baseArrivals.put(r.get("sample") + "/" + r.get("replicate"), Double.parseDouble(r.get("arrivals")));
            } else assertTrue(Set.of("50", "800").contains(r.get(lever)), "the lever's number in its column: " + r.get(lever));
        }
        assertEquals(4, values.size());
        values.values().forEach(v -> assertEquals(1, v.size(), "one value per sample: " + v));
        seeds.values().forEach(v -> assertEquals(1, v.size(), "one seed per sample and replicate: " + v));
        // the LHS puts one sample in each quarter of [600, 1400]
        Set<Integer> strata = new HashSet<>();
        for (Set<String> v : values.values()) strata.add((int) ((Double.parseDouble(v.iterator().next()) - 600) / 200));
        assertEquals(Set.of(0, 1, 2, 3), strata);
        // per-sample deterrence is the paired mean of 1 - policy / baseline of the same sample and replicate
        Map<String, double[]> det = new HashMap<>();
        for (CSVRecord r : rep)
            if (r.get("policy").equals("oioo")) {
                double d = 1 - Double.parseDouble(r.get("arrivals")) / baseArrivals.get(r.get("sample") + "/" + r.get("replicate"));
                det.computeIfAbsent(r.get("sample") + "@" + r.get(lever), k -> new double[2])[0] += d / 3;
            }
        int cells = 0;
        for (CSVRecord r : read(dir.resolve("out/summary.csv")))
            if (r.get("policy").equals("oioo") && r.get("metric").equals("deterrence") && !r.get("sample").equals("all")) {
                assertEquals(det.get(r.get("sample") + "@" + r.get(lever))[0], Double.parseDouble(r.get("mean")), 1e-5);
                assertTrue(r.get(off).matches("[0-9.]+"), "the sample's value as a number in summary.csv");
                cells++;
            }
        assertEquals(8, cells, "4 samples x 2 lever values");
        // and the fake's known direction: more returns deter more, pooled over samples
        double d50 = 0, d800 = 0;
        for (CSVRecord r : read(dir.resolve("out/summary.csv")))
            if (r.get("metric").equals("deterrence") && r.get("sample").equals("all")) {
                if (r.get(lever).equals("50")) d50 = Double.parseDouble(r.get("mean"));
                if (r.get(lever).equals("800")) d800 = Double.parseDouble(r.get("mean"));
            }
        assertTrue(d800 > d50 + 0.1, d50 + " vs " + d800);
        // the Pareto front: 800 a week deters more; whether 50 a week stays on it depends on cost and deaths
        List<CSVRecord> par = read(dir.resolve("out/pareto.csv"));
        assertEquals(2, par.size());
        for (CSVRecord r : par) if (r.get(lever).equals("800")) assertEquals("true", r.get("on_front"), "the most deterrent setting is never dominated");
    }

    @Test
    void monthlyDeterrenceIsDatedAndOnlyAfterTheStartForAPolicyThatStartsLate() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, CROSSED));
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("out"), false, null, null, false), FakeModel::run);
        List<CSVRecord> mon = read(dir.resolve("out/monthly.csv"));
        Set<String> months = new HashSet<>();
        for (CSVRecord r : mon) {
            assertTrue(r.get("month").matches("2025-0[1-3]"), r.get("month"));
            if (r.get("metric").equals("deterrence")) {
                months.add(r.get("month"));
                assertTrue(Double.parseDouble(r.get("ci_low")) <= Double.parseDouble(r.get("mean")));
            }
        }
        assertEquals(Set.of("2025-01", "2025-02"), months, "the 60-day horizon's whole weeks fall in January and February");
        String summary = Files.readString(dir.resolve("out/summary.csv"));
        assertTrue(summary.contains("\noioo,deterrence_from_start,"), "a policy starting on 1 February is measured from then too");
    }

    @Test
    void badUncertaintiesAreOneLineEach() throws Exception {
        String bad = CROSSED.replace("method: lhs", "method: lhx").replace("[600, 1400]", "[600, 1e9]");
        ConfigException e = assertThrows(ConfigException.class, () -> StudyLoader.load(StudyFiles.write(dir, bad)));
        assertTrue(e.getMessage().contains("did you mean 'lhs'"), e.getMessage());
        String clash = CROSSED.replace("levers:\n  policies.one_in_one_out.returns_per_week", "levers:\n  policies.french_police.officers");
        e = assertThrows(ConfigException.class, () -> StudyLoader.load(StudyFiles.write(dir, clash)));
        assertTrue(e.getMessage().contains("both a lever and an uncertainty"), e.getMessage());
        String range = CROSSED.replace("[600, 1400]", "[600, 1e9]");
        e = assertThrows(ConfigException.class, () -> StudyLoader.load(StudyFiles.write(dir, range)));
        assertTrue(e.getMessage().contains("outside the parameter's range"), e.getMessage());
    }

    @Test
    void sobolAndDistributionsStayInsideTheirRanges() throws Exception {
        String sob = CROSSED.replace("method: lhs", "method: sobol").replace("[600, 1400]", "{triangular: [600, 800, 1400]}");
        Study s = StudyLoader.load(StudyFiles.write(dir, sob));
        Set<Object> seen = new HashSet<>();
        for (Study.Policy p : s.policies()) {
            double v = ((Number) p.factors().get("policies.french_police.officers")).doubleValue();
            assertTrue(v >= 600 && v <= 1400, "" + v);
            seen.add(v);
        }
        assertEquals(4, seen.size());
    }

    @Test
    void designsFillTheirStrata() {
        double[][] x = Designs.latinHypercube(10, 3, new SplitMix64(5));
        for (int k = 0; k < 3; k++) {
            Set<Integer> s = new HashSet<>();
            for (double[] p : x) s.add((int) (p[k] * 10));
            assertEquals(10, s.size(), "each tenth once in dimension " + k);
        }
        double[][] q = Designs.sobol(64, 2);
        for (int k = 0; k < 2; k++) {
            int[] quarter = new int[4];
            for (double[] p : q) quarter[(int) (p[k] * 4)]++;
            for (int c : quarter) assertTrue(Math.abs(c - 16) <= 1, "Sobol points spread evenly: " + java.util.Arrays.toString(quarter));
        }
    }
}
