package channelsim.calibration;

import channelsim.config.Scenario;
import channelsim.model.GangSettings;
import channelsim.model.HomeOfficeSettings;
import channelsim.model.MigrantSettings;
import channelsim.model.StateReading;
import channelsim.output.AtomicFiles;
import channelsim.output.Numbers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes what a calibration produced: the fitted scenario (YAML extending the calibrated scenario),
 * fit.md (every target observed against simulated with its 95% interval and distance, the fitted values,
 * the year-on-year directions), fit.csv, and the yearly chart (PNG and SVG).
 */
public final class FitReport {

    private FitReport() {}

    /** The fitted scenario file: extends the base scenario and overrides only the fitted values. */
    public static String scenarioYaml(TargetFile tf, Calibrator.Result r, Path out, String command) {
        StringBuilder sb = new StringBuilder();
        String base = relative(out, tf.scenario());
        String name = out.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        sb.append("# Written by `").append(command).append("`: the fitted values only; everything else comes from\n");
        sb.append("# ").append(base).append(". Free values and why they are free: ").append(relative(out, tf.file())).append(".\n");
        sb.append("# Fit report: fit.md written with it (docs/calibration/fit.md for the committed fit). Rerun the calibration rather than editing.\n");
        sb.append("extends: ").append(base).append('\n');
        sb.append("name: ").append(name).append('\n');
        sb.append("description: ").append("The Channel 2018-2024 with free values fitted to ").append(tf.name()).append('\n');
        if (r.scenario().num("scale") != 1.0) sb.append("scale: ").append(Numbers.format(r.scenario().num("scale"))).append('\n');
        for (Map.Entry<String, Double> e : r.global().entrySet())
            sb.append(e.getKey()).append(": ").append(value(e.getKey(), e.getValue())).append('\n');
        // the first year's yearly values are also the starting values (the warm-up runs on them)
        TreeMap<Integer, List<String>> byYear = new TreeMap<>();
        int first = r.scenario().start().getYear();
        for (Map.Entry<String, TreeMap<Integer, Double>> e : r.yearly().entrySet())
            for (Map.Entry<Integer, Double> y : e.getValue().entrySet()) {
                String line = e.getKey() + ": " + value(e.getKey(), y.getValue());
                if (y.getKey() <= first) sb.append(line).append('\n');
                byYear.computeIfAbsent(y.getKey(), k -> new ArrayList<>()).add(line);
            }
        sb.append("timeline:\n");
        for (Map.Entry<Integer, List<String>> y : byYear.entrySet()) {
            sb.append("  - date: ").append(y.getKey()).append("-01-01\n    set:\n");
            for (String line : y.getValue()) sb.append("      ").append(line).append('\n');
        }
        return sb.toString();
    }

    /**
     * A value as YAML: whole numbers for integer keys, else the shortest decimal that reads back as the
     * same double, so that the written scenario reproduces the fitted runs exactly (a long run can
     * amplify a rounding of the sixth digit).
     */
    static String value(String key, double v) {
        Object t = Calibrator.typed(key, v);
        if (t instanceof Long l) return Long.toString(l);
        String s = Double.toString(v);
        if (s.contains("E")) s = new java.math.BigDecimal(s).toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Four significant digits, for reading in reports (not for scenario files). */
    static String shortValue(String key, double v) {
        Object t = Calibrator.typed(key, v);
        if (t instanceof Long l) return Long.toString(l);
        if (v == 0) return "0";
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 3);
        return Numbers.format(Math.round(v / mag) * mag);
    }

    /** Keys that describe a run, or the state it starts from, rather than the Channel in a given year. */
    private static final java.util.Set<String> NOT_STATE = java.util.Set.of("name", "description", "start", "days", "seed",
            "scale", "warmup_days", MigrantSettings.INITIAL_WAITING, HomeOfficeSettings.INITIAL_BACKLOG, GangSettings.INITIAL_COUNT,
            GangSettings.INITIAL_KNOW_HOW, GangSettings.INITIAL_TAXI_SHARE, GangSettings.INITIAL_BOATS_MAX);

