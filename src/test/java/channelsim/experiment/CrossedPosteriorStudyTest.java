package channelsim.experiment;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posterior draws crossed with a study's uncertainties and levers: every arm runs every draw, paired with the
 * baseline of the same sample, draw and replicate; an uncertainty replaces the posterior for its key; the
 * parameter share of uncertainty.csv counts draws and samples. The stand-in model's arrivals rise with
 * {@code scale} and fall with the French officers.
 */
class CrossedPosteriorStudyTest {
    static final String STUDY = """
            name: crossed-posterior
            scenario: base.yaml
            replicates: 2
            seed: 13
            baseline: no-scheme
            parameters: {posterior: posterior.csv, draws: 3}
            policies:
              no-scheme: {}
              oioo: {policies.one_in_one_out.enabled: true}
            uncertainties:
              method: lhs
              samples: 3
              parameters:
                scale: [0.1, 0.4]
            levers:
              policies.one_in_one_out.returns_per_week: [50, 800]
            """;
    static final String OFF = "policies.french_police.officers", SCALE = "scale", LEVER = "policies.one_in_one_out.returns_per_week";

    @TempDir
    Path dir;

    Path out(String study, String posterior) throws Exception {
        Path f = StudyFiles.write(dir, study);
        Files.writeString(dir.resolve("posterior.csv"), posterior);
        Study s = StudyLoader.load(f);
        Path o = dir.resolve("out");
        Studies.run(s, new StudyRunner.Options(2, o, false, null, null, false), FakeModel::run);
        return o;
    }

    static final String VARYING = "draw,weight,policies.french_police.officers\n1,0.34,300\n2,0.33,900\n3,0.33,1500\n";

    @Test
    void everyArmRunsEveryDrawPairedWithItsSamplesBaselineInThatDraw() throws Exception {
        Path o = out(STUDY, VARYING);
        List<CSVRecord> rep = CrossedStudyTest.read(o.resolve("replicates.csv"));
        assertEquals(3 * 3 * 2 + 2 * 3 * 3 * 2, rep.size(), "baseline: 3 samples x 3 draws x 2 replicates; the policy twice that (2 lever values)");
        Map<String, Set<String>> seeds = new HashMap<>(), officers = new HashMap<>(), scales = new HashMap<>();
        Map<String, Double> base = new HashMap<>();
        for (CSVRecord r : rep) {
            String draw = r.get("draw"), sample = r.get("sample"), cell = sample + "/" + draw + "/" + r.get("replicate");
            assertTrue(draw.matches("[1-3]") && sample.matches("[1-3]"), draw + " " + sample);
            seeds.computeIfAbsent(cell, k -> new HashSet<>()).add(r.get("seed"));
            officers.computeIfAbsent(draw, k -> new HashSet<>()).add(r.get(OFF));
            scales.computeIfAbsent(sample, k -> new HashSet<>()).add(r.get(SCALE));
            // each value is a number in its column
            double sc = Double.parseDouble(r.get(SCALE));
            assertTrue(sc >= 0.1 && sc <= 0.4, "the sample's scale: " + sc);
            assertTrue(Set.of(300.0, 900.0, 1500.0).contains(Double.parseDouble(r.get(OFF))), "the draw's officers: " + r.get(OFF));
            if (r.get("policy").equals("no-scheme")) base.put(cell, Double.parseDouble(r.get("arrivals")));
            else assertTrue(Set.of(50.0, 800.0).contains(Double.parseDouble(r.get(LEVER))), r.get(LEVER));
        }
        seeds.values().forEach(v -> assertEquals(1, v.size(), "one seed per (sample, draw, replicate) under every policy: " + v));
        officers.values().forEach(v -> assertEquals(1, v.size(), "a draw's officers are the same in every sample and policy: " + v));
        scales.values().forEach(v -> assertEquals(1, v.size(), "a sample's scale is the same in every draw and policy: " + v));
        assertEquals(3, officers.size());
        // the seeds of draw 2 are those of draw 1: draws differ by their parameters, not by their dice
        Set<String> d1 = new HashSet<>(), d2 = new HashSet<>();
        for (CSVRecord r : rep) (r.get("draw").equals("1") ? d1 : r.get("draw").equals("2") ? d2 : new HashSet<String>()).add(r.get("seed"));
        assertEquals(d1, d2);
        // per-sample deterrence pairs each run with the baseline of its sample, draw and replicate
        Map<String, Double> det = new HashMap<>();
        for (CSVRecord r : rep)
            if (r.get("policy").equals("oioo")) {
                double d = 1 - Double.parseDouble(r.get("arrivals")) / base.get(r.get("sample") + "/" + r.get("draw") + "/" + r.get("replicate"));
                det.merge(r.get("sample") + "@" + r.get(LEVER), d / 6, Double::sum);
            }
        int rows = 0;
        for (CSVRecord r : CrossedStudyTest.read(o.resolve("summary.csv")))
            if (r.get("policy").equals("oioo") && r.get("metric").equals("deterrence") && !r.get("sample").equals("all")) {
                assertEquals(det.get(r.get("sample") + "@" + r.get(LEVER)), Double.parseDouble(r.get("mean")), 1e-5);
                assertEquals("6", r.get("n"), "3 draws x 2 replicates");
                Double.parseDouble(r.get(SCALE));
                rows++;
            }
        assertEquals(6, rows, "3 samples x 2 lever values");
        // uncertainty.csv: a row per sample over its draws and one pooled over samples, counting both sources
        List<CSVRecord> unc = CrossedStudyTest.read(o.resolve("uncertainty.csv"));
        CSVRecord pooled = unc.stream().filter(r -> r.get("policy").equals("no-scheme") && r.get("metric").equals("arrivals")
                && r.get("sample").equals("all")).findFirst().orElseThrow();
        assertEquals("3", pooled.get("samples"));
        assertEquals("3", pooled.get("draws"));
        assertEquals("2", pooled.get("replicates"));
        double pooledSd = Double.parseDouble(pooled.get("sd_parameter"));
        for (CSVRecord r : unc)
            if (r.get("policy").equals("no-scheme") && r.get("metric").equals("arrivals") && !r.get("sample").equals("all"))
                assertTrue(pooledSd > Double.parseDouble(r.get("sd_parameter")),
                        "scale differs between samples too: the pooled parameter sd exceeds any one sample's over the draws alone");
        // every column is in the data dictionary
        for (String f : List.of("replicates.csv", "summary.csv", "uncertainty.csv"))
            for (String c : Files.readAllLines(o.resolve(f)).get(0).split(","))
                assertTrue(OutputDictionary.find(c) != null, f + ": " + c + " has no row in the data dictionary");
        // the same study run on one thread: the same files
        Files.move(o, dir.resolve("two-threads"));
        Studies.run(StudyLoader.load(dir.resolve("study.yaml")), new StudyRunner.Options(1, o, false, null, null, false), FakeModel::run);
        for (String f : List.of("replicates.csv", "summary.csv", "uncertainty.csv"))
            assertEquals(Files.readString(dir.resolve("two-threads").resolve(f)), Files.readString(o.resolve(f)), f);
        // and in two shards, merged: the draws' values come back from the shards' manifests
        Study s = StudyLoader.load(dir.resolve("study.yaml"));
        for (int k = 1; k <= 2; k++)
            Studies.run(s, new StudyRunner.Options(1, dir.resolve("shard" + k), false, new StudyRunner.Shard(k, 2), null, false), FakeModel::run);
        Studies.merge(List.of(dir.resolve("shard1"), dir.resolve("shard2")), dir.resolve("merged"));
        for (String f : List.of("replicates.csv", "summary.csv", "uncertainty.csv"))
            assertEquals(Files.readString(o.resolve(f)), Files.readString(dir.resolve("merged").resolve(f)), "merged " + f);
    }

