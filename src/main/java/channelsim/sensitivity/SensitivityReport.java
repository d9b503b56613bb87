package channelsim.sensitivity;

import channelsim.calibration.FreeParameter;
import channelsim.output.AtomicFiles;
import channelsim.output.Numbers;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Morris screening: morris.csv (every output, parameter, mu, mu*, sigma, rank), morris.md (the
 * same ranked by mu*), and a tornado chart per output (PNG and SVG): one bar per parameter, longest on
 * top, showing the signed mean effect mu beside sigma.
 */
public final class SensitivityReport {

    private SensitivityReport() {}

    static List<Morris.Effect> ranked(Sensitivity.Screen s) {
        List<Morris.Effect> e = new ArrayList<>(s.effects());
        e.sort(Comparator.comparingDouble((Morris.Effect x) -> -x.muStar()).thenComparingInt(Morris.Effect::input));
        return e;
    }

    public static String csv(Sensitivity.Result r) {
        StringBuilder sb = new StringBuilder("output,parameter,min,max,mu,mu_star,sigma,effects,rank\n");
        for (Sensitivity.Screen s : r.screens()) {
            int rank = 1;
            for (Morris.Effect e : ranked(s)) {
                FreeParameter p = r.parameters().get(e.input());
                sb.append(String.join(",", s.output(), p.key(), Numbers.format(p.min()), Numbers.format(p.max()),
                        Numbers.format(e.mu()), Numbers.format(e.muStar()), Numbers.format(e.sigma()),
                        Integer.toString(e.n()), Integer.toString(rank++))).append('\n');
            }
        }
        return sb.toString();
    }

    public static String markdown(SensitivityFile f, Sensitivity.Result r, String command, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Sensitivity: ").append(f.name()).append("\n\n");
        sb.append("Produced by `").append(command).append("` in ").append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s: ");
        sb.append(String.format(Locale.ROOT, "Morris screening, %d trajectories on a %d-level grid over %d parameters, %d replicate(s) per point (seeds %s, the same at every point and for every policy), scale %s; %d runs.%n%n",
                f.trajectories(), f.levels(), r.parameters().size(), f.replicates(), java.util.Arrays.toString(r.seeds()),
                Numbers.format(f.scale()), r.runs()));
        sb.append(f.deterrence()
                ? "Output: deterrence of each policy, 1 - arrivals(policy) / arrivals(baseline), on the baseline `" + f.baseline().name() + "`. "
                : "Output: `" + f.output() + "` of `" + f.baseline().name() + "`. ");
        sb.append("mu* is the mean absolute change of the output when the parameter moves across its whole range (importance); ");
        sb.append("mu its signed mean (direction); sigma the spread of the effects (interactions, non-linearity). ");
        sb.append("With few trajectories and replicates, ranks of parameters with close mu* are not reliable; read the top of each list.\n\n");
        for (Sensitivity.Screen s : r.screens()) {
            sb.append("## ").append(s.output()).append("\n\n![tornado](tornado-").append(slug(s.output())).append(".png)\n\n");
            sb.append("| rank | parameter | range | mu* | mu | sigma |\n|---:|---|---|---:|---:|---:|\n");
            int rank = 1;
            for (Morris.Effect e : ranked(s)) {
                FreeParameter p = r.parameters().get(e.input());
                sb.append(String.format(Locale.ROOT, "| %d | `%s` | %s-%s | %.4f | %+.4f | %.4f |%n", rank++, p.key(),
                        Numbers.format(p.min()), Numbers.format(p.max()), e.muStar(), e.mu(), e.sigma()));
            }
            sb.append('\n');
        }
        sb.append("## Parameters and why they are uncertain\n\n");
        for (FreeParameter p : r.parameters())
            sb.append("- `").append(p.key()).append("` ").append(Numbers.format(p.min())).append("-").append(Numbers.format(p.max()))
                    .append(": ").append(p.why()).append('\n');
        return sb.toString();
    }

    static String slug(String s) { return s.replaceAll("[^A-Za-z0-9._-]+", "-"); }

