package channelsim.model;

import java.util.List;

/**
 * The strait in kilometres: x east from 0.2°E, y south from 51.45°N (so north is up on screen).
 * Beaches run from Dunkirk to St-Valery-sur-Somme with the length of coast each patrol covers;
 * coasts are rough outlines for drawing. Positions are from maps; lengths are rounded.
 */
public final class Geography {
    public static final double LON0 = 0.20, LAT0 = 51.45;
    public static final double KM_PER_DEG_LON = 70.0;   // at 51°N
    public static final double KM_PER_DEG_LAT = 111.2;
    public static final double WIDTH = 2.5 * KM_PER_DEG_LON;
    public static final double HEIGHT = 1.5 * KM_PER_DEG_LAT;

    /** A launch beach with the kilometres of coast its patrol covers. */
    public record Beach(String name, double lat, double lon, double km) {
        public double x() { return toX(lon); }
        public double y() { return toY(lat); }
        /** South of Boulogne: where displaced launches go. */
        public boolean southern() { return lat < 50.66; }
    }

    /** An informal camp inland. */
    public record Place(String name, double lat, double lon) {
        public double x() { return toX(lon); }
        public double y() { return toY(lat); }
    }

    public static final List<Beach> BEACHES = List.of(
            new Beach("Dunkirk", 51.06, 2.42, 15),
            new Beach("Gravelines", 51.00, 2.13, 15),
            new Beach("Calais", 50.95, 1.80, 12),
            new Beach("Wissant", 50.88, 1.64, 12),
            new Beach("Wimereux", 50.77, 1.60, 8),
            new Beach("Boulogne", 50.68, 1.57, 10),
            new Beach("Hardelot", 50.56, 1.58, 15),
            new Beach("Berck", 50.41, 1.56, 15),
            new Beach("Fort-Mahon", 50.33, 1.55, 10),
            new Beach("Le Crotoy", 50.23, 1.60, 8),
            new Beach("St-Valery", 50.19, 1.63, 6));

    public static final List<Place> CAMPS = List.of(
            new Place("Loon-Plage", 50.99, 2.22),
            new Place("Calais", 50.94, 1.90),
            new Place("Boulogne", 50.71, 1.66));

    public static final Place DOVER = new Place("Dover", 51.12, 1.32);
    public static final Place DUNGENESS = new Place("Dungeness", 50.91, 0.97);

    /** French coast and hinterland as a closed outline of (lat, lon). */
    public static final List<double[]> FRANCE = List.of(
            p(51.09, 2.70), p(51.09, 2.55), p(51.05, 2.37), p(51.01, 2.15), p(50.96, 1.85), p(50.93, 1.69),
            p(50.87, 1.58), p(50.77, 1.60), p(50.72, 1.58), p(50.64, 1.57), p(50.52, 1.58), p(50.40, 1.55),
            p(50.32, 1.54), p(50.24, 1.56), p(50.19, 1.64), p(50.17, 1.52), p(50.06, 1.38), p(49.95, 1.25),
            p(49.95, 2.70));

    /** Kent and East Sussex as a closed outline of (lat, lon). */
    public static final List<double[]> ENGLAND = List.of(
            p(51.45, 0.20), p(50.76, 0.20), p(50.77, 0.29), p(50.85, 0.57), p(50.93, 0.75), p(50.91, 0.97),
            p(51.02, 0.99), p(51.07, 1.08), p(51.08, 1.18), p(51.12, 1.31), p(51.15, 1.38), p(51.22, 1.40),
            p(51.33, 1.42), p(51.38, 1.44), p(51.39, 1.38), p(51.37, 1.10), p(51.45, 1.00));

    private Geography() {}

    private static double[] p(double lat, double lon) { return new double[] {lat, lon}; }

    public static double toX(double lon) { return (lon - LON0) * KM_PER_DEG_LON; }

    public static double toY(double lat) { return (LAT0 - lat) * KM_PER_DEG_LAT; }

    public static double totalCoastKm() {
        double s = 0;
        for (Beach b : BEACHES) s += b.km();
        return s;
    }

    public static double distance(double x1, double y1, double x2, double y2) {
        return Math.hypot(x1 - x2, y1 - y2);
    }
}
