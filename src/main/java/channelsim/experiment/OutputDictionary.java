package channelsim.experiment;

import channelsim.model.Metric;
import channelsim.model.OutputSpec;
import channelsim.model.RunResult;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data dictionary: every output column and summary metric with its unit, aggregation and meaning, in
 * the order the files use them. Daily metrics come from {@link Metric} and run totals from
 * {@link RunResult#EXTRA_SPECS}, where they are computed; the study's own measures are declared here, next to
 * the table columns. {@code describe --outputs} prints it and every study writes it as {@code outputs.csv}.
 */
public final class OutputDictionary {
    public static final String HEADER = "name,unit,aggregation,meaning";
    /** Aggregation of a column that names a row rather than measuring anything. */
    static final String IDENTIFIER = "identifier";

    private OutputDictionary() {}

    /** Columns that identify a row of replicates.csv, summary.csv or monthly.csv. */
    public static final List<OutputSpec> COLUMNS = List.of(
            new OutputSpec("policy", "name", IDENTIFIER, "policy of the study (the baseline among them)"),
            new OutputSpec("sample", "index", IDENTIFIER, "sample of the study's uncertainties (1-based; \"all\" in summary.csv for a row pooled over samples); only in studies with uncertainties: or levers:"),
            new OutputSpec("<dotted key>", "the parameter's unit (describe KEY)", IDENTIFIER, "the value of that uncertainty or lever in this row (blank where it does not apply: levers for the baseline, uncertainties in pooled rows)"),
            new OutputSpec("replicate", "index", IDENTIFIER, "replicate number r = 1..R; replicate r of every policy and sample ran with the same seed"),
            new OutputSpec("seed", "integer", IDENTIFIER, "the replicate's seed (manifest.json gives the rule)"),
            new OutputSpec("metric", "name", IDENTIFIER, "which measure the row of summary.csv, quantiles.csv or monthly.csv gives"),
            new OutputSpec("month", "YYYY-MM", IDENTIFIER, "calendar month of monthly.csv"),
            new OutputSpec("mean", "the metric's unit", "mean over replicates", "mean of the metric over the row's replicates"),
            new OutputSpec("sd", "the metric's unit", "standard deviation over replicates", "sample standard deviation across replicates"),
            new OutputSpec("ci_low", "the metric's unit", "95% interval", "lower end of the Student-t 95% confidence interval of the mean (paired for changes and deterrence)"),
            new OutputSpec("ci_high", "the metric's unit", "95% interval", "upper end of the 95% confidence interval"),
            new OutputSpec("n", "replicates", "count", "replicates (times samples, in pooled rows) the row is computed from"),
            new OutputSpec("on_front", "true/false", IDENTIFIER, "pareto.csv: whether no other policy or lever setting deters at least as much with no more added cost and deaths"));

    /** What a study computes from pairs of replicates (policy and baseline, same seed and sample). */
    public static final List<OutputSpec> STUDY = List.of(
            new OutputSpec("deterrence", "share", "paired, over the horizon", "1 - arrivals(policy) / arrivals(baseline), per replicate, averaged; 0.3 means 30% fewer arrivals"),
            new OutputSpec("deterrence_people", "share", "paired, over the horizon", "1 - people_arrived(policy) / people_arrived(baseline): distinct people landed, so a returnee who crosses again counts once"),
            new OutputSpec("deterrence_from_start", "share", "paired, from the policy's start", "deterrence over the whole weeks from the week of the policy's start to the horizon (policies that start later than day 1)"),
            new OutputSpec("arrivals_averted", "people", "paired total", "arrivals(baseline) - arrivals(policy) over the horizon"),
            new OutputSpec("cost_per_crossing_averted", "GBP/person", "ratio of paired means", "mean change in public cost / mean arrivals averted; undefined when arrivals are not reduced (costs the model does not count are left out: see public_cost)"),
            new OutputSpec("<metric>_change", "the metric's unit", "paired difference", "metric(policy) - metric(baseline), per replicate, averaged"));

    /** Every entry, in a fixed order, with the per-group family spelt out for the registry's default groups. */
    public static List<OutputSpec> all() { return all(channelsim.config.ParameterRegistry.DEFAULT_GROUPS); }

    /** Every entry, with {@code arrivals_<group>} spelt out for {@code groups} (a study's origin groups). */
    public static List<OutputSpec> all(List<String> groups) {
        List<OutputSpec> l = new ArrayList<>(COLUMNS);
        for (Metric m : Metric.values()) l.add(m.spec());
        l.addAll(RunResult.EXTRA_SPECS);
        l.add(RunResult.BUSIEST_DATE);
        l.add(new OutputSpec("arrivals_by_group", "people", "total per group", "arrivals by origin group (summary.json; arrivals_<group> in study tables)"));
        List<String> items = new ArrayList<>();
        for (channelsim.model.PublicCost.Item i : channelsim.model.PublicCost.Item.values()) items.add(i.key);
        l.add(new OutputSpec("public_cost_by_item", "GBP", "total per item", "public_cost split by item (summary.json): " + String.join(", ", items)));
        List<String> causes = new ArrayList<>();
        for (channelsim.model.DeathCause c : channelsim.model.DeathCause.values()) causes.add(c.key);
        l.add(new OutputSpec("deaths_by_cause", "people", "total per cause", "deaths split by cause (summary.json), adding up to deaths: " + String.join(", ", causes)));
        OutputSpec g = RunResult.GROUP_ARRIVALS;
        l.add(g);
        for (String n : groups) l.add(new OutputSpec(g.name().replace("<group>", n), g.unit(), g.aggregation(),
                "people of the " + n + " group landed in the UK by small boat"));
        l.addAll(STUDY);
        // the changes a study reports, spelt out with their units
        for (String m : StudyAnalysis.CHANGES) {
            if (m.equals("arrivals")) continue;
            OutputSpec base = null;
            for (OutputSpec o : l) if (o.name().equals(m)) base = o;
            if (base != null) l.add(new OutputSpec(m + "_change", base.unit(), "paired difference",
                    "change of " + m + " (" + base.aggregation() + ") against the baseline, per replicate, averaged"));
        }
        return List.copyOf(l);
    }

    /** The entry for a column or metric name, matching families such as {@code arrivals_<group>}; null if none. */
    public static OutputSpec find(String name) {
        for (OutputSpec s : all()) if (s.name().equals(name)) return s;
        for (OutputSpec s : all()) {
            String n = s.name();
            int lt = n.indexOf('<'), gt = n.indexOf('>');
            if (lt < 0 || gt < lt) continue;
            String pre = n.substring(0, lt), post = n.substring(gt + 1);
            if (name.length() > pre.length() + post.length() && name.startsWith(pre) && name.endsWith(post)) {
                if (pre.isEmpty() && post.isEmpty()) continue; // "<dotted key>" is matched by dotted names only
                return s;
            }
        }
        return name.contains(".") ? all().get(2) : null;
    }

    /** The dictionary as CSV (quoted where needed). */
    public static String csv(List<String> groups) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (OutputSpec s : all(groups))
            sb.append(cell(s.name())).append(',').append(cell(s.unit())).append(',').append(cell(s.aggregation())).append(',')
                    .append(cell(s.meaning())).append('\n');
        return sb.toString();
    }

    /** Writes {@code outputs.csv} into a study folder, naming the study's origin groups. */
    public static void write(Path dir, List<String> groups) throws IOException {
        AtomicFiles.writeString(dir.resolve("outputs.csv"), csv(groups));
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
