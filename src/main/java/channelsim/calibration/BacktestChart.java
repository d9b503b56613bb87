package channelsim.calibration;

import channelsim.experiment.StudyCharts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/** The back-test's monthly forecasts: 50% and 90% bands and median, the record, and the two naive forecasts. */
final class BacktestChart {
    private BacktestChart() {}

    static void write(Backtest.Outcome o, Path png) throws IOException {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DateAxis("Month"));
        for (String m : java.util.List.of("arrivals", "boats_arrived")) {
            YIntervalSeries s90 = new YIntervalSeries("model 90% band"), s50 = new YIntervalSeries("model 50% band");
            XYSeries obs = new XYSeries("observed"), per = new XYSeries("naive: same month of the last fitted year"),
                    tr = new XYSeries("naive: seasonal trend");
            for (Backtest.Row r : o.rows()) {
                if (!r.measure().equals(m) || !r.monthly()) continue;
                double x = PosteriorCharts.millis(YearMonth.parse(r.period()).atDay(15));
                s90.add(x, r.median(), r.pi90Low(), r.pi90High());
                s50.add(x, r.median(), r.pi50Low(), r.pi50High());
                obs.add(x, r.observed());
                per.add(x, r.persistence());
                tr.add(x, r.trend());
            }
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            bands.addSeries(s90);
            bands.addSeries(s50);
            DeviationRenderer dr = StudyCharts.nestedBands(PosteriorCharts.BAND90, PosteriorCharts.BAND50, PosteriorCharts.MEDIAN, 1f);
            XYPlot sub = new XYPlot(bands, null, new NumberAxis(m.equals("arrivals") ? "people arriving a month" : "boats arriving a month"), dr);
            XYSeriesCollection lines = new XYSeriesCollection();
            lines.addSeries(obs);
            lines.addSeries(per);
            lines.addSeries(tr);
            XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, true);
            lr.setSeriesPaint(0, new Color(200, 40, 30));
            lr.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
            lr.setSeriesPaint(1, new Color(110, 110, 110));
            lr.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
            lr.setSeriesShapesVisible(1, false);
            lr.setSeriesPaint(2, new Color(220, 140, 20));
            lr.setSeriesStroke(2, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {2, 3}, 0));
            lr.setSeriesShapesVisible(2, false);
            sub.setDataset(1, lines);
            sub.setRenderer(1, lr);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            plot.add(sub, 1);
        }
        // every panel draws the same five things: the legend says them once, not once per panel
        plot.setFixedLegendItems(plot.getSubplots().get(0).getLegendItems());
        JFreeChart c = new JFreeChart("Back-test: monthly forecasts made from the record up to the last fitted year", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        PosteriorCharts.save(c, png, 1100, 700);
    }
}
