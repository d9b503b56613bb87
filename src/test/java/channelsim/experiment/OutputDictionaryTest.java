package channelsim.experiment;

import channelsim.model.Metric;
import channelsim.model.OutputSpec;
import channelsim.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data dictionary covers every column and metric the code writes, each with a unit and an aggregation. */
class OutputDictionaryTest {
    @TempDir
    Path dir;

    private static void described(String name, String where) {
        OutputSpec s = OutputDictionary.find(name);
        assertNotNull(s, where + ": " + name + " has no row in the data dictionary (OutputDictionary, Metric or RunResult.EXTRA_SPECS)");
        assertTrue(!s.unit().isBlank() && !s.aggregation().isBlank() && !s.meaning().isBlank(), name + " lacks unit, aggregation or meaning");
    }

    @Test
    void everyRunTotalIsDescribed() {
        // the totals the code computes, including any extra added to totalsOf later
        double[][] daily = new double[Metric.count()][3];
        for (String k : RunResult.totalsOf(daily).keySet()) described(k, "summary.json");
        for (Metric m : Metric.values()) assertEquals(m.kind.aggregation, OutputDictionary.find(m.column).aggregation());
        assertEquals("daily mean", OutputDictionary.find("waiting").aggregation());
        assertEquals("end value", OutputDictionary.find("backlog").aggregation());
        assertEquals("total", OutputDictionary.find("arrivals").aggregation());
    }

    @Test
    void everyFieldOfARunsSummaryJsonIsDescribed() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("s.yaml"), "name: tiny\nstart: 2025-01-01\ndays: 20\nscale: 0.1\n");
        channelsim.config.Scenario s = channelsim.config.ScenarioLoader.load(dir.resolve("s.yaml"));
        String json = channelsim.output.RunOutputs.summaryJson(s, channelsim.policy.Simulation.run(s, 1));
        // top-level fields only (two-space indent): descriptions of the run, then every total and breakdown
        Matcher m = Pattern.compile("(?m)^  \"([a-z_]+)\":").matcher(json);
        List<String> ids = List.of("scenario", "description", "scenario_hash", "seed", "start", "end", "days");
        int n = 0;
        while (m.find()) {
            if (ids.contains(m.group(1))) continue;
            described(m.group(1), "summary.json");
            n++;
        }
        assertTrue(n > 30, "fields seen: " + n);
    }

    @Test
    void everyColumnAndMetricOfACrossedStudyIsDescribed() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, CrossedStudyTest.CROSSED));
        Studies.run(s, new StudyRunner.Options(1, dir.resolve("out"), false, null, null, false), FakeModel::run);
        List<String> names = new ArrayList<>();
        for (String f : List.of("replicates.csv", "summary.csv", "monthly.csv"))
            names.addAll(List.of(Files.readAllLines(dir.resolve("out/" + f)).get(0).split(",")));
        for (String f : List.of("summary.csv", "monthly.csv"))
            for (var r : CrossedStudyTest.read(dir.resolve("out/" + f))) names.add(r.get("metric"));
        for (String n : names) described(n, "study tables");
        assertTrue(names.contains("arrivals_other"), "per-group arrivals in replicates.csv");
        String csv = Files.readString(dir.resolve("out/outputs.csv"));
        assertTrue(csv.startsWith(OutputDictionary.HEADER + "\n") && csv.contains("\narrivals_other,people,total,"), csv.substring(0, 200));
    }

    @Test
    void reportChartsScaleToTheirBoxes() throws Exception {
        Study s = StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY));
        Studies.run(s, new StudyRunner.Options(1, dir.resolve("out"), false, null, null, false), FakeModel::run);
        String report = Files.readString(dir.resolve("out/report.html"));
        Matcher m = Pattern.compile("<svg\\b[^>]*>").matcher(report);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(m.group().matches("(?s).*viewBox='0(\\.0)? 0(\\.0)? 720(\\.0)? 400(\\.0)?'.*"), m.group());
        }
        assertTrue(n >= 4, "charts inlined: " + n);
        int answer = report.indexOf("<b>Answer.</b>");
        assertTrue(answer > 0 && answer < report.indexOf("<h2>"), "a one-paragraph answer before the first section");
        assertTrue(report.substring(answer, report.indexOf("</p>", answer)).contains("return-every-arrival deters most"),
                "the answer names the most deterrent policy");
        assertTrue(report.contains("<h2>Caveats</h2>") && report.contains("public_cost counts the UK&#39;s spending")
                || report.contains("public_cost counts the UK's spending"), "what the cost counts is said in words");
        try (var files = Files.list(dir.resolve("out/charts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".svg")).toList())
                assertTrue(Files.readString(f).contains("viewBox="), f.toString());
        }
    }
}
