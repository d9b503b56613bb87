package channelsim.gui;

import channelsim.model.Geography;
import channelsim.model.LaunchBoard;
import channelsim.model.SmugglingGang;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.Locale;

/**
 * How each marker of {@link MapLayer} is drawn and clicked. In a continuous field MASON passes the
 * object's pixel position in {@code info.draw.x/y} and pixels per kilometre in {@code info.draw.width}.
 */
final class MarkerPortrayals {
    /** Pixels per km on the default 800-pixel-wide map: glyphs grow with zoom from there. */
    static final double BASE_SCALE = ChannelSimWithUI.MAP_WIDTH / Geography.WIDTH;

    private MarkerPortrayals() {}

    static double zoom(DrawInfo2D info) { return info.draw.width / BASE_SCALE; }

    /** A marker: one shape both drawn and clicked, a ring when selected. */
    abstract static class Marker extends SimplePortrayal2D {
        private static final long serialVersionUID = 1;

        abstract Shape shape(Object o, DrawInfo2D info);

        abstract void paint(Object o, Graphics2D g, DrawInfo2D info);

        boolean shown(Object o) { return true; }

        @Override
        public final void draw(Object o, Graphics2D g, DrawInfo2D info) {
            if (!shown(o)) return;
            paint(o, g, info);
            if (info.selected) {
                java.awt.Rectangle r = shape(o, info).getBounds();
                g.setPaint(Color.MAGENTA);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(r.x - 4, r.y - 4, r.width + 8, r.height + 8));
                g.setStroke(Palette.THIN);
            }
        }

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return shown(o) && shape(o, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }
    }

    /** Draws nothing and cannot be clicked: objects of other layers. */
    static final class Nothing extends SimplePortrayal2D {
        private static final long serialVersionUID = 1;

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {}

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) { return false; }
    }

    static final class Beach extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) { return Glyphs.beach(info.draw.x, info.draw.y, zoom(info)); }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            MapLayer.BeachSite b = (MapLayer.BeachSite) o;
            Glyphs.drawBeach(g, info.draw.x, info.draw.y, zoom(info), Palette.beachShade(b.recentLaunches()));
        }
    }

    /** Names of beaches and camps, in a layer above all markers so nothing hides them. */
    static final class Label extends SimplePortrayal2D {
        private static final long serialVersionUID = 1;

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) { return false; }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            double z = zoom(info);
            if (o instanceof MapLayer.BeachSite b) {
                Font f = Glyphs.font(Font.BOLD, 11.5 * z);
                String name = b.getName();
                if (b.northCoast()) // coast facing north: name at sea above the beach, clear of the camp to its east
                    Glyphs.label(g, name, info.draw.x + 6 * z - Glyphs.width(g, name, f), info.draw.y - 10 * z, f, Palette.INK);
                else // coast facing west: name inland, beyond the patrol
                    Glyphs.label(g, name, info.draw.x + 26 * z, info.draw.y + 4 * z, f, Palette.INK);
            } else if (o instanceof MapLayer.CampSite c) { // the number waiting; the name is in the inspector
                Font f = Glyphs.font(Font.BOLD, 11 * z);
                String count = String.format(Locale.UK, "%,d", c.waiting());
                Glyphs.label(g, count, info.draw.x - Glyphs.width(g, count, f) / 2, info.draw.y + 4 * z, f, Palette.CAMP_EDGE.darker().darker());
            }
        }
    }

    static final class Patrol extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            return Glyphs.patrol(info.draw.x, info.draw.y, zoom(info), ((MapLayer.PatrolUnit) o).officers());
        }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            Glyphs.drawPatrol(g, info.draw.x, info.draw.y, zoom(info), ((MapLayer.PatrolUnit) o).officers());
        }
    }

    static final class Camp extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            return Glyphs.camp(info.draw.x, info.draw.y, ((MapLayer.CampSite) o).radiusKm() * info.draw.width);
        }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            Glyphs.drawCamp(g, info.draw.x, info.draw.y, ((MapLayer.CampSite) o).radiusKm() * info.draw.width);
        }
    }

    static final class Gang extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            return Glyphs.gang(info.draw.x, info.draw.y, zoom(info), ((SmugglingGang) o).getBoats());
        }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            Glyphs.drawGang(g, info.draw.x, info.draw.y, zoom(info), ((SmugglingGang) o).getBoats());
        }

        @Override
        public String getName(sim.portrayal.LocationWrapper w) { return w == null ? "" : GangView.name((SmugglingGang) w.getObject()); }

        @Override
        public sim.portrayal.Inspector getInspector(sim.portrayal.LocationWrapper w, sim.display.GUIState state) {
            return w == null ? null : new sim.portrayal.SimpleInspector(new GangView((SmugglingGang) w.getObject()), state, "Gang");
        }
    }

    static final class Migrant extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) { return Glyphs.migrant(info.draw.x, info.draw.y, zoom(info) * 1.4); }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            Glyphs.drawMigrant(g, info.draw.x, info.draw.y, zoom(info), ((MapLayer.MigrantMarker) o).inUk());
        }
    }

    static final class Boat extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        boolean shown(Object o) { return ((MapLayer.BoatMarker) o).shown(); }

        @Override
        Shape shape(Object o, DrawInfo2D info) { return Glyphs.boat(info.draw.x, info.draw.y, zoom(info)); }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            MapLayer.BoatMarker b = (MapLayer.BoatMarker) o;
            if (LaunchBoard.atSea(b.fate())) { // the track from the beach shows where it crossed
                // the boat's own location is in info.location (km); the origin is relative to it
                sim.util.Double2D at = (sim.util.Double2D) info.location;
                double ox = info.draw.x + (b.originX() - at.x) * info.draw.width;
                double oy = info.draw.y + (b.originY() - at.y) * info.draw.height;
                g.setPaint(Palette.TRACK);
                g.setStroke(Palette.TRACK_STROKE);
                g.draw(new Line2D.Double(ox, oy, info.draw.x, info.draw.y));
                g.setStroke(Palette.THIN);
            }
            Glyphs.drawBoat(g, info.draw.x, info.draw.y, zoom(info), b.fate(), b.deaths() > 0);
        }
    }

    static final class Cutter extends Marker {
        private static final long serialVersionUID = 1;

        @Override
        Shape shape(Object o, DrawInfo2D info) { return Glyphs.cutter(info.draw.x, info.draw.y, zoom(info)); }

        @Override
        void paint(Object o, Graphics2D g, DrawInfo2D info) {
            double z = zoom(info);
            Glyphs.drawCutter(g, info.draw.x, info.draw.y, z);
            Font f = Glyphs.font(Font.BOLD, 11 * z);
            Glyphs.label(g, "Border Force", info.draw.x - 14 * z - Glyphs.width(g, "Border Force", f), info.draw.y + 4 * z, f, Palette.BORDER_FORCE);
        }
    }
}