    public static JFreeChart tornado(Sensitivity.Result r, Sensitivity.Screen s, String outputLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Morris.Effect e : ranked(s)) {
            String key = r.parameters().get(e.input()).key();
            data.addValue(e.mu(), "mu (signed mean effect)", key);
            data.addValue(e.sigma(), "sigma (interactions)", key);
        }
        CategoryAxis cats = new CategoryAxis();
        cats.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis("Change of " + outputLabel + " across the parameter's range");
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F, 0x5A, 0x96));
        renderer.setSeriesPaint(1, new Color(0xBB, 0xBB, 0xBB));
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, cats, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeZeroBaselineVisible(true);
        JFreeChart c = new JFreeChart("Morris screening: " + outputLabel + " (ranked by mu*)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    public static void writeAll(Path dir, SensitivityFile f, Sensitivity.Result r, String command, double seconds) throws IOException {
        AtomicFiles.writeString(dir.resolve("morris.csv"), csv(r));
        AtomicFiles.writeString(dir.resolve("morris.md"), markdown(f, r, command, seconds));
        for (Sensitivity.Screen s : r.screens()) {
            String label = f.deterrence() ? "deterrence of " + s.output() : s.output();
            writeChart(dir, "tornado-" + slug(s.output()), tornado(r, s, label), r.parameters().size());
        }
    }

    /** A chart as PNG and SVG (with a viewBox, so it scales), one bar row per parameter. */
    private static void writeChart(Path dir, String stem, JFreeChart c, int parameters) throws IOException {
        int w = 900, h = 120 + 40 * parameters;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(bytes, c, w, h);
        AtomicFiles.write(dir.resolve(stem + ".png"), bytes.toByteArray());
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        c.draw(g, new Rectangle(0, 0, w, h));
        AtomicFiles.writeString(dir.resolve(stem + ".svg"), g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, w, h), null, null));
    }

    public static final String SOBOL_HEADER = "parameter,metric,S1,S1_low,S1_high,ST,ST_low,ST_high,policy";

    /** sobol.csv: one row per parameter and output; metric is deterrence (with the policy) or the baseline's measure. */
    public static String sobolCsv(SensitivityFile f, Sensitivity.SobolResult r) {
        StringBuilder sb = new StringBuilder(SOBOL_HEADER).append('\n');
        for (Sensitivity.SobolScreen s : r.screens())
            for (Sobol.Index i : s.indices()) {
                sb.append(r.parameters().get(i.input()).key()).append(',').append(f.deterrence() ? "deterrence" : s.output());
                for (double v : new double[]{i.s1(), i.s1Low(), i.s1High(), i.st(), i.stLow(), i.stHigh()})
                    sb.append(',').append(channelsim.output.Numbers.format(v));
                sb.append(',').append(f.deterrence() ? s.output() : "baseline").append('\n');
            }
        return sb.toString();
    }

    /** Bars of S1 and ST per parameter with their bootstrap intervals, largest total effect first. */
    static JFreeChart sobolChart(Sensitivity.SobolResult r, Sensitivity.SobolScreen s, String outputLabel) {
        org.jfree.data.statistics.DefaultStatisticalCategoryDataset data = new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
        List<Sobol.Index> idx = new java.util.ArrayList<>(s.indices());
        idx.sort(java.util.Comparator.comparingDouble((Sobol.Index i) -> -i.st()));
        for (Sobol.Index i : idx) {
            String key = r.parameters().get(i.input()).key();
            // the renderer draws mean +/- a deviation: the larger side of the asymmetric bootstrap interval
            data.add(i.s1(), Math.max(i.s1High() - i.s1(), i.s1() - i.s1Low()), "S1 (alone)", key);
            data.add(i.st(), Math.max(i.stHigh() - i.st(), i.st() - i.stLow()), "ST (with interactions)", key);
        }
        CategoryAxis cats = new CategoryAxis();
        cats.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis("Share of the variance of " + outputLabel);
        org.jfree.chart.renderer.category.StatisticalBarRenderer renderer = new org.jfree.chart.renderer.category.StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F, 0x5A, 0x96));
        renderer.setSeriesPaint(1, new Color(0xBB, 0xBB, 0xBB));
        renderer.setErrorIndicatorPaint(Color.BLACK);
        CategoryPlot plot = new CategoryPlot(data, cats, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        JFreeChart c = new JFreeChart("Sobol indices: " + outputLabel + " (95% bootstrap intervals)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    public static void writeSobol(Path dir, SensitivityFile f, Sensitivity.SobolResult r) throws IOException {
        AtomicFiles.writeString(dir.resolve("sobol.csv"), sobolCsv(f, r));
        for (Sensitivity.SobolScreen s : r.screens()) {
            writeChart(dir, "sobol-" + slug(s.output()), sobolChart(r, s, f.deterrence() ? "deterrence of " + s.output() : s.output()),
                    r.parameters().size());
        }
    }
}
