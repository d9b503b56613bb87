package channelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import channelsim.config.Scenario;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import org.junit.jupiter.api.Test;

/** The exact text of outputs: deterministic numbers, contract columns, stable JSON. */
class RunOutputsTest {

    @Test
    void numbersAreWrittenOneWayOnly() {
        assertEquals("1295", Numbers.format(1295.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0.451235", Numbers.format(0.4512345678));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("-2.25", Numbers.format(-2.25));
        assertEquals("0", Numbers.format(1e-9), "below the sixth decimal");
        assertEquals("372321754.726934", Numbers.format(372321754.7269341));
        assertEquals("100000000000000000000", Numbers.format(1e20), "never an exponent");
        assertEquals("0.1", Numbers.format(0.1), "the binary value of 0.1 rounds back to 0.1");
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("null", Numbers.json(Double.POSITIVE_INFINITY));
    }

    @Test
    void csvHasTheContractColumnsInOrder() {
        String header = RunOutputs.header();
        assertTrue(header.startsWith("day,date,arrivals,launches,boats_arrived,people_per_boat,prevented,intercepted,"
                + "returned,legal_intake,deterred,deaths,waiting,price,gang_revenue"), header);
        assertEquals(2 + Metric.count(), header.split(",").length);
    }

    private static RunResult result(double scale) {
        int days = 3;
        double[][] daily = new double[Metric.count()][days];
        for (int m = 0; m < Metric.count(); m++)
            for (int d = 0; d < days; d++) daily[m][d] = scale * (m + 1) * (d + 1) / 3.0;
        Map<String, Double> byGroup = new LinkedHashMap<>();
        byGroup.put("albanian", 2.0);
        byGroup.put("afghan", 10.0);
        return new RunResult("t", 9, LocalDate.of(2024, 2, 28), daily, RunResult.totalsOf(daily), byGroup, 0, 0, 123456789L);
    }

    @Test
    void csvFormattingIsDeterministic() {
        String csv = RunOutputs.timeseriesCsv(result(1));
        assertEquals(csv, RunOutputs.timeseriesCsv(result(1)));
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("1,2024-02-28,0.333333,0.666667,1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2,2024-02-29,0.666667,1.333333,2,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("3,2024-03-01,1,2,3,"), "leap day, then March: " + lines.get(3));
        assertTrue(csv.endsWith("\n") && !csv.contains("\r"), "Unix line ends");
    }

    @Test
    void summaryJsonHoldsIdentityTotalsAndGroups() {
        Scenario s = Scenario.defaults("t");
        String json = RunOutputs.summaryJson(s, result(3));
        assertEquals(json, RunOutputs.summaryJson(s, result(3)), "same input, same text");
        assertTrue(json.startsWith("{\n  \"scenario\": \"t\",\n  \"description\": \"\",\n  \"scenario_hash\": \""), json);
        assertTrue(json.contains("\n  \"seed\": 9,\n  \"start\": \"2024-02-28\",\n  \"end\": \"2024-03-01\",\n  \"days\": 3,\n  \"arrivals\": 6,\n"), json);
        for (String k : List.of("prevention_rate", "people_per_boat", "busiest_day", "crossing_days", "gang_revenue"))
            assertTrue(json.contains("\n  \"" + k + "\": "), k);
        // groups in the scenario's order, those without arrivals as 0
        int afghan = json.indexOf("\"afghan\": 10"), albanian = json.indexOf("\"albanian\": 2"), syrian = json.indexOf("\"syrian\": 0");
        assertTrue(afghan > 0 && syrian > afghan && albanian > syrian, json);
        assertTrue(json.endsWith("  }\n}\n"), json);
    }

    @Test
    void summaryJsonWritesEachBreakdownAfterTheGroups() {
        RunResult r = result(1);
        Map<String, Double> items = new LinkedHashMap<>();
        items.put("french_police", 1000.0);
        items.put("asylum_support", 250.5);
        RunResult withItems = new RunResult(r.scenario(), r.seed(), r.start(), r.daily(), r.totals(), r.arrivalsByGroup(),
                0, 0, 1, Map.of("public_cost_by_item", items));
        String json = RunOutputs.summaryJson(Scenario.defaults("t"), withItems);
        int groups = json.indexOf("\"arrivals_by_group\""), cost = json.indexOf("\"public_cost_by_item\": {\n    \"french_police\": 1000,\n    \"asylum_support\": 250.5\n  }");
        assertTrue(groups > 0 && cost > groups, json);
    }

    @Test
    void jsonWriterEscapesAndNests() {
        JsonWriter j = new JsonWriter().beginObject()
                .field("text", "a \"quote\"\n\\ and \u0001")
                .name("list").beginArray().value(1L).value(0.25).value(true).value((String) null).endArray()
                .name("empty").beginObject().endObject()
                .endObject();
        assertEquals("{\n  \"text\": \"a \\\"quote\\\"\\n\\\\ and \\u0001\",\n  \"list\": [\n    1,\n    0.25,\n    true,\n    null\n  ],\n"
                + "  \"empty\": {}\n}\n", j.toString());
    }
}