    /**
     * A flat scenario (no timeline) with every value in force on 1 January of {@code year} in the fitted
     * history: the calibrated state of that year, for calendar-year scenarios to extend. Only values that
     * differ from the registry defaults are written. The history's starting stocks (of 2018) are not; in
     * their place, when {@code state} is given, the stocks the history runs had on the morning of 1 January
     * (mean over the replicates, per real person): gangs and their know-how, taxi-boat set-up and boats,
     * people in the camps, the asylum backlog. Without them a calendar scenario would start with gangs
     * that have learned nothing and have no taxi boats, and lose months re-learning what the history had.
     */
    public static String stateYaml(Scenario fitted, int year, String historyFile, String command, StateReading state) {
        java.time.LocalDate jan1 = java.time.LocalDate.of(year, 1, 1);
        Scenario defaults = Scenario.defaults("defaults");
        java.util.Map<String, Object> v = new java.util.LinkedHashMap<>(fitted.values());
        java.util.Map<String, Double> groups = new java.util.LinkedHashMap<>();
        for (channelsim.config.GroupSpec g : fitted.groups())
            for (String a : channelsim.config.ParameterRegistry.GROUP_ATTRIBUTES) groups.put("migrants.groups." + g.name() + "." + a, g.get(a));
        for (channelsim.config.TimedChange c : fitted.timeline()) {
            if (c.date().isAfter(jan1)) continue;
            if (groups.containsKey(c.key())) groups.put(c.key(), ((Number) c.value()).doubleValue());
            else v.put(c.key(), c.value());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# The calibrated state of the Channel on 1 January ").append(year).append(": every value in force on that date in\n");
        sb.append("# ").append(historyFile).append(" (the fitted history), flattened; its starting stocks are not carried, its state on\n");
        sb.append("# that date is (at the end, when the calibration read it).\n");
        sb.append("# Written by `").append(command).append("`; calendar-").append(year).append(" scenarios extend it.\n");
        sb.append("name: calibrated-").append(year).append('\n');
        sb.append("description: The calibrated state of ").append(year).append(" (flattened from the fitted 2018-").append(year).append(" history)\n");
        sb.append("start: ").append(jan1).append('\n');
        sb.append("days: ").append(jan1.lengthOfYear()).append('\n');
        for (java.util.Map.Entry<String, Object> e : v.entrySet()) {
            if (NOT_STATE.contains(e.getKey())) continue;
            Object d = defaults.values().get(e.getKey());
            if (java.util.Objects.equals(d, e.getValue())) continue;
            sb.append(e.getKey()).append(": ").append(yamlValue(e.getKey(), e.getValue())).append('\n');
        }
        for (java.util.Map.Entry<String, Double> e : groups.entrySet()) {
            String[] p = e.getKey().split("\\.");
            double d = ((Number) channelsim.config.ParameterRegistry.groupDefault(p[2], p[3])).doubleValue();
            if (d != e.getValue()) sb.append(e.getKey()).append(": ").append(Numbers.format(e.getValue())).append('\n');
        }
        if (state != null) stateBlock(sb, jan1, state);
        return sb.toString();
    }

    /** The stocks read off the history on {@code jan1}, as starting values (integers where the keys are). */
    private static void stateBlock(StringBuilder sb, java.time.LocalDate jan1, StateReading s) {
        sb.append("# The state of the system on the morning of ").append(jan1).append(", read off the fitted history (mean over the\n");
        sb.append("# calibration's replicates, per real person): each value below is a stock the history had on that date, not a\n");
        sb.append("# fitted or assumed value. Gangs start with 1 to initial_boats_max boats, so it is set to keep their mean stock.\n");
        sb.append(GangSettings.INITIAL_COUNT).append(": ").append(Math.max(1, Math.round(s.gangs()))).append('\n');
        sb.append(GangSettings.INITIAL_KNOW_HOW).append(": ").append(String.format(Locale.ROOT, "%.4f", s.knowHow())).append('\n');
        sb.append(GangSettings.INITIAL_TAXI_SHARE).append(": ").append(String.format(Locale.ROOT, "%.4f", s.taxiShare())).append('\n');
        sb.append(GangSettings.INITIAL_BOATS_MAX).append(": ").append(Math.max(1, Math.round(2 * s.boatsPerGang() - 1))).append('\n');
        sb.append(MigrantSettings.INITIAL_WAITING).append(": ").append(Math.round(s.waiting())).append('\n');
        sb.append(HomeOfficeSettings.INITIAL_BACKLOG).append(": ").append(Math.round(s.backlog())).append('\n');
    }

    private static String yamlValue(String key, Object o) {
        if (o instanceof Double d) return value(key, d);
        if (o instanceof String s) return "\"" + s.replace("\"", "\\\"") + "\"";
        return String.valueOf(o);
    }

    static String relative(Path from, Path to) {
        Path dir = from.toAbsolutePath().normalize().getParent();
        return dir.relativize(to.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public static String csv(Evaluation e) {
        StringBuilder sb = new StringBuilder("id,measure,period,observed,low,high,tolerance,weight,mean,ci_low,ci_high,distance,met\n");
        for (Evaluation.Row r : e.rows()) {
            Target t = r.target();
            sb.append(String.join(",", t.id(), t.measure(), t.period().text(), Numbers.format(t.observed()),
                    Numbers.format(t.low()), Numbers.format(t.high()), Numbers.format(t.tolerance()), Numbers.format(t.weight()),
                    Numbers.format(r.mean()), Numbers.format(r.ciLow()), Numbers.format(r.ciHigh()),
                    Numbers.format(r.distance()), Boolean.toString(r.met()))).append('\n');
        }
        return sb.toString();
    }

    public static String markdown(TargetFile tf, Calibrator.Result r, Calibrator.Options o, long[] seeds, String command,
                                  String chartName, double seconds) {
        Evaluation e = r.evaluation();
        StringBuilder sb = new StringBuilder();
        sb.append("# Calibration fit: ").append(tf.name()).append("\n\n");
        sb.append("Produced by `").append(command).append("` in ").append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s.\n\n");
        sb.append(String.format(Locale.ROOT, "- Scenario fitted: `%s`; targets: `%s`.%n", tf.scenario().getFileName(), tf.file().getFileName()));
        sb.append(String.format(Locale.ROOT, "- Replicates per evaluation: %d, the same seeds for every evaluation (common random numbers): %s.%n",
                o.replicates(), java.util.Arrays.toString(seeds)));
        if (o.evaluations() > 0 && !tf.global().isEmpty())
            sb.append(String.format(Locale.ROOT, "- Yearly values fitted year by year (up to %d corrections a year) at scale %s; CMA-ES over the global values with %d evaluations at scale %s; yearly values refitted; this report at scale %s.%n",
                    o.rounds(), Numbers.format(o.finalScale()), o.evaluations(), Numbers.format(o.searchScale()), Numbers.format(o.finalScale())));
        else
            sb.append(String.format(Locale.ROOT, "- Yearly values fitted year by year (up to %d corrections a year) at scale %s; no CMA-ES (global values as in the starting scenario); this report at scale %s.%n",
                    o.rounds(), Numbers.format(o.finalScale()), Numbers.format(o.finalScale())));
        sb.append(String.format(Locale.ROOT, "- Objective (weighted mean squared distance): %.3f at the start, %.3f fitted. Targets met (distance <= 1): %d of %d.%n%n",
                r.initialObjective(), e.objective(), e.met(), e.rows().size()));
        sb.append("Distance = |ln((simulated+1)/(observed+1))| / ln(1+tolerance) (shares use plain logs); a range counts as 0 inside. ");
        sb.append("1 means off by exactly the tolerance. The interval is the 95% confidence interval of the mean over replicates.\n\n");
        sb.append("![Observed and simulated by year](").append(chartName).append(".png)\n\n");
        sb.append("## Targets\n\n| target | observed | simulated mean | 95% interval | tolerance | distance | met |\n|---|---:|---:|---:|---:|---:|:-:|\n");
        for (Evaluation.Row row : e.rows()) {
            Target t = row.target();
            sb.append("| ").append(t.id()).append(" | ").append(t.observedText()).append(" | ")
                    .append(Measures.format(t.measure(), row.mean())).append(" | ")
                    .append(Measures.format(t.measure(), row.ciLow())).append(" to ").append(Measures.format(t.measure(), row.ciHigh())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * t.tolerance())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", row.distance())).append(" | ")
                    .append(row.met() ? "yes" : "**no**").append(" |\n");
        }
        sb.append("\n## Year-on-year changes\n\n| change | observed | simulated | same direction |\n|---|---:|---:|:-:|\n");
        for (String measure : List.of("arrivals", "people_per_boat")) {
            List<Evaluation.Row> rows = yearRows(e, measure);
            for (int i = 1; i < rows.size(); i++) {
                Evaluation.Row a = rows.get(i - 1), b = rows.get(i);
                double obs = b.target().observed() - a.target().observed(), sim = b.mean() - a.mean();
                sb.append("| ").append(measure).append(' ').append(a.target().period().text()).append('→').append(b.target().period().text())
                        .append(" | ").append(String.format(Locale.ROOT, "%+.0f%%", 100 * obs / a.target().observed()))
                        .append(" | ").append(String.format(Locale.ROOT, "%+.0f%%", 100 * sim / a.mean()))
                        .append(" | ").append(Math.signum(obs) == Math.signum(sim) ? "yes" : "**no**").append(" |\n");
            }
        }
        sb.append("\n## Fitted values\n\n| parameter | value | range | why it is free |\n|---|---:|---|---|\n");
        for (FreeParameter f : tf.global())
            sb.append("| `").append(f.key()).append("` | ").append(shortValue(f.key(), r.global().get(f.key()))).append(" | ")
                    .append(Numbers.format(f.min())).append("-").append(Numbers.format(f.max())).append(" | ").append(f.why()).append(" |\n");
        for (FreeParameter f : tf.yearly()) {
            for (Map.Entry<Integer, Double> y : r.yearly().get(f.key()).entrySet())
                sb.append("| `").append(f.key()).append("` ").append(y.getKey()).append(" | ").append(shortValue(f.key(), y.getValue())).append(" | ")
                        .append(Numbers.format(f.min())).append("-").append(Numbers.format(f.max())).append(" | ").append(f.why()).append(" |\n");
        }
        sb.append("\n## Log\n\n");
        for (String line : r.log()) sb.append("- ").append(line).append('\n');
        sb.append("\n## Sources\n\n");
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        for (Target t : tf.targets()) sources.add(t.source());
        for (String s : sources) sb.append("- ").append(s).append('\n');
        return sb.toString();
    }

    /** The yearly point targets of one measure, in year order. */
    static List<Evaluation.Row> yearRows(Evaluation e, String measure) {
        List<Evaluation.Row> out = new ArrayList<>();
        for (Evaluation.Row r : e.rows())
            if (r.target().measure().equals(measure) && r.target().period().isYear() && !r.target().isRange()) out.add(r);
        out.sort(java.util.Comparator.comparingInt(r -> r.target().period().year()));
        return out;
    }

    /** The last year any yearly target covers: the year whose calibrated state is written out flat. */
    public static int lastYear(TargetFile tf) {
        int y = Integer.MIN_VALUE;
        for (Target t : tf.targets()) y = Math.max(y, t.period().year());
        return y;
    }

    public static void writeAll(Path dir, TargetFile tf, Calibrator.Result r, Calibrator.Options o, long[] seeds,
                                String command, Path scenarioOut, double seconds) throws IOException {
        AtomicFiles.writeString(scenarioOut, scenarioYaml(tf, r, scenarioOut, command));
        int last = lastYear(tf);
        AtomicFiles.writeString(scenarioOut.resolveSibling("calibrated-" + last + ".yaml"),
                stateYaml(r.scenario(), last, scenarioOut.getFileName().toString(), command, r.stateOnLastJan1()));
        AtomicFiles.writeString(dir.resolve("fit.csv"), csv(r.evaluation()));
        FitChart.write(r.evaluation(), dir.resolve("fit-yearly.png"), dir.resolve("fit-yearly.svg"));
        AtomicFiles.writeString(dir.resolve("fit.md"), markdown(tf, r, o, seeds, command, "fit-yearly", seconds));
    }
}
