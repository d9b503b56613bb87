package channelsim.policy;

import channelsim.config.ConfigException;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.Metric;
import channelsim.model.PolicySettings;
import channelsim.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lever block has a start and an end, and a lever acts only inside its window. */
class LeverWindowTest {

    private static Scenario small(Object... kv) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scale", 0.3);
        o.put("start", LocalDate.parse("2025-01-01"));
        o.put("days", 240L);
        for (int i = 0; i < kv.length; i += 2) o.put((String) kv[i], kv[i + 1]);
        return Scenario.defaults("window").with(o);
    }

    private static double sum(double[] s, int from, int to) {
        double t = 0;
        for (int d = from; d < to; d++) t += s[d];
        return t;
    }

    @Test
    void everyPolicyBlockHasADatedWindow() {
        TreeSet<String> blocks = new TreeSet<>();
        for (ParamSpec p : ParameterRegistry.all())
            if (p.key().startsWith("policies.")) blocks.add(p.key().split("\\.")[1]);
        assertTrue(blocks.size() >= 9, blocks.toString());
        for (String b : blocks)
            for (String w : new String[]{"start", "end"}) {
                ParamSpec p = ParameterRegistry.find("policies." + b + "." + w);
                // a start is a date; an end is a date that may be left empty (no end)
                assertTrue(p != null && p.type() == (w.equals("end") ? ParamType.OPTIONAL_DATE : ParamType.DATE),
                        "policies." + b + "." + w + " is not a date parameter: " + (p == null ? null : p.type()));
            }
    }

    @Test
    void returnsStopAfterTheSchemesEnd() {
        RunResult r = Simulation.run(small(PolicySettings.OneInOneOut.ENABLED, true,
                PolicySettings.OneInOneOut.START, LocalDate.parse("2025-02-01"),
                PolicySettings.OneInOneOut.END, LocalDate.parse("2025-05-31"),
                PolicySettings.OneInOneOut.RETURNS_PER_WEEK, 200.0), 3);
        double[] returned = r.series(Metric.RETURNED), quota = r.series(Metric.RETURNS_QUOTA);
        int feb1 = 31, jun1 = 151;
        assertEquals(0, sum(returned, 0, feb1), "returns before the start");
        assertTrue(sum(returned, feb1, jun1) > 0, "no returns inside the window");
        assertEquals(0, sum(returned, jun1 + 1, r.days()), "returns after the end");
        assertEquals(0, sum(quota, jun1 + 1, r.days()), "a quota after the end");
    }

    @Test
    void theMaritimeDoctrineActsOnlyFromItsStart() {
        RunResult r = Simulation.run(small(PolicySettings.FrenchPolice.MARITIME_DOCTRINE, true,
                PolicySettings.FrenchPolice.START, LocalDate.parse("2025-04-01")), 5);
        double[] shallow = r.series(Metric.SHALLOW_WATER_STOPS);
        int apr1 = 90;
        assertEquals(0, sum(shallow, 0, apr1), "shallow-water stops before the doctrine's start");
        assertTrue(sum(shallow, apr1, r.days()) > 0, "no shallow-water stops after its start");
    }

    @Test
    void fundingAboveTheBaselineBuysOfficersOnlyInsideItsWindow() {
        Scenario always = small(PolicySettings.UkFunding.GBP_MILLION_PER_YEAR, 480.0);
        Scenario ended = small(PolicySettings.UkFunding.GBP_MILLION_PER_YEAR, 480.0,
                PolicySettings.UkFunding.END, LocalDate.parse("2025-01-31"));
        double[] a = Simulation.run(always, 2).series(Metric.OFFICERS), e = Simulation.run(ended, 2).series(Metric.OFFICERS);
        int last = a.length - 1;
        assertTrue(a[last] > e[last] + 100, "officers at the end: " + a[last] + " with funding, " + e[last] + " after it ended");
    }

    @Test
    void anEndLeftEmptyMeansNone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("open.yaml");
        Files.writeString(f, "name: open\npolicies:\n  one_in_one_out: {enabled: true, end: }\n  returns_hubs:\n    end: \"\"\n");
        Scenario s;
        try {
            s = ScenarioLoader.load(f);
        } catch (ConfigException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        assertEquals(ParameterRegistry.NO_END, s.get(PolicySettings.OneInOneOut.END));
        assertEquals(ParameterRegistry.NO_END, s.get(PolicySettings.ReturnsHubs.END));
    }
}
