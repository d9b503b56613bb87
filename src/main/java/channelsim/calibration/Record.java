package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record a Bayesian calibration fits: a CSV of figures (models/targets/channel-record-2018-2024.csv,
 * written by make-record.py from the project's sourced facts) with columns
 * {@code id,measure,period,group,observed,low,high,quality,source,notes} and an optional {@code weight}.
 * Loaded strictly: every bad cell is reported as {@code file:line:column: column: message}.
 */
public record Record(Path file, List<RecordTarget> targets) {

    static final List<String> COLUMNS = List.of("id", "measure", "period", "group", "observed", "low", "high", "quality", "source");

    /** The figures whose period ends on or before the day (a back-test fits only these). */
    public Record until(LocalDate last) {
        return new Record(file, targets.stream().filter(t -> !t.period().last().isAfter(last)).toList());
    }

    public static Record load(Path file, Set<String> groups) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        List<RecordTarget> out = new ArrayList<>();
        String f = file.toString();
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = p.getHeaderNames();
            for (String c : COLUMNS)
                if (!header.contains(c)) problems.add(new Problem(f, 1, 1, c, "missing column (need " + String.join(",", COLUMNS) + ")"));
            if (!problems.isEmpty()) throw new ConfigException(problems);
            Set<String> ids = new HashSet<>();
            for (CSVRecord rec : p) {
                int line = (int) rec.getParser().getCurrentLineNumber();
                String id = rec.get("id").trim(), measure = rec.get("measure").trim(), group = rec.get("group").trim();
                if (id.isEmpty() || !ids.add(id)) problems.add(new Problem(f, line, col(header, "id"), "id", id.isEmpty() ? "missing" : "duplicate id " + id));
                if (!Measures.known(measure)) problems.add(new Problem(f, line, col(header, "measure"), "measure", "unknown measure '" + measure + "'"));
                if (!group.isEmpty() && !measure.equals("arrivals"))
                    problems.add(new Problem(f, line, col(header, "group"), "group", "only arrivals are recorded by group"));
                if (!group.isEmpty() && !groups.contains(group))
                    problems.add(new Problem(f, line, col(header, "group"), "group", "'" + group + "' is not an origin group of the scenario " + groups));
                Period period = null;
                try {
                    period = Period.parse(rec.get("period"));
                    if (period.last().getYear() > 2024)
                        problems.add(new Problem(f, line, col(header, "period"), "period", "after 2024: the calibration uses 2018-2024 only"));
                } catch (RuntimeException e) {
                    problems.add(new Problem(f, line, col(header, "period"), "period", e.getMessage()));
                }
                double obs = num(rec, "observed", header, line, f, problems), lo = num(rec, "low", header, line, f, problems),
                        hi = num(rec, "high", header, line, f, problems);
                if (Double.isNaN(obs) == (Double.isNaN(lo) && Double.isNaN(hi)))
                    problems.add(new Problem(f, line, col(header, "observed"), "observed", "give either observed or a low/high range"));
                String quality = rec.get("quality").trim();
                if (!ErrorModel.DEFAULT_SD.containsKey(quality))
                    problems.add(new Problem(f, line, col(header, "quality"), "quality", "unknown quality '" + quality + "' (expected " + ErrorModel.DEFAULT_SD.keySet() + ")"));
                double w = header.contains("weight") && !rec.get("weight").isBlank() ? num(rec, "weight", header, line, f, problems) : 1;
                if (period != null && Measures.known(measure))
                    out.add(new RecordTarget(id, measure, period, group, obs, lo, hi, quality, Double.isNaN(w) ? 1 : w, rec.get("source"), line));
            }
        } catch (IOException | RuntimeException e) {
            if (problems.isEmpty()) problems.add(new Problem(f, 1, 1, "record", "cannot read: " + e.getMessage()));
        }
        if (out.isEmpty() && problems.isEmpty()) problems.add(new Problem(f, 1, 1, "record", "no figures"));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Record(file, List.copyOf(out));
    }

    private static int col(List<String> header, String c) { return header.indexOf(c) + 1; }

    private static double num(CSVRecord rec, String c, List<String> header, int line, String f, List<Problem> problems) {
        String v = rec.get(c).trim();
        if (v.isEmpty()) return Double.NaN;
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || !Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            problems.add(new Problem(f, line, col(header, c), c, "expected a number of at least 0, got '" + v + "'"));
            return Double.NaN;
        }
    }
}
