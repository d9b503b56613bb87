package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;
import channelsim.output.Num;
import channelsim.output.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario discovery on a finished crossed study: which ranges of its uncertainties and levers make a condition
 * true. Each case is one policy at one lever combination and one sample (its per-sample row of summary.csv: the
 * mean over replicates, paired with that sample's baseline); PRIM peels boxes over the dotted-key columns.
 * Writes {@code DIR/discovery/prim.csv}, the peeling-trajectory chart and a report section.
 */
public final class Discovery {
    /** The cases: inputs (one per factor key), whether the condition holds, and the policies they come from. */
    public record Cases(List<String> keys, double[][] x, boolean[] y, List<String> policies) {}

    public record Result(Cases cases, List<Prim.Step> steps, int chosen) {}

    private Discovery() {}

    /** Reads the cases of {@code dir} for the condition; {@code policy} null: every policy but the baseline. */
    public static Cases cases(Path dir, Condition where, String policy) throws IOException, ConfigException {
        StudyOutputs.Manifest m = StudyOutputs.readManifest(dir);
        List<String> keys = m.info().factorKeys();
        Path summary = dir.resolve("summary.csv");
        if (!m.complete() || !Files.isRegularFile(summary))
            throw new ConfigException(new Problem(dir.toString(), 1, 1, "", "not a finished study folder (no complete manifest and summary.csv)"));
        if (keys.isEmpty())
            throw new ConfigException(new Problem(dir.resolve("manifest.json").toString(), 1, 1, "study",
                    "discover needs a study with uncertainties: or levers: (nothing varies across its cases)"));
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        Map<String, String> cellPolicy = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(summary)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
                String p = rec.get("policy"), s = rec.get("sample");
                if (p.equals(m.info().baseline()) || s.equals("all") || s.isEmpty() || (policy != null && !p.equals(policy))) continue;
                StringBuilder id = new StringBuilder(p).append('|').append(s);
                for (String k : keys) id.append('|').append(rec.get(k));
                Map<String, Double> v = cells.computeIfAbsent(id.toString(), x -> new LinkedHashMap<>());
                cellPolicy.put(id.toString(), p);
                for (String k : keys) v.put(k, number(rec.get(k)));
                v.put(rec.get("metric"), number(rec.get("mean")));
            }
        }
        if (cells.isEmpty())
            throw new ConfigException(new Problem("--policy", 1, 1, "", policy == null ? "the study has no cases besides its baseline"
                    : "no policy '" + policy + "' besides the baseline in " + summary));
        Map<String, Double> any = cells.values().iterator().next();
        List<Problem> bad = new ArrayList<>();
        for (String n : where.names())
            if (!any.containsKey(n))
                bad.add(new Problem("--where", 1, 1, "", "unknown name '" + n + "'; use a metric of summary.csv (e.g. deterrence, deaths_change) or one of "
                        + String.join(", ", keys)));
        if (!bad.isEmpty()) throw new ConfigException(bad);
        int n = cells.size();
        double[][] x = new double[n][keys.size()];
        boolean[] y = new boolean[n];
        List<String> pols = new ArrayList<>();
        int c = 0;
        for (Map.Entry<String, Map<String, Double>> e : cells.entrySet()) {
            for (int i = 0; i < keys.size(); i++) x[c][i] = e.getValue().get(keys.get(i));
            y[c] = where.test(e.getValue());
            pols.add(cellPolicy.get(e.getKey()));
            c++;
        }
        return new Cases(keys, x, y, pols);
    }

    private static double number(String s) {
        if (s == null || s.isEmpty()) return Double.NaN;
        return switch (s) {
            case "true" -> 1;
            case "false" -> 0;
            default -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }

    /** Runs PRIM and writes the outputs into {@code dir/discovery}. */
    public static Result run(Path dir, Condition where, String policy) throws IOException, ConfigException {
        Cases cs = cases(dir, where, policy);
        List<Prim.Step> steps = Prim.peel(cs.x(), cs.y(), Prim.ALPHA, Prim.MIN_MASS);
        // the box to describe: the densest one that still covers at least half of the cases of interest
        int chosen = 0;
        for (Prim.Step s : steps) if (s.coverage() >= 0.5 && s.density() >= steps.get(chosen).density()) chosen = s.step();
        Result res = new Result(cs, steps, chosen);
        Path out = dir.resolve("discovery");
        AtomicFiles.writeString(out.resolve("prim.csv"), csv(res));
        StudyCharts.Chart chart = StudyCharts.save(out, "peeling", "PRIM peeling trajectory", chart(res, where));
        AtomicFiles.writeString(out.resolve("report.html"), html(res, where, chart));
        return res;
    }

    static String csv(Result r) {
        StringBuilder sb = new StringBuilder("step,coverage,density,mass");
        for (String k : r.cases().keys()) sb.append(',').append(k).append("_low,").append(k).append("_high");
        sb.append('\n');
        for (Prim.Step s : r.steps()) {
            sb.append(s.step()).append(',').append(Numbers.csv(s.coverage())).append(',').append(Numbers.csv(s.density()))
                    .append(',').append(Numbers.csv(s.mass()));
            for (int i = 0; i < r.cases().keys().size(); i++)
                sb.append(',').append(Numbers.csv(s.low()[i])).append(',').append(Numbers.csv(s.high()[i]));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The chosen box in words: only the inputs it restricts. */
    public static String sentence(Result r, Condition where) {
        Prim.Step s = r.steps().get(r.chosen()), all = r.steps().get(0);
        int hits = 0;
        for (boolean b : r.cases().y()) if (b) hits++;
        StringBuilder sb = new StringBuilder();
        sb.append(hits).append(" of ").append(r.cases().y().length).append(" cases meet \"").append(where).append("\". ");
        List<String> limits = new ArrayList<>();
        for (int i = 0; i < r.cases().keys().size(); i++) {
            boolean lo = s.low()[i] > all.low()[i], hi = s.high()[i] < all.high()[i];
            String k = r.cases().keys().get(i);
            if (lo && hi) limits.add(k + " between " + Num.sig(s.low()[i], 4) + " and " + Num.sig(s.high()[i], 4));
            else if (lo) limits.add(k + " at least " + Num.sig(s.low()[i], 4));
            else if (hi) limits.add(k + " at most " + Num.sig(s.high()[i], 4));
        }
        if (limits.isEmpty()) sb.append("No box does better than the whole space: the condition does not depend on one range of the inputs.");
        else sb.append("It holds mostly where ").append(String.join(" and ", limits)).append(": ")
                .append(Num.percent(s.density())).append(" of the cases in that box meet it (").append(Num.percent(all.density()))
                .append(" overall), and the box holds ").append(Num.percent(s.coverage())).append(" of all cases that do (step ")
                .append(s.step()).append(" of prim.csv).");
        if (r.cases().y().length < 30) sb.append(" With only ").append(r.cases().y().length).append(" cases the box is a rough guide; run more samples.");
        return sb.toString();
    }

    private static JFreeChart chart(Result r, Condition where) {
        XYSeries s = new XYSeries("boxes", false);
        for (Prim.Step p : r.steps()) s.add(p.coverage(), p.density());
        XYSeriesCollection ds = new XYSeriesCollection(s);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        rr.setSeriesPaint(0, new Color(25, 80, 170));
        rr.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis x = new NumberAxis("coverage (share of cases of interest inside the box)");
        x.setRange(0, 1.05);
        NumberAxis y = new NumberAxis("density (share of the box's cases that are of interest)");
        y.setRange(0, 1.05);
        XYPlot plot = new XYPlot(ds, x, y, rr);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setTitle(new TextTitle("PRIM peeling trajectory", new Font("SansSerif", Font.BOLD, 14)));
        c.addSubtitle(new TextTitle("where " + where + "; each point a box, from the whole space (right) inwards",
                new Font("SansSerif", Font.PLAIN, 11)));
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    private static String html(Result r, Condition where, StudyCharts.Chart chart) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Scenario discovery</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:right}svg{width:100%;height:auto}</style>\n</head>\n<body>\n")
                .append("<h2>Scenario discovery: where does it hold?</h2>\n<p>").append(StudyReport.esc(sentence(r, where))).append("</p>\n")
                .append("<p>Cases: each policy at each lever setting and sample of the study (summary.csv), PRIM peeling ")
                .append(Num.percent(Prim.ALPHA)).append(" at a time down to a box of ").append(Num.percent(Prim.MIN_MASS)).append(" of the cases.</p>\n")
                .append("<figure>").append(chart.svgElement()).append("</figure>\n<table>\n<tr><th>step</th><th>coverage</th><th>density</th><th>mass</th>");
        for (String k : r.cases().keys()) h.append("<th>").append(StudyReport.esc(k)).append("</th>");
        h.append("</tr>\n");
        for (Prim.Step s : r.steps()) {
            h.append("<tr><td>").append(s.step()).append(s.step() == r.chosen() ? " (described)" : "").append("</td><td>")
                    .append(Num.percent(s.coverage())).append("</td><td>").append(Num.percent(s.density())).append("</td><td>")
                    .append(Num.percent(s.mass())).append("</td>");
            for (int i = 0; i < r.cases().keys().size(); i++)
                h.append("<td>").append(Num.sig(s.low()[i], 4)).append(" to ").append(Num.sig(s.high()[i], 4)).append("</td>");
            h.append("</tr>\n");
        }
        return h.append("</table>\n</body>\n</html>\n").toString();
    }
}
