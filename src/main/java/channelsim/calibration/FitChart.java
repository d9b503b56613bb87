package channelsim.calibration;

import channelsim.output.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;

/** The yearly chart of a fit: observed against simulated (mean and 95% interval), one panel per measure. */
public final class FitChart {
    private static final List<String[]> PANELS = List.of(
            new String[] {"arrivals", "People arriving"},
            new String[] {"boats_arrived", "Boats arriving"},
            new String[] {"people_per_boat", "People per boat"},
            new String[] {"prevention_rate", "Share of attempts stopped"},
            new String[] {"deaths", "Deaths"});

    private FitChart() {}

    public static JFreeChart chart(Evaluation e) {
        NumberAxis years = new NumberAxis("Year");
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        years.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(8);
        for (String[] panel : PANELS) {
            YIntervalSeries obs = new YIntervalSeries("observed"), sim = new YIntervalSeries("simulated (95% interval)");
            boolean any = false;
            for (Evaluation.Row r : e.rows()) {
                Target t = r.target();
                if (!t.measure().equals(panel[0]) || !t.period().isYear()) continue;
                double x = t.period().year();
                if (t.isRange()) {
                    double lo = Double.isNaN(t.low()) ? t.high() : t.low(), hi = Double.isNaN(t.high()) ? t.low() : t.high();
                    obs.add(x, (lo + hi) / 2, lo, hi);
                } else obs.add(x, t.observed(), t.observed(), t.observed());
                sim.add(x + 0.08, r.mean(), r.ciLow(), r.ciHigh()); // nudged right so the bars do not overlap
                any = true;
            }
            if (!any) continue;
            boolean first = plot.getSubplots().isEmpty();
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(obs);
            data.addSeries(sim);
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDefaultLinesVisible(true);
            renderer.setDrawXError(false);
            renderer.setSeriesPaint(0, new Color(0x33, 0x33, 0x33));
            renderer.setSeriesPaint(1, new Color(0xD6, 0x60, 0x1E));
            renderer.setSeriesStroke(1, new BasicStroke(2f));
            renderer.setErrorPaint(new Color(0xD6, 0x60, 0x1E));
            renderer.setDefaultSeriesVisibleInLegend(first); // one legend for all panels
            NumberAxis axis = new NumberAxis(panel[1]);
            axis.setAutoRangeIncludesZero(true);
            XYPlot p = new XYPlot(data, null, axis, renderer);
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            plot.add(p, 1);
        }
        JFreeChart chart = new JFreeChart("ChannelSim calibration: observed and simulated, 2018-2024", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    public static void write(Evaluation e, Path png, Path svg) throws IOException {
        JFreeChart c = chart(e);
        int w = 900, h = 1200;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(bytes, c, w, h);
        AtomicFiles.write(png, bytes.toByteArray());
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        c.draw(g, new Rectangle(0, 0, w, h));
        AtomicFiles.writeString(svg, g.getSVGDocument());
    }
}
