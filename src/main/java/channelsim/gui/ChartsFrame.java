package channelsim.gui;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import javax.swing.JFrame;
import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Live charts, drawn with JFreeChart: people arriving per week, returns and legal intake per week, price
 * and people per boat, and deaths. Fed one {@link Point} a day; used only from Swing's thread.
 */
final class ChartsFrame {
    /** One day's values. Weekly numbers are sums over the last 7 days; NaN means nothing to plot. */
    record Point(LocalDate date, double arrivalsWeek, double returnsWeek, double legalWeek, double price,
                 double peoplePerBoatWeek, double deathsSinceStart) {}

    static final int WIDTH = 470, CHART_HEIGHT = 196;

    private final JFrame frame = new JFrame("ChannelSim: charts");
    private final TimeSeries arrivals = new TimeSeries("people arriving (last 7 days)");
    private final TimeSeries returns = new TimeSeries("returned to France (last 7 days)");
    private final TimeSeries legal = new TimeSeries("legal route intake (last 7 days)");
    private final TimeSeries price = new TimeSeries("price of a place (£)");
    private final TimeSeries perBoat = new TimeSeries("people per boat (last 7 days)");
    private final TimeSeries deaths = new TimeSeries("deaths since the start (cumulative)");
    private final List<XYPlot> plots = new ArrayList<>();
    private final List<TimeSeries> all = List.of(arrivals, returns, legal, price, perBoat, deaths);

    ChartsFrame() {
        JPanel panel = new JPanel(new GridLayout(4, 1));
        panel.add(chart("People arriving in the UK per week", "people", Palette.LANDED, arrivals));
        panel.add(chart("Returns to France and legal intake per week", "people", Palette.RESCUED, returns, legal));
        ChartPanel money = chart("Price of a place and people per boat", "£ per place", new Color(120, 90, 20), price);
        XYPlot p = money.getChart().getXYPlot();
        p.setDataset(1, new TimeSeriesCollection(perBoat));
        NumberAxis boats = new NumberAxis("people per boat");
        boats.setAutoRangeIncludesZero(true);
        boats.setAutoRangeMinimumSize(10);
        boats.setRangeType(org.jfree.data.RangeType.POSITIVE);
        styleAxis(boats);
        p.setRangeAxis(1, boats);
        p.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Palette.POLICE);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        p.setRenderer(1, r);
        panel.add(money);
        panel.add(chart("Deaths at sea (cumulative from the scenario's start)", "people", Palette.DISTRESS, deaths));
        panel.setPreferredSize(new Dimension(WIDTH, 4 * CHART_HEIGHT));
        frame.setContentPane(panel);
        frame.pack();
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    }

    JFrame frame() { return frame; }

    private ChartPanel chart(String title, String axis, Color first, TimeSeries... series) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (TimeSeries s : series) data.addSeries(s);
        JFreeChart c = ChartFactory.createTimeSeriesChart(title, null, axis, data, true, true, false);
        c.getTitle().setFont(Glyphs.font(Font.BOLD, 12.5));
        c.setBackgroundPaint(Color.WHITE);
        c.getLegend().setItemFont(Glyphs.font(Font.PLAIN, 10.5));
        XYPlot p = c.getXYPlot();
        p.setBackgroundPaint(new Color(248, 249, 251));
        p.setDomainGridlinePaint(new Color(215, 215, 220));
        p.setRangeGridlinePaint(new Color(215, 215, 220));
        styleAxis(p.getDomainAxis());
        styleAxis(p.getRangeAxis());
        NumberAxis range = (NumberAxis) p.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(10); // an all-zero series gets 0-10, not a tick scale of 1e-9
        range.setRangeType(org.jfree.data.RangeType.POSITIVE); // counts and prices: nothing below zero
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
        Color[] colours = {first, Palette.LANDED.darker()};
        for (int k = 0; k < series.length; k++) {
            r.setSeriesPaint(k, colours[k % colours.length]);
            r.setSeriesStroke(k, new BasicStroke(1.8f));
        }
        plots.add(p);
        ChartPanel panel = new ChartPanel(c);
        panel.setPreferredSize(new Dimension(WIDTH, CHART_HEIGHT));
        panel.setMouseWheelEnabled(true);
        return panel;
    }

    private static void styleAxis(org.jfree.chart.axis.Axis a) {
        a.setLabelFont(Glyphs.font(Font.PLAIN, 11));
        a.setTickLabelFont(Glyphs.font(Font.PLAIN, 10));
    }

    private static long millis(LocalDate d) { return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(); }

    private static Day day(LocalDate d) { return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()); }

    /** Empties the charts for a new run and marks its warm-up and, if any, when the returns scheme starts. */
    void reset(LocalDate first, LocalDate start, LocalDate schemeStart) {
        for (TimeSeries s : all) s.clear();
        for (XYPlot p : plots) {
            p.clearDomainMarkers();
            if (first.isBefore(start)) {
                IntervalMarker warm = new IntervalMarker(millis(first), millis(start));
                warm.setPaint(new Color(225, 225, 230));
                warm.setLabel("warm-up");
                warm.setLabelFont(Glyphs.font(Font.ITALIC, 10));
                warm.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                warm.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                p.addDomainMarker(warm, Layer.BACKGROUND);
            }
            if (schemeStart != null) {
                ValueMarker m = new ValueMarker(millis(schemeStart), Palette.RESCUED, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
                m.setLabel("returns start");
                m.setLabelFont(Glyphs.font(Font.ITALIC, 10));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                p.addDomainMarker(m);
            }
        }
    }

    void add(Point pt) {
        Day d = day(pt.date());
        put(arrivals, d, pt.arrivalsWeek());
        put(returns, d, pt.returnsWeek());
        put(legal, d, pt.legalWeek());
        put(price, d, pt.price());
        put(perBoat, d, pt.peoplePerBoatWeek());
        put(deaths, d, pt.deathsSinceStart());
    }

    private static void put(TimeSeries s, Day d, double v) {
        if (!Double.isNaN(v)) s.addOrUpdate(d, v);
    }
}
