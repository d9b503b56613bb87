package channelsim.gui;

import channelsim.model.LaunchBoard;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The map's symbols, drawn around a centre in pixels at a zoom factor (1 = the default 800-pixel-wide
 * map). The markers on the map and the legend both draw through here.
 */
final class Glyphs {
    private Glyphs() {}

    static Shape beach(double x, double y, double z) {
        double r = 6.5 * z;
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    static void drawBeach(Graphics2D g, double x, double y, double z, Color fill) {
        Shape s = beach(x, y, z);
        g.setPaint(fill);
        g.fill(s);
        g.setPaint(Palette.INK);
        g.setStroke(Palette.THIN);
        g.draw(s);
    }

    /** Police patrol: a blue square whose area follows the officers. */
    static Shape patrol(double x, double y, double z, double officers) {
        double h = Math.max(2, 0.85 * Math.sqrt(Math.max(0, officers))) * z; // area follows officers
        return new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h);
    }

    static void drawPatrol(Graphics2D g, double x, double y, double z, double officers) {
        Shape s = patrol(x, y, z, officers);
        g.setPaint(Palette.POLICE);
        g.fill(s);
        g.setPaint(Color.WHITE);
        g.setStroke(Palette.THIN);
        g.draw(s);
    }

    static Shape camp(double x, double y, double r) { return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r); }

    static void drawCamp(Graphics2D g, double x, double y, double r) {
        Shape s = camp(x, y, r);
        g.setPaint(Palette.CAMP);
        g.fill(s);
        g.setPaint(Palette.CAMP_EDGE);
        g.setStroke(Palette.THIN);
        g.draw(s);
    }

    /** Gang: a dark diamond whose size follows the boats in stock. */
    static Shape gang(double x, double y, double z, double boats) {
        double h = (4 + 0.6 * Math.sqrt(Math.max(0, boats)) * 1.6) * z;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - h);
        p.lineTo(x + h * 0.75, y);
        p.lineTo(x, y + h);
        p.lineTo(x - h * 0.75, y);
        p.closePath();
        return p;
    }

    static void drawGang(Graphics2D g, double x, double y, double z, double boats) {
        Shape s = gang(x, y, z, boats);
        g.setPaint(Palette.GANG);
        g.fill(s);
        g.setPaint(Color.WHITE);
        g.setStroke(Palette.THIN);
        g.draw(s);
    }

    static Shape migrant(double x, double y, double z) {
        double r = 1.9 * z;
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    static void drawMigrant(Graphics2D g, double x, double y, double z, boolean inUk) {
        g.setPaint(inUk ? Palette.MIGRANT_UK : Palette.MIGRANT_FR);
        g.fill(migrant(x, y, z));
    }

    static Color fateColour(byte fate) {
        return switch (fate) {
            case LaunchBoard.PREVENTED -> Palette.PREVENTED;
            case LaunchBoard.SHALLOW_STOP -> Palette.SHALLOW;
            case LaunchBoard.RESCUED -> Palette.RESCUED;
            case LaunchBoard.INCIDENT_FR, LaunchBoard.INCIDENT_UK -> Palette.DISTRESS;
            case LaunchBoard.LANDED -> Palette.LANDED;
            default -> Color.WHITE;
        };
    }

    /** A dinghy seen from above, pointing north-west (towards Dover). */
    static Shape boat(double x, double y, double z) {
        double l = 6.5 * z, w = 3.2 * z;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-l, 0);
        p.curveTo(-l * 0.4, -w, l * 0.6, -w, l, -w * 0.8);
        p.lineTo(l, w * 0.8);
        p.curveTo(l * 0.6, w, -l * 0.4, w, -l, 0);
        p.closePath();
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate(x, y);
        t.rotate(Math.toRadians(-25));
        return t.createTransformedShape(p);
    }

    static void drawBoat(Graphics2D g, double x, double y, double z, byte fate, boolean deaths) {
        Shape s = boat(x, y, z);
        g.setPaint(fateColour(fate));
        g.fill(s);
        g.setPaint(Palette.INK);
        g.setStroke(Palette.THIN);
        g.draw(s);
        if (deaths) { // a white cross marks a boat where people died
            double c = 2.6 * z;
            g.setPaint(Color.WHITE);
            g.setStroke(new java.awt.BasicStroke((float) (1.6 * z)));
            g.draw(new Line2D.Double(x - c, y - c, x + c, y + c));
            g.draw(new Line2D.Double(x - c, y + c, x + c, y - c));
            g.setStroke(Palette.THIN);
        }
    }

    /** Border Force cutter: a navy hull with a bridge. */
    static Shape cutter(double x, double y, double z) {
        double l = 11 * z, w = 4 * z;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - l, y - w);
        p.lineTo(x + l * 0.6, y - w);
        p.lineTo(x + l, y);
        p.lineTo(x + l * 0.6, y + w);
        p.lineTo(x - l, y + w);
        p.closePath();
        return p;
    }

    static void drawCutter(Graphics2D g, double x, double y, double z) {
        g.setPaint(Palette.BORDER_FORCE);
        g.fill(cutter(x, y, z));
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(x - 4 * z, y - 2 * z, 6 * z, 4 * z));
    }

    /** Text with a light halo so it stays readable over land, sea and markers. */
    static void label(Graphics2D g, String text, double x, double y, Font font, Color colour) {
        GlyphVector v = font.createGlyphVector(g.getFontRenderContext(), text);
        Shape outline = v.getOutline((float) x, (float) y);
        g.setPaint(Palette.HALO);
        g.setStroke(new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setPaint(colour);
        g.fill(outline);
        g.setStroke(Palette.THIN);
    }

    static double width(Graphics2D g, String text, Font font) {
        FontMetrics fm = g.getFontMetrics(font);
        return fm.stringWidth(text);
    }

    static Font font(int style, double size) { return new Font(Palette.FAMILY, style, 1).deriveFont((float) size); }
}
