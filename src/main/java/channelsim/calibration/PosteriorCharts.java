package channelsim.calibration;

import channelsim.experiment.StudyCharts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Charts of a posterior: predictive bands against the record, and marginal posteriors against priors. */
public final class PosteriorCharts {
    static final Color BAND90 = new Color(70, 130, 180, 60), BAND50 = new Color(70, 130, 180, 120),
            MEDIAN = new Color(30, 80, 140), OBSERVED = new Color(200, 40, 30);

    private PosteriorCharts() {}

    static double millis(LocalDate d) { return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(); }

    /** One panel per series picked by the filter, bands over time (by the middle day of each period). */
    public static void bands(List<Predictive.Band> bands, Predicate<RecordTarget> which, String title, Path png, boolean log) throws IOException {
        Map<String, List<Predictive.Band>> bySeries = new LinkedHashMap<>();
        for (Predictive.Band b : bands)
            if (which.test(b.target())) bySeries.computeIfAbsent(b.target().series(), k -> new java.util.ArrayList<>()).add(b);
        if (bySeries.isEmpty()) return;
        DateAxis time = new DateAxis("Date");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(6);
        for (var e : bySeries.entrySet()) {
            YIntervalSeries s90 = new YIntervalSeries("90% predictive band"), s50 = new YIntervalSeries("50% predictive band");
            XYSeries obs = new XYSeries("observed");
            for (Predictive.Band b : e.getValue()) {
                RecordTarget t = b.target();
                double x = millis(t.period().first().plusDays((t.period().last().toEpochDay() - t.period().first().toEpochDay()) / 2));
                double lo = log ? 1 : 0;
                s90.add(x, Math.max(lo, b.q50()), Math.max(lo, b.q05()), Math.max(lo, b.q95()));
                s50.add(x, Math.max(lo, b.q50()), Math.max(lo, b.q25()), Math.max(lo, b.q75()));
                obs.add(x, Math.max(lo, t.centre()));
            }
            YIntervalSeriesCollection bandsData = new YIntervalSeriesCollection();
            bandsData.addSeries(s90);
            bandsData.addSeries(s50);
            DeviationRenderer dr = StudyCharts.nestedBands(BAND90, BAND50, MEDIAN, 1.2f);
            NumberAxis y = log ? new LogarithmicAxis(e.getKey()) : new NumberAxis(e.getKey());
            if (log) ((LogarithmicAxis) y).setAllowNegativesFlag(false);
            XYPlot sub = new XYPlot(bandsData, null, y, dr);
            XYLineAndShapeRenderer or = new XYLineAndShapeRenderer(false, true);
            or.setSeriesPaint(0, OBSERVED);
            or.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            sub.setDataset(1, new XYSeriesCollection(obs));
            sub.setRenderer(1, or);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.add(sub, 1);
        }
        // every panel draws the same three things: the legend says them once, not once per panel
        plot.setFixedLegendItems(plot.getSubplots().get(0).getLegendItems());
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        save(chart, png, 1100, Math.max(420, 230 * bySeries.size()));
    }

    /** Histograms of each free parameter's posterior (weighted) against its prior. */
    public static void marginals(ParameterSpace space, PosteriorFile post, Path png, long seed) throws IOException {
        List<ParameterSpace.Dim> dims = space.dims().stream().filter(d -> d.year() == 0).toList();
        if (dims.isEmpty()) return;
        int cols = 3, rows = (dims.size() + cols - 1) / cols, w = 360, h = 230;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(cols * w, rows * h + 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.drawString("Marginal posteriors (blue, weighted) against priors (grey), binned on the calibration's transformed scale (logit of the place in a uniform range, log of a lognormal); the axis gives the range in the parameter's units", 10, 18);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[][] prior = new double[space.size()][3000];
        for (int i = 0; i < 3000; i++) {
            double[] z = space.sample(rng);
            for (int k = 0; k < z.length; k++) prior[k][i] = z[k];
        }
        for (int n = 0; n < dims.size(); n++) {
            ParameterSpace.Dim d = dims.get(n);
            int k = space.dims().indexOf(d);
            // on z's scale (logit or log), where both distributions are easy to read; axis labels in parameter units
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double z : prior[k]) { lo = Math.min(lo, z); hi = Math.max(hi, z); }
            int bins = 20;
            double[] hp = new double[bins], hq = new double[bins];
            for (double z : prior[k]) hp[bin(z, lo, hi, bins)] += 1.0 / prior[k].length;
            for (int i = 0; i < post.values().size(); i++)
                hq[bin(d.prior().toZ(Math.max(d.spec().min(), post.values().get(i)[k])), lo, hi, bins)] += post.weights()[i];
            XYSeriesCollection data = new XYSeriesCollection();
            XYSeries sp = new XYSeries("prior"), sq = new XYSeries("posterior");
            for (int b = 0; b < bins; b++) {
                double x = d.prior().fromZ(lo + (b + 0.5) * (hi - lo) / bins);
                sp.add(b, hp[b]);
                sq.add(b, hq[b]);
            }
            data.addSeries(sp);
            data.addSeries(sq);
            XYBarRenderer r = new XYBarRenderer(0.1);
            r.setShadowVisible(false);
            r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            r.setSeriesPaint(0, new Color(150, 150, 150, 140));
            r.setSeriesPaint(1, new Color(50, 100, 180, 170));
            NumberAxis xa = new NumberAxis(String.format(java.util.Locale.ROOT, "%s: %.3g to %.3g", d.key().replaceFirst("^.*?\\.", ""),
                    d.prior().fromZ(lo), d.prior().fromZ(hi)));
            xa.setTickLabelsVisible(false);
            XYPlot p = new XYPlot(data, xa, new NumberAxis("share"), r);
            p.setBackgroundPaint(Color.WHITE);
            JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, p, n == 0);
            c.setBackgroundPaint(Color.WHITE);
            c.draw(g, new java.awt.Rectangle((n % cols) * w, 30 + (n / cols) * h, w, h));
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(img, "png", png.toFile());
    }

    private static int bin(double z, double lo, double hi, int bins) {
        return Math.max(0, Math.min(bins - 1, (int) ((z - lo) / (hi - lo) * bins)));
    }

    static void save(JFreeChart chart, Path png, int w, int h) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(new File(png.toString()), chart, w, h);
    }
}
