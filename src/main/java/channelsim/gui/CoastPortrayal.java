package channelsim.gui;

import channelsim.model.Geography;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The fixed background of the map: France and Kent as filled shapes over the sea (the display's
 * backdrop), a few towns, the sea areas and a scale bar. It has no field; it only draws.
 */
final class CoastPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1;

    /** Pixel position of (lat, lon) in a display whose field is drawn into {@code info.draw}. */
    static double px(DrawInfo2D info, double lon) { return info.draw.x + Geography.toX(lon) * info.draw.width / Geography.WIDTH; }

    static double py(DrawInfo2D info, double lat) { return info.draw.y + Geography.toY(lat) * info.draw.height / Geography.HEIGHT; }

    private static Path2D.Double outline(DrawInfo2D info, List<double[]> coast) {
        Path2D.Double p = new Path2D.Double();
        boolean first = true;
        for (double[] ll : coast) {
            double x = px(info, ll[1]), y = py(info, ll[0]);
            if (first) p.moveTo(x, y);
            else p.lineTo(x, y);
            first = false;
        }
        p.closePath();
        return p;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        // the first layer drawn: smooth lines and text for every layer after it
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double z = info.draw.width / ChannelSimWithUI.MAP_WIDTH;
        g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * z)));
        Path2D.Double france = outline(info, Geography.FRANCE), england = outline(info, Geography.ENGLAND);
        g.setPaint(Palette.FRANCE);
        g.fill(france);
        g.setPaint(Palette.ENGLAND);
        g.fill(england);
        g.setPaint(Palette.COAST);
        g.draw(france);
        g.draw(england);

        Font country = Glyphs.font(Font.BOLD, 22 * z), sea = Glyphs.font(Font.ITALIC, 15 * z), town = Glyphs.font(Font.PLAIN, 11.5 * z);
        text(g, "ENGLAND", px(info, 0.30), py(info, 51.20), country, Palette.LAND_TEXT);
        text(g, "(Kent)", px(info, 0.42), py(info, 51.16), Glyphs.font(Font.PLAIN, 13 * z), Palette.LAND_TEXT);
        text(g, "FRANCE", px(info, 2.12), py(info, 50.27), country, Palette.LAND_TEXT);
        text(g, "North Sea", px(info, 1.75), py(info, 51.30), sea, Palette.SEA_TEXT);
        text(g, "Strait of Dover", px(info, 1.48), py(info, 51.165), sea, Palette.SEA_TEXT);
        text(g, "English Channel", px(info, 0.55), py(info, 50.62), sea, Palette.SEA_TEXT);

        town(g, info, Geography.DOVER.lat(), Geography.DOVER.lon(), "Dover", -44 * z, -4 * z, town, z);
        town(g, info, Geography.DUNGENESS.lat(), Geography.DUNGENESS.lon(), "Dungeness", -66 * z, 14 * z, town, z);
        Glyphs.label(g, "landed, claiming asylum", px(info, 0.92), py(info, 51.24), Glyphs.font(Font.ITALIC, 10.5 * z), Palette.MIGRANT_UK);

        // scale bar: 20 km, in the North Sea
        double x0 = px(info, 2.05), y0 = py(info, 51.255), len = 20 * info.draw.width / Geography.WIDTH;
        g.setPaint(Palette.INK);
        g.setStroke(new BasicStroke((float) Math.max(1, 2 * z)));
        g.draw(new java.awt.geom.Line2D.Double(x0, y0, x0 + len, y0));
        g.draw(new java.awt.geom.Line2D.Double(x0, y0 - 4 * z, x0, y0 + 4 * z));
        g.draw(new java.awt.geom.Line2D.Double(x0 + len, y0 - 4 * z, x0 + len, y0 + 4 * z));
        g.setStroke(new BasicStroke(1f));
        text(g, "20 km", x0 + len + 6 * z, y0 + 4 * z, town, Palette.INK);
    }

    private static void town(Graphics2D g, DrawInfo2D info, double lat, double lon, String name, double dx, double dy, Font f, double z) {
        double x = px(info, lon), y = py(info, lat), r = 3 * z;
        g.setPaint(Palette.INK);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        Glyphs.label(g, name, x + dx, y + dy, f, Palette.INK);
    }

    private static void text(Graphics2D g, String s, double x, double y, Font f, Color c) {
        g.setFont(f);
        g.setPaint(c);
        g.drawString(s, (float) x, (float) y);
    }
}
