package channelsim.experiment;

import channelsim.output.AtomicFiles;
import channelsim.output.Num;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.MinMaxCategoryRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import javax.imageio.ImageIO;
import javax.swing.Icon;
import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.Locale;
import java.util.Map;

/**
 * Study charts with JFreeChart, each saved as PNG and SVG: a fan chart of weekly arrivals per policy
 * (median, 50% and 90% bands across replicates), deterrence with 95% error bars, deaths and public cost.
 */
public final class StudyCharts {
    static {
        // before any java.awt class initialises (Color's static block reads the headless flag once)
        preferHeadless();
    }

    static final int W = 720, H = 400;
    private static final Color BAND90 = new Color(66, 133, 244, 60);
    private static final Color BAND50 = new Color(66, 133, 244, 120);
    private static final Color LINE = new Color(25, 80, 170);
    private static final Color BAR = new Color(90, 140, 200);

    private StudyCharts() {}

    /** A rendered chart: file stem, caption, and the SVG element for inlining in the report. */
    public record Chart(String stem, String caption, String svgElement) {}

    /**
     * Writes every chart into {@code dir}; returns them in report order. Returns an empty list (charts
     * skipped) if this JVM cannot draw, e.g. a GUI-mode JVM without a display. Charts are independent, so
     * up to {@code threads} are drawn at once (the files are the same whatever the number).
     */
    public static List<Chart> write(StudyResults res, Path dir, int threads) throws IOException {
        StudyInfo info = res.info();
        List<Callable<Chart>> jobs = new ArrayList<>();
        jobs.add(() -> save(dir, "deterrence", "Deterrence (1 - arrivals / baseline arrivals), mean and paired 95% CI, ranked",
                deterrence(res)));
        jobs.add(() -> save(dir, "deaths", "Deaths over the horizon per policy, mean and 95% CI",
                perPolicy(res, "deaths", "Deaths", "deaths", false)));
        jobs.add(() -> save(dir, "public-cost", "UK public cost over the horizon per policy (GBP million), mean and 95% CI",
                perPolicy(res, "public_cost", "Public cost", "GBP million", true)));
        double top = 0;
        for (StudyResults.Band b : res.bands()) if (Double.isFinite(b.q()[4])) top = Math.max(top, b.q()[4]);
        final double fanTop = top;
        for (String name : info.groups())
            jobs.add(() -> save(dir, fanStem(name),
                    "Weekly arrivals under " + name + ": median, 50% and 90% of replicates", fan(res, name, fanTop)));
        for (String name : info.groups())
            if (!info.groupInfo(name).name().equals(info.baseline()))
                jobs.add(() -> save(dir, monthlyStem(name), "Monthly deterrence of " + name + ": mean and paired 95% CI, by calendar month",
                        monthlyFan(res, name)));
        try (ReplicatePool pool = new ReplicatePool(Math.min(threads, jobs.size()), "charts")) {
            return pool.runAll(jobs, null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            // a display-less JVM started in GUI mode cannot create fonts; the tables still stand
            if (c instanceof AWTError || c instanceof InternalError || c instanceof LinkageError) return List.of();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IOException("drawing the charts failed: " + c, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the charts", e);
        }
    }

    /**
     * Charts draw off screen; a JVM without a display must be headless to create graphics at all. This only
     * takes effect if AWT has not started yet, and never overrides an explicit choice when a display exists.
     */
    private static void preferHeadless() {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac"))
            System.setProperty("java.awt.headless", "true");
    }

    static Chart save(Path dir, String stem, String caption, JFreeChart chart) throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(W, H));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        AtomicFiles.write(dir.resolve(stem + ".png"), png.toByteArray());

        SVGGraphics2D svg = new SVGGraphics2D(W, H);
        // the default prefix contains a clock reading; a fixed one keeps the files byte-identical
        svg.setDefsKeyPrefix("cs-" + stem.replaceAll("[^A-Za-z0-9-]", "_") + "-");
        chart.draw(svg, new Rectangle(W, H));
        // a viewBox, so the drawing scales to the box it is shown in instead of being clipped to its corner
        ViewBox box = new ViewBox(0, 0, W, H);
        AtomicFiles.writeString(dir.resolve(stem + ".svg"), "<?xml version=\"1.0\"?>\n" + svg.getSVGElement(null, true, box, null, null) + "\n");
        return new Chart(stem, caption, svg.getSVGElement(null, false, box, null, null));
    }

    private static JFreeChart deterrence(StudyResults res) {
        Bars bars = new Bars();
        for (StudyResults.Ranked r : res.ranking()) bars.add(r.policy(), r.deterrence(), 1);
        JFreeChart c = categoryChart("Deterrence vs " + res.info().baseline(), "deterrence", bars);
        NumberAxis y = (NumberAxis) ((CategoryPlot) c.getPlot()).getRangeAxis();
        y.setNumberFormatOverride(percent());
        return c;
    }

