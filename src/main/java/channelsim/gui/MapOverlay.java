package channelsim.gui;

import channelsim.model.LaunchBoard;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.function.Supplier;

/**
 * The header (scenario, date, day, weather, today's numbers) and the legend. Drawn last and pinned to the
 * visible part of the display ({@code info.clip}), so they stay put when the map is zoomed or scrolled.
 */
final class MapOverlay extends FieldPortrayal2D {
    private static final long serialVersionUID = 1;
    static final double HEADER_HEIGHT = 64;

    private final transient Supplier<DayStatus> status;

    MapOverlay(Supplier<DayStatus> status) { this.status = status; }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        DayStatus s = status.get();
        if (s == null) return;
        Rectangle2D.Double view = info.clip;
        header(g, s, view.x, view.y, view.width);
        legend(g, s, view.x + 8, view.y + view.height - 8);
    }

    private static void header(Graphics2D g, DayStatus s, double x, double y, double w) {
        g.setPaint(Palette.PANEL);
        g.fill(new Rectangle2D.Double(x, y, w, HEADER_HEIGHT));
        g.setPaint(Palette.PANEL_EDGE);
        g.draw(new java.awt.geom.Line2D.Double(x, y + HEADER_HEIGHT, x + w, y + HEADER_HEIGHT));
        g.setPaint(Palette.INK);
        g.setFont(fit(g, s.title(), Font.BOLD, 15, w - 20));
        g.drawString(s.title(), (float) (x + 10), (float) (y + 19));

        if (s.weather().isEmpty()) return;
        // weather chip: red on red days, else from grey-blue (rough) to green (calm)
        Color chip = s.redDay() ? Palette.RED_DAY : Palette.mix(new Color(120, 130, 150), new Color(40, 170, 80), s.quality());
        double cy = y + 31;
        g.setPaint(chip);
        g.fill(new RoundRectangle2D.Double(x + 10, cy, 10, 12, 4, 4));
        String weather = "Weather: " + s.weather();
        // one size for the two lines, small enough for the longer of them to fit
        Font plain = fit(g, weather + "    " + s.today(), Font.PLAIN, 12.5, w - 40);
        plain = fit(g, s.standing(), Font.PLAIN, plain.getSize2D(), w - 20);
        Font bold = plain.deriveFont(Font.BOLD);
        g.setFont(bold);
        g.setPaint(s.redDay() ? Palette.RED_DAY : Palette.INK);
        g.drawString(weather, (float) (x + 26), (float) (cy + 11));
        g.setFont(plain);
        g.setPaint(Palette.INK);
        g.drawString("   " + s.today(), (float) (x + 26 + Glyphs.width(g, weather, bold)), (float) (cy + 11));
        g.drawString(s.standing(), (float) (x + 10), (float) (y + 58));
    }

    /** The font of this style at the given size, or smaller so the text fits the width (narrow windows, long names). */
    private static Font fit(Graphics2D g, String text, int style, double size, double width) {
        Font f = Glyphs.font(style, size);
        double tw = Glyphs.width(g, text, f);
        return tw <= width ? f : Glyphs.font(style, Math.max(8, size * width / tw));
    }

    private static void legend(Graphics2D g, DayStatus s, double left, double bottom) {
        Font f = Glyphs.font(Font.PLAIN, 11.5), head = Glyphs.font(Font.BOLD, 11.5), small = Glyphs.font(Font.ITALIC, 10.5);
        String[] rows = {
                "#Places and people",
                "beach: the redder, the more boats left it in 14 days",
                "French police patrol (size: officers)",
                "camp in France (size and number: people waiting)",
                "smuggling gang (size: boats in stock)",
                "migrants followed: in France / landed in the UK",
                "#Today's boats (track from the beach)",
                "landed in the UK by Border Force (" + s.landed() + ")",
                "stopped on the beach by police (" + s.prevented() + ")",
                "stopped in shallow water (" + s.shallow() + ")",
                "turned back at sea, French rescue (" + s.rescued() + ")",
                "in distress (" + s.distress() + "); white cross: deaths",
                "Border Force cutter",
        };
        double row = 16, pad = 8, w = 300, h = rows.length * row + 2 * pad + 14;
        double top = bottom - h;
        g.setPaint(Palette.PANEL);
        g.fill(new RoundRectangle2D.Double(left, top, w, h, 10, 10));
        g.setPaint(Palette.PANEL_EDGE);
        g.draw(new RoundRectangle2D.Double(left, top, w, h, 10, 10));
        double gx = left + pad + 12, tx = left + pad + 30;
        for (int k = 0; k < rows.length; k++) {
            double cy = top + pad + k * row + row / 2;
            String text = rows[k];
            if (text.startsWith("#")) {
                g.setFont(head);
                g.setPaint(Palette.INK);
                g.drawString(text.substring(1), (float) (left + pad), (float) (cy + 4));
                continue;
            }
            switch (k) {
                case 1 -> {
                    Glyphs.drawBeach(g, gx - 7, cy, 0.75, Palette.beachShade(0));
                    Glyphs.drawBeach(g, gx + 5, cy, 0.75, Palette.beachShade(25));
                }
                case 2 -> Glyphs.drawPatrol(g, gx, cy, 1, 60);
                case 3 -> Glyphs.drawCamp(g, gx, cy, 6.5);
                case 4 -> Glyphs.drawGang(g, gx, cy, 1.2, 6);
                case 5 -> {
                    Glyphs.drawMigrant(g, gx - 5, cy, 1.6, false);
                    Glyphs.drawMigrant(g, gx + 5, cy, 1.6, true);
                }
                case 7 -> Glyphs.drawBoat(g, gx, cy, 1, LaunchBoard.LANDED, false);
                case 8 -> Glyphs.drawBoat(g, gx, cy, 1, LaunchBoard.PREVENTED, false);
                case 9 -> Glyphs.drawBoat(g, gx, cy, 1, LaunchBoard.SHALLOW_STOP, false);
                case 10 -> Glyphs.drawBoat(g, gx, cy, 1, LaunchBoard.RESCUED, false);
                case 11 -> Glyphs.drawBoat(g, gx, cy, 1, LaunchBoard.INCIDENT_UK, true);
                case 12 -> Glyphs.drawCutter(g, gx, cy, 0.8);
                default -> g.fill(new Ellipse2D.Double(gx - 2, cy - 2, 4, 4));
            }
            g.setFont(f);
            g.setPaint(Palette.INK);
            g.drawString(text, (float) tx, (float) (cy + 4));
        }
        g.setFont(small);
        g.setPaint(Palette.LAND_TEXT);
        g.drawString("Click a marker to inspect it. North is up.", (float) (left + pad), (float) (bottom - pad - 2));
    }
}
