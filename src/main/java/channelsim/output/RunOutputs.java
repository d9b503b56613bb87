package channelsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import channelsim.config.GroupSpec;
import channelsim.config.Scenario;
import channelsim.model.Metric;
import channelsim.model.RunResult;

/**
 * The files of one run ({@code channelsim run}): {@code timeseries.csv} (one row a day, columns
 * {@code day,date} then every {@link Metric#column} in enum order) and {@code summary.json} (run
 * identity, totals under the same names plus derived ones, and {@code arrivals_by_group}). Both are
 * pure functions of the scenario and result, so the same run gives the same bytes.
 */
public final class RunOutputs {

    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.json";

    private RunOutputs() {}

    /** Writes both files into {@code dir} (created if needed), each atomically; returns their paths. */
    public static List<Path> write(Path dir, Scenario scenario, RunResult result) throws IOException {
        Path ts = dir.resolve(TIMESERIES), sum = dir.resolve(SUMMARY);
        AtomicFiles.writeString(ts, timeseriesCsv(result));
        AtomicFiles.writeString(sum, summaryJson(scenario, result));
        return List.of(ts, sum);
    }

    /** The CSV header line (without newline): {@code day,date,arrivals,...}. */
    public static String header() {
        StringBuilder sb = new StringBuilder("day,date");
        for (Metric m : Metric.values()) sb.append(',').append(m.column);
        return sb.toString();
    }

    /** The whole {@code timeseries.csv}: day is 1-based, date ISO, numbers via {@link Numbers#format}. */
    public static String timeseriesCsv(RunResult r) {
        StringBuilder sb = new StringBuilder(64 + r.days() * Metric.count() * 8);
        sb.append(header()).append('\n');
        LocalDate start = r.start();
        double[][] d = r.daily();
        for (int day = 0; day < r.days(); day++) {
            sb.append(day + 1).append(',').append(start.plusDays(day));
            for (Metric m : Metric.values()) sb.append(',').append(Numbers.format(d[m.ordinal()][day]));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The whole {@code summary.json}: scenario, description, scenario_hash, seed, start, end, days, then
     * every total (metric columns in enum order, then derived totals such as prevention_rate,
     * busiest_day, crossing_days in the result's order), then {@code arrivals_by_group} in the
     * scenario's group order, then each breakdown of the result (e.g. {@code public_cost_by_item}).
     */
    public static String summaryJson(Scenario s, RunResult r) {
        JsonWriter j = new JsonWriter().beginObject();
        j.field("scenario", s.name());
        j.field("description", s.text("description"));
        j.field("scenario_hash", s.hash());
        j.field("seed", r.seed());
        j.field("start", r.start().toString());
        j.field("end", r.start().plusDays(Math.max(0, r.days() - 1)).toString());
        j.field("days", r.days());
        Map<String, Double> totals = r.totals();
        Set<String> keys = new LinkedHashSet<>();
        for (Metric m : Metric.values()) if (totals.containsKey(m.column)) keys.add(m.column);
        keys.addAll(totals.keySet());
        for (String k : keys) j.field(k, totals.get(k));
        j.name("arrivals_by_group").beginObject();
        Set<String> groups = new LinkedHashSet<>();
        for (GroupSpec g : s.groups()) groups.add(g.name());
        groups.addAll(r.arrivalsByGroup().keySet());
        for (String g : groups) j.field(g, r.arrivalsByGroup().getOrDefault(g, 0.0));
        j.endObject();
        for (Map.Entry<String, Map<String, Double>> b : r.breakdowns().entrySet()) {
            j.name(b.getKey()).beginObject();
            for (Map.Entry<String, Double> e : b.getValue().entrySet()) j.field(e.getKey(), e.getValue());
            j.endObject();
        }
        return j.endObject().toString();
    }
}
