package channelsim.model;

import channelsim.config.Scenario;
import channelsim.policy.Simulation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small scenarios for fast model tests: a fraction of the real Channel over a short horizon. */
final class ModelTestSupport {
    private ModelTestSupport() {}

    /** Defaults at the given scale and horizon, with any overrides as key, value pairs. */
    static Scenario scenario(double scale, int days, Object... kv) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scale", scale);
        o.put("days", (long) days);
        for (int i = 0; i < kv.length; i += 2) o.put((String) kv[i], kv[i + 1]);
        return Scenario.defaults("test").with(o);
    }

    static LocalDate date(String iso) { return LocalDate.parse(iso); }

    static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    /** Mean total of a metric over replicates 1..n (seeds shared between compared scenarios). */
    static double meanTotal(Scenario s, String metric, int replicates) {
        double t = 0;
        for (int r = 1; r <= replicates; r++) t += Simulation.run(s, 1000 + r).total(metric);
        return t / replicates;
    }
}