    private static JFreeChart perPolicy(StudyResults res, String metric, String title, String unit, boolean millions) {
        Bars bars = new Bars();
        for (String g : res.info().groups()) bars.add(g, res.get(g, metric), millions ? 1e-6 : 1);
        return categoryChart(title, unit, bars);
    }

    /**
     * A bar per policy at its mean, and its 95% interval drawn from the interval's own ends: over a posterior
     * the total interval is not symmetric about the mean, so a mean +/- half-width error bar would misplace it.
     */
    static final class Bars {
        final DefaultCategoryDataset means = new DefaultCategoryDataset();
        final DefaultCategoryDataset ends = new DefaultCategoryDataset();

        void add(String policy, Stats.Estimate e, double k) {
            means.addValue(nanToZero(e.mean()) * k, "mean", policy);
            // an interval that cannot be computed (one replicate) is drawn as a point at the mean
            double lo = Double.isFinite(e.low()) ? e.low() : e.mean(), hi = Double.isFinite(e.high()) ? e.high() : e.mean();
            ends.addValue(nanToZero(lo) * k, "95% low", policy);
            ends.addValue(nanToZero(hi) * k, "95% high", policy);
        }
    }

    private static JFreeChart categoryChart(String title, String yLabel, Bars bars) {
        CategoryAxis x = new CategoryAxis("");
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(yLabel);
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, BAR);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setBarPainter(new StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(bars.means, x, y, r);
        // the interval: a vertical line between the two ends with a tick at each (JFreeChart's min-max renderer
        // joins the lowest and highest value of a category)
        MinMaxCategoryRenderer ci = new MinMaxCategoryRenderer();
        Icon tick = tick(14), none = tick(0);
        ci.setObjectIcon(tick);
        ci.setMinIcon(none);
        ci.setMaxIcon(none);
        ci.setGroupPaint(Color.BLACK);
        ci.setGroupStroke(new BasicStroke(1.5f));
        ci.setDrawLines(false);
        plot.setDataset(1, bars.ends);
        plot.setRenderer(1, ci);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setTitle(new TextTitle(title, new Font("SansSerif", Font.BOLD, 14)));
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** A horizontal black tick {@code width} pixels wide, centred on the point it marks. */
    private static Icon tick(int width) {
        return new Icon() {
            @Override public void paintIcon(java.awt.Component c, java.awt.Graphics g, int px, int py) {
                if (width == 0) return;
                Graphics2D g2 = (Graphics2D) g;
                g2.setPaint(Color.BLACK);
                g2.setStroke(new BasicStroke(1.5f));
                g2.drawLine(px - width / 2, py, px + width / 2, py); // the renderer passes the point itself, not a corner
            }
            @Override public int getIconWidth() { return width; }
            @Override public int getIconHeight() { return 1; }
        };
    }

    private static JFreeChart fan(StudyResults res, String policy, double top) {
        YIntervalSeries b90 = new YIntervalSeries("90% of replicates"), b50 = new YIntervalSeries("50% of replicates");
        for (StudyResults.Band b : res.bands()) {
            if (!b.policy().equals(policy)) continue;
            double[] q = b.q();
            double t = millis(LocalDate.parse(res.info().start()).plusDays(7L * (b.week() - 1)));
            b90.add(t, nanToZero(q[2]), nanToZero(q[0]), nanToZero(q[4]));
            b50.add(t, nanToZero(q[2]), nanToZero(q[1]), nanToZero(q[3]));
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(b90);
        ds.addSeries(b50);
        DeviationRenderer r = nestedBands(BAND90, BAND50, LINE, 2f);
        DateAxis x = dateAxis("week starting");
        NumberAxis y = new NumberAxis("arrivals per week");
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        if (top > 0) y.setRange(0, top * 1.05);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        markStart(plot, res.info().groupInfo(policy).start());
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setTitle(new TextTitle("Weekly arrivals: " + policy, new Font("SansSerif", Font.BOLD, 14)));
        c.addSubtitle(new TextTitle("median (line), middle 50% (dark) and 90% (light) of replicates",
                new Font("SansSerif", Font.PLAIN, 11)));
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** The response curve of a goal search: the goal metric with its 95% band at each value tried, the goal and the answer marked. */
    static Chart response(GoalSeek.Answer a, Path dir) throws IOException {
        YIntervalSeries ci = new YIntervalSeries("95% CI");
        for (GoalSeek.Point p : a.curve()) {
            Stats.Estimate e = p.estimate();
            if (!Double.isFinite(e.mean())) continue;
            ci.add(p.value(), e.mean(), Double.isFinite(e.low()) ? e.low() : e.mean(), Double.isFinite(e.high()) ? e.high() : e.mean());
        }
        NumberAxis x = new NumberAxis(a.lever());
        x.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        XYPlot plot = bandPlot(ci, x, a.metric());
        ValueMarker goal = new ValueMarker(a.goal(), new Color(200, 60, 40), new BasicStroke(1.5f));
        goal.setLabel("goal " + Num.percent(a.goal()));
        goal.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        goal.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        goal.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(goal);
        if (a.reached()) {
            ValueMarker v = new ValueMarker(a.value(), new Color(200, 60, 40), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            v.setLabel(Num.sig(a.value(), 6));
            v.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
            v.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            v.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(v);
        }
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setTitle(new TextTitle("Response of " + a.policy() + " to " + a.lever(), new Font("SansSerif", Font.BOLD, 14)));
        c.addSubtitle(new TextTitle(a.metric() + " against the baseline at each value tried: mean (line) and " + (a.draws() > 0
                ? "total 95% interval over " + a.draws() + " posterior draws and the replicates (band)" : "paired 95% CI (band)"),
                new Font("SansSerif", Font.PLAIN, 11)));
        c.setBackgroundPaint(Color.WHITE);
        return save(dir, "response", "Response curve of the goal search", c);
    }

    /** Monthly paired deterrence of a group: mean line and 95% band, the policy's start marked, zero drawn. */
    private static JFreeChart monthlyFan(StudyResults res, String group) {
        YIntervalSeries ci = new YIntervalSeries("95% CI");
        for (StudyResults.Monthly m : res.monthly()) {
            if (!m.group().equals(group) || !m.metric().equals("deterrence")) continue;
            Stats.Estimate e = m.estimate();
            if (!Double.isFinite(e.mean())) continue;
            double lo = Double.isFinite(e.low()) ? e.low() : e.mean(), hi = Double.isFinite(e.high()) ? e.high() : e.mean();
            ci.add(millis(LocalDate.parse(m.month() + "-15")), e.mean(), lo, hi);
        }
        XYPlot plot = bandPlot(ci, dateAxis("month"), "deterrence (share of baseline arrivals averted)");
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        markStart(plot, res.info().groupInfo(group).start());
        JFreeChart c = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setTitle(new TextTitle("Monthly deterrence: " + group, new Font("SansSerif", Font.BOLD, 14)));
        c.addSubtitle(new TextTitle("1 - arrivals / baseline arrivals in each month, mean (line) and paired 95% CI (band)",
                new Font("SansSerif", Font.PLAIN, 11)));
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /**
     * The renderer of two nested bands around a median line, as the fan charts here and the calibration's
     * predictive and back-test charts draw them: series 0 is the wider band (filled {@code wide}), series 1 the
     * narrower ({@code narrow}); the fills carry their own alpha.
     */
    public static DeviationRenderer nestedBands(Color wide, Color narrow, Color line, float lineWidth) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesFillPaint(0, wide);
        r.setSeriesFillPaint(1, narrow);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, line);
            r.setSeriesStroke(i, new BasicStroke(lineWidth));
        }
        r.setAlpha(1f); // alpha is in the fill colours
        return r;
    }

    /** A mean line with its 95% band (points marked) over {@code x}, the y axis in percent. */
    private static XYPlot bandPlot(YIntervalSeries ci, org.jfree.chart.axis.ValueAxis x, String yLabel) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(ci);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesFillPaint(0, BAND50);
        r.setSeriesPaint(0, LINE);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setAlpha(1f);
        NumberAxis y = new NumberAxis(yLabel);
        y.setNumberFormatOverride(percent());
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** A dated axis in UTC with English month names, so charts do not depend on the machine's zone or language. */
    private static DateAxis dateAxis(String label) {
        DateAxis x = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT);
        SimpleDateFormat f = new SimpleDateFormat("d MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(f);
        return x;
    }

    /** A dashed line at the day a policy departs from the baseline, labelled with the date. */
    private static void markStart(XYPlot plot, String start) {
        if (start == null) return;
        LocalDate d = LocalDate.parse(start);
        ValueMarker m = new ValueMarker(millis(d), new Color(200, 60, 40), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        m.setLabel("starts " + d);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelPaint(new Color(200, 60, 40));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
    }

    private static double millis(LocalDate d) { return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(); }

    /** Percent with up to one decimal: effects of a few percent get ticks at half a percent, each label distinct. */
    private static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(Locale.ROOT);
        f.setMaximumFractionDigits(1);
        return f;
    }

    private static double nanToZero(double v) { return Double.isFinite(v) ? v : 0; }

    /** For tests and the report: the chart stems a study writes, in order. */
    public static List<String> stems(StudyInfo info) {
        List<String> l = new ArrayList<>(List.of("deterrence", "deaths", "public-cost"));
        for (String g : info.groups()) l.add(fanStem(g));
        for (String g : info.groups()) if (!info.groupInfo(g).name().equals(info.baseline())) l.add(monthlyStem(g));
        return l;
    }

    /** The file stem of a group's monthly deterrence chart. */
    public static String monthlyStem(String group) { return "monthly-deterrence-" + group.replaceAll("[^A-Za-z0-9._-]", "-"); }

    /** The file stem of a group's fan chart: its label with anything but letters, digits, '.', '_' and '-' as '-'. */
    public static String fanStem(String group) { return "weekly-arrivals-" + group.replaceAll("[^A-Za-z0-9._-]", "-"); }

    static Map<String, String> byStem(List<Chart> charts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Chart c : charts) m.put(c.stem(), c.svgElement());
        return m;
    }
}
