package channelsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A study over a posterior: every (draw, replicate) pair under every policy with the same random numbers;
 * summary.csv's interval is the total one; uncertainty.csv splits it into parameter and stochastic parts.
 * The stand-in model's arrivals fall with the French officers, so a posterior over officers moves results.
 */
class PosteriorStudyTest {
    static final String STUDY = """
            name: post
            scenario: base.yaml
            replicates: 3
            seed: 7
            baseline: no-scheme
            parameters: {posterior: posterior.csv, draws: 4}
            policies:
              no-scheme: {}
              return-every-arrival: {policies.return_all.enabled: true}
            """;

    static Map<String, Map<String, String>> uncertainty(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("uncertainty.csv"));
        assertEquals("policy,metric,mean,ci_low,ci_high,sd_parameter,sd_stochastic,prob_positive,draws,replicates", lines.get(0));
        String[] h = lines.get(0).split(",");
        return lines.stream().skip(1).map(l -> l.split(",", -1)).collect(Collectors.toMap(c -> c[0] + "/" + c[1],
                c -> { Map<String, String> m = new java.util.HashMap<>(); for (int i = 0; i < h.length; i++) m.put(h[i], c[i]); return m; }));
    }

    Path study(Path dir, String posterior) throws Exception {
        Path f = StudyFiles.write(dir, STUDY);
        Files.writeString(dir.resolve("posterior.csv"), posterior);
        return f;
    }

    @Test
    void identicalDrawsGiveNoParameterUncertainty(@TempDir Path dir) throws Exception {
        Path f = study(dir, "draw,weight,policies.french_police.officers\n1,0.5,900\n2,0.25,900\n3,0.25,900\n");
        Studies.run(StudyLoader.load(f), new StudyRunner.Options(2, dir.resolve("out"), false, null, null, false), FakeModel::run);
        Map<String, String> det = uncertainty(dir.resolve("out")).get("return-every-arrival/deterrence");
        assertEquals(0.0, Double.parseDouble(det.get("sd_parameter")));
        assertTrue(Double.parseDouble(det.get("sd_stochastic")) > 0, "replicates still differ by their dice");
        assertEquals("4", det.get("draws"));
        assertEquals("3", det.get("replicates"));
        assertEquals(1.0, Double.parseDouble(det.get("prob_positive")));
    }

    @Test
    void drawsThatDifferWidenTheIntervalAndSummaryGivesTheTotal(@TempDir Path dir) throws Exception {
        Path f = study(dir, "draw,weight,policies.french_police.officers\n1,0.25,300\n2,0.25,700\n3,0.25,1100\n4,0.25,1500\n");
        Studies.run(StudyLoader.load(f), new StudyRunner.Options(2, dir.resolve("a"), false, null, null, false), FakeModel::run);
        Studies.run(StudyLoader.load(f), new StudyRunner.Options(1, dir.resolve("b"), false, null, null, false), FakeModel::run);
        assertEquals(Files.readString(dir.resolve("a/uncertainty.csv")), Files.readString(dir.resolve("b/uncertainty.csv")), "threads change nothing");
        assertEquals(Files.readString(dir.resolve("a/summary.csv")), Files.readString(dir.resolve("b/summary.csv")));
        Map<String, String> arr = uncertainty(dir.resolve("a")).get("no-scheme/arrivals");
        assertTrue(Double.parseDouble(arr.get("sd_parameter")) > 0, "officers differ between draws: so do arrivals");
        // summary.csv keeps its columns; its interval is the total one of uncertainty.csv
        String row = Files.readAllLines(dir.resolve("a/summary.csv")).stream().filter(l -> l.startsWith("no-scheme,arrivals,")).findFirst().orElseThrow();
        String[] c = row.split(",");
        assertEquals(Double.parseDouble(arr.get("ci_low")), Double.parseDouble(c[4]), 1e-6 * Math.abs(Double.parseDouble(c[4])));
        assertEquals(Double.parseDouble(arr.get("ci_high")), Double.parseDouble(c[5]), 1e-6 * Math.abs(Double.parseDouble(c[5])));
        assertEquals("12", c[6], "n counts every (draw, replicate) run");
        // the replicates of draw d ran with the seeds of replicates 1..3: the same dice in every draw
        List<String> reps = Files.readAllLines(dir.resolve("a/replicates.csv"));
        assertTrue(reps.get(0).startsWith("policy,draw,policies.french_police.officers,replicate,seed,"),
                "the draw and its values beside the policy: " + reps.get(0));
        assertEquals(reps.get(1).split(",")[4], reps.get(4).split(",")[4]);
        assertEquals("300", reps.get(1).split(",")[2]);
        assertEquals("700", reps.get(4).split(",")[2]);
        assertEquals("1", reps.get(1).split(",")[1]);
        assertEquals("2", reps.get(4).split(",")[1]);
    }

    @Test
    void aPosteriorStudyRunAsShardsAndMergedEqualsTheUnshardedRun(@TempDir Path dir) throws Exception {
        Path f = study(dir, "draw,weight,policies.french_police.officers\n1,0.25,300\n2,0.25,700\n3,0.25,1100\n4,0.25,1500\n");
        Study s = StudyLoader.load(f);
        Studies.run(s, new StudyRunner.Options(2, dir.resolve("single"), false, null, null, false), FakeModel::run);
        List<Path> shards = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path out = dir.resolve("shard" + k);
            Studies.run(s, new StudyRunner.Options(1, out, false, new StudyRunner.Shard(k, 3), null, false), FakeModel::run);
            shards.add(0, out); // merged in another order than they ran
        }
        Studies.merge(shards, dir.resolve("merged"));
        for (String file : List.of("replicates.csv", "summary.csv", "uncertainty.csv", "report.html"))
            assertEquals(Files.readString(dir.resolve("single").resolve(file)), Files.readString(dir.resolve("merged").resolve(file)), file + " differs");
        Map<String, String> det = uncertainty(dir.resolve("merged")).get("return-every-arrival/deterrence");
        assertTrue(Double.parseDouble(det.get("sd_parameter")) > 0, "the merged study is still over the posterior's draws");
        assertEquals("4", det.get("draws"));
    }

    @Test
    void aCopiedStudyStillFindsAPosteriorNamedFromTheCurrentFolder(@TempDir Path dir) throws Exception {
        // a study copied elsewhere: its posterior path, not found beside it, is tried from the current folder
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path here = Path.of("").toAbsolutePath();
        Path post = Files.createTempFile(here.resolve("target"), "posterior", ".csv");
        try {
            Files.writeString(post, "draw,weight,policies.french_police.officers\n1,1,900\n");
            Path f = StudyFiles.write(elsewhere, STUDY.replace("posterior.csv", here.relativize(post).toString()));
            assertEquals(post, StudyLoader.load(f).posterior().sample().file());
            Path missing = StudyFiles.write(elsewhere, STUDY.replace("posterior.csv", "no/such/posterior.csv"));
            var e = assertThrows(channelsim.config.ConfigException.class, () -> StudyLoader.load(missing));
            assertTrue(e.getMessage().contains("no such posterior file: no/such/posterior.csv (looked beside the study file, in the current folder"), e.getMessage());
            assertTrue(e.getMessage().contains(elsewhere.resolve("no/such/posterior.csv").toString()), "the error names each place tried: " + e.getMessage());
        } finally {
            Files.deleteIfExists(post);
        }
    }

    @Test
    void aBadPosteriorIsOneLinePerProblem(@TempDir Path dir) throws Exception {
        Path f = study(dir, "draw,weight,no.such.key,policies.french_police.officers\n1,x,1,900\n");
        var e = assertThrows(channelsim.config.ConfigException.class, () -> StudyLoader.load(f));
        String m = e.problems().toString();
        assertTrue(m.contains("no.such.key") && m.contains("not a numeric model parameter"), m);
        assertTrue(m.contains("expected a positive weight and numbers"), m);
        assertTrue(e.getMessage().contains("posterior.csv:1:13: no.such.key: not a numeric model parameter"), e.getMessage());
    }

    static final String PREDICTIVE = """
            id,measure,period,group,observed,low,high,quality,q05,q25,q50,q75,q95,in50,in90
            arrivals-2022-01,arrivals,2022-01,,1000,,,"official table",500,700,790,900,1200,true,true
            arrivals-2022-02,arrivals,2022-02,,1000,,,"official table",500,700,790,900,950,false,false
            arrivals-2023-01,arrivals,2023-01,,500,,,"official table",300,400,520,600,800,true,true
            arrivals-afghan-2022,arrivals,2022,afghan,90,,,"official table",1,2,3,4,5,false,false
            deaths-2022,deaths,2022,,,4,,"press report",0,1,2,3,9,true,true
            people_per_boat-2022,people_per_boat,2022,,41,,,"official table",30,40,45.1,50,60,true,true
            """;

    @Test
    void misfitsAreReadYearByYearFromThePredictiveTable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.predictive.csv"), PREDICTIVE);
        Files.writeString(dir.resolve("p.csv"), "draw,weight,policies.french_police.officers\n1,1,900\n");
        Misfits m = Misfits.beside(dir.resolve("p.csv"));
        Misfits.Measure a = m.of("arrivals");
        assertEquals(2, a.years().size(), "monthly figures summed by year; the nationality rows left out");
        assertEquals(-0.21, a.worst().relative(), 1e-9);
        assertTrue(a.worstText().startsWith("under-predicts 2022 arrivals by 21%"), a.worstText());
        assertEquals(2.0 / 3, a.coverage90(), 1e-9);
        assertTrue(m.of("people_per_boat").worstText().startsWith("over-predicts 2022 people per boat by 10%"), m.of("people_per_boat").worstText());
        assertEquals(null, m.of("deaths"), "a figure given only as a bound is left out");
        assertEquals(null, Misfits.beside(dir.resolve("no-such.csv")));
    }

    @Test
    void theReportPutsTheCalibrationMisfitBesideTheArrivalsHeadline(@TempDir Path dir) throws Exception {
        Path f = study(dir, "draw,weight,policies.french_police.officers\n1,0.5,800\n2,0.5,1000\n");
        Files.writeString(dir.resolve("posterior.predictive.csv"), PREDICTIVE);
        Studies.run(StudyLoader.load(f), new StudyRunner.Options(2, dir.resolve("out"), false, null, null, false), FakeModel::run);
        String html = Files.readString(dir.resolve("out/report.html"));
        int head = html.indexOf("<b>Headline.</b>"), cal = html.indexOf("<b>Calibration.</b>"), ranked = html.indexOf("<h2>Deterrence, ranked");
        assertTrue(head > 0 && cal > head && cal < ranked, "the misfit right after the headline, before the ranking");
        assertTrue(html.substring(cal, ranked).contains("under-predicts 2022 arrivals by 21%"), html.substring(cal, ranked));
        assertTrue(html.contains("<th>calibration misfit, 2018-2024</th>") && html.contains("2022 -21%, 2023 +4%"), "every year in the totals table");
        // without the table beside the posterior, no such caveat
        Files.delete(dir.resolve("posterior.predictive.csv"));
        Studies.run(StudyLoader.load(f), new StudyRunner.Options(2, dir.resolve("out2"), false, null, null, false), FakeModel::run);
        assertFalse(Files.readString(dir.resolve("out2/report.html")).contains("<b>Calibration.</b>"));
    }
}
