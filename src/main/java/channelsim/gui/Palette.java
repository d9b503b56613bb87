package channelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Colours and fonts of the map, shared by the markers and the legend so the two always agree. */
final class Palette {
    static final Color SEA = new Color(178, 208, 232);
    static final Color SEA_TEXT = new Color(70, 105, 140);
    static final Color FRANCE = new Color(238, 232, 210);
    static final Color ENGLAND = new Color(228, 236, 212);
    static final Color COAST = new Color(125, 115, 95);
    static final Color LAND_TEXT = new Color(120, 110, 90);
    static final Color INK = new Color(35, 35, 40);
    static final Color HALO = new Color(255, 255, 255, 200);
    static final Color PANEL = new Color(255, 255, 255, 225);
    static final Color PANEL_EDGE = new Color(120, 130, 140);

    static final Color BEACH_QUIET = new Color(255, 248, 200);
    static final Color BEACH_BUSY = new Color(200, 25, 25);
    static final Color POLICE = new Color(30, 70, 175);
    static final Color CAMP = new Color(190, 130, 70, 150);
    static final Color CAMP_EDGE = new Color(130, 80, 30);
    static final Color GANG = new Color(45, 45, 45);
    static final Color MIGRANT_FR = new Color(95, 50, 15);
    static final Color MIGRANT_UK = new Color(15, 110, 55);
    static final Color BORDER_FORCE = new Color(25, 35, 85);
    static final Color TRACK = new Color(60, 80, 110, 110);

    static final Color LANDED = new Color(25, 150, 60);
    static final Color PREVENTED = new Color(245, 140, 0);
    static final Color SHALLOW = new Color(250, 220, 30);
    static final Color RESCUED = new Color(145, 70, 195);
    static final Color DISTRESS = new Color(225, 20, 30);
    static final Color RED_DAY = new Color(200, 30, 30);

    static final Stroke THIN = new BasicStroke(1f);
    static final Stroke TRACK_STROKE = new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 3f}, 0f);

    static final String FAMILY = Font.SANS_SERIF;

    /** A colour between two, t in [0, 1]. */
    static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }

    /** Beach shade for this many launches in the last two weeks (20 or more is the darkest). */
    static Color beachShade(int launches) { return mix(BEACH_QUIET, BEACH_BUSY, Math.sqrt(launches / 20.0)); }

    private Palette() {}
}