    @Test
    void identicalDrawsAndZeroWidthUncertaintiesGiveNoParameterUncertainty() throws Exception {
        Path o = out(STUDY.replace("[0.1, 0.4]", "[0.2, 0.2]"), "draw,weight,policies.french_police.officers\n1,0.5,900\n2,0.5,900\n");
        for (CSVRecord r : CrossedStudyTest.read(o.resolve("uncertainty.csv"))) {
            double sd = Double.parseDouble(r.get("sd_parameter")), mean = Math.abs(Double.parseDouble(r.get("mean")));
            assertTrue(sd <= 1e-9 * Math.max(1, mean), r.get("policy") + " " + r.get("metric") + " sample " + r.get("sample") + ": " + sd);
        }
    }

    @Test
    void anUncertaintyReplacesThePosteriorForItsKey() throws Exception {
        String study = STUDY.replace("scale: [0.1, 0.4]", OFF + ": [900, 900]");
        Path o = out(study, VARYING);
        for (CSVRecord r : CrossedStudyTest.read(o.resolve("replicates.csv")))
            assertEquals(900.0, Double.parseDouble(r.get(OFF)), "the uncertainty's value, not the draw's");
        List<String> head = List.of(Files.readAllLines(o.resolve("replicates.csv")).get(0).split(","));
        assertEquals(1, head.stream().filter(OFF::equals).count(), "one column for the key");
        for (CSVRecord r : CrossedStudyTest.read(o.resolve("uncertainty.csv")))
            if (r.get("metric").equals("arrivals"))
                assertTrue(Double.parseDouble(r.get("sd_parameter")) <= 1e-9 * Double.parseDouble(r.get("mean")),
                        "the draws differ only in officers, which the uncertainty holds: " + r.get("sd_parameter"));
    }
}
