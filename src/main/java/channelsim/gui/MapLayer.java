package channelsim.gui;

import channelsim.model.ChannelModel;
import channelsim.model.Geography;
import channelsim.model.LaunchBoard;
import channelsim.model.Migrant;
import channelsim.model.MigrantPool;
import channelsim.model.MigrantState;
import channelsim.model.SmugglingGang;
import channelsim.model.Streams;

import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts what happened today on a map of the strait ({@link #map()}), in kilometres, for a display to draw:
 * beaches, police patrols, camps, gangs, today's boats, Border Force and a sample of migrants. Only the GUI
 * creates one ({@link #attach}) and calls {@link #run()} after each day; headless runs never pay for it. It reads the model and never draws from the
 * model's random streams, so a run with a map gives the same numbers as one without. Markers are reused:
 * boats come from a pool that only grows to the busiest day, and hidden boats stay in the field.
 */
public final class MapLayer implements Runnable {
    /** Days over which a beach's launches are counted for its shade. */
    public static final int RECENT_DAYS = 14;
    /** Migrants followed on the map in France, and at most in the UK. */
    static final int SAMPLE_FRANCE = 48, SAMPLE_UK = 16;

    /** Where Border Force lands people: the Western Jet Foil at Dover, seen from the sea. */
    static final double LAND_LAT = 51.08, LAND_LON = 1.40;
    /** Where the people landed wait for their claim: inland from Dover (Manston was the processing centre). */
    static final double UK_LAT = 51.19, UK_LON = 1.18;

    private final ChannelModel m;
    private final Continuous2D map;
    private final BeachSite[] beaches;
    private final PatrolUnit[] patrols;
    private final CampSite[] camps;
    private final BorderForceCutter cutter;
    private final List<BoatMarker> boats = new ArrayList<>();
    private final List<MigrantMarker> migrants = new ArrayList<>();
    private final List<SmugglingGang> gangsShown = new ArrayList<>();
    private final int[][] launchesByDay;
    private long[] trackedIds = new long[0];
    private long nextSample;

    private MapLayer(ChannelModel m) {
        this.m = m;
        this.map = new Continuous2D(10, Geography.WIDTH, Geography.HEIGHT);
        int nb = Geography.BEACHES.size();
        beaches = new BeachSite[nb];
        patrols = new PatrolUnit[nb];
        launchesByDay = new int[RECENT_DAYS][nb];
        for (int b = 0; b < nb; b++) {
            Geography.Beach g = Geography.BEACHES.get(b);
            beaches[b] = new BeachSite(b);
            map.setObjectLocation(beaches[b], new Double2D(g.x(), g.y()));
            patrols[b] = new PatrolUnit(m, b);
            map.setObjectLocation(patrols[b], new Double2D(g.x() + 3.2 * inX(g), g.y() + 3.2 * inY(g)));
        }
        camps = new CampSite[Geography.CAMPS.size()];
        for (int c = 0; c < camps.length; c++) {
            Geography.Place p = Geography.CAMPS.get(c);
            camps[c] = new CampSite(p.name());
            map.setObjectLocation(camps[c], new Double2D(p.x(), p.y()));
        }
        cutter = new BorderForceCutter();
        // off Folkestone, clear of the lanes into Dover
        map.setObjectLocation(cutter, new Double2D(Geography.toX(1.30), Geography.toY(50.98)));
    }

    /**
     * A new map of model m, filled now; the GUI calls {@link #run()} at the end of every day from then on.
     * Call after {@link ChannelModel#start()} (a new run needs a new map).
     */
    public static MapLayer attach(ChannelModel m) {
        MapLayer layer = new MapLayer(m);
        layer.run();
        return layer;
    }

    /** Beaches, camps, patrols and boats in kilometres. */
    public Continuous2D map() { return map; }

    /**
     * Unit vector from a beach towards the land, (inX, inY): south on the coast facing north, east
     * elsewhere. Two numbers rather than an array, so placing a boat allocates nothing.
     */
    static double inX(Geography.Beach b) { return b.lat() >= 50.9 ? 0 : 1; }

    static double inY(Geography.Beach b) { return b.lat() >= 50.9 ? 1 : 0; }

    /** Called at the end of each day (and once on attaching). */
    @Override
    public void run() {
        long day = m.schedule.getSteps();
        LaunchBoard board = m.launches();
        placeBeaches(board, day);
        placeCamps();
        placeGangs();
        placeBoats(board, day);
        placeMigrants();
    }

    private void placeBeaches(LaunchBoard board, long day) {
        int[] today = launchesByDay[(int) (Math.max(0, day) % RECENT_DAYS)];
        Arrays.fill(today, 0);
        for (int i = 0; i < board.count(); i++) today[board.beach(i)]++;
        for (int b = 0; b < beaches.length; b++) {
            int s = 0;
            for (int[] d : launchesByDay) s += d[b];
            beaches[b].launchesToday = today[b];
            beaches[b].recent = s;
            beaches[b].prevention = m.police().preventionAt(b);
            patrols[b].officers = m.police().officersAt(b);
        }
    }

    private void placeCamps() {
        MigrantPool p = m.pool();
        for (CampSite c : camps) c.inCamp = c.booked = c.legal = 0;
        for (int i = 0, live = p.size(); i < live; i++) {
            byte s = p.state(i);
            if (s == MigrantState.IN_CAMP.ordinal()) camps[p.camp(i)].inCamp++;
            else if (s == MigrantState.BOOKED.ordinal()) camps[p.camp(i)].booked++;
            else if (s == MigrantState.LEGAL_WAIT.ordinal()) camps[p.camp(i)].legal++;
        }
    }

    private void placeGangs() {
        List<SmugglingGang> all = m.gangs();
        for (SmugglingGang g : all) {
            boolean shown = gangsShown.contains(g);
            if (g.isAlive() && !shown) {
                Geography.Beach b = Geography.BEACHES.get(g.homeBeachIndex());
                double ix = inX(b), iy = inY(b);
                int k = g.getIndex();
                // gangs sharing a home beach sit side by side inland of it, behind the beach's label
                double depth = (iy > 0 ? 12.5 : 22.5) + 3.0 * (k % 3), side = 2.6 * ((k / 3) % 5 - 2);
                map.setObjectLocation(g, new Double2D(b.x() + depth * ix + side * iy, b.y() + depth * iy + side * ix));
                gangsShown.add(g);
            } else if (!g.isAlive() && shown) {
                map.remove(g);
                gangsShown.remove(g);
            }
        }
    }

    private void placeBoats(LaunchBoard board, long day) {
        while (boats.size() < board.count()) {
            BoatMarker b = new BoatMarker();
            boats.add(b);
            map.setObjectLocation(b, new Double2D(0, 0));
        }
        double lx = Geography.toX(LAND_LON), ly = Geography.toY(LAND_LAT);
        String date = m.date().toString(); // once a day, not once a boat
        int landed = 0, peopleLanded = 0;
        for (int i = 0; i < boats.size(); i++) {
            BoatMarker b = boats.get(i);
            if (i >= board.count()) {
                b.shown = false;
                continue;
            }
            Geography.Beach beach = Geography.BEACHES.get(board.beach(i));
            b.shown = true;
            b.day = date;
            b.beach = beach.name();
            b.people = board.people(i);
            b.deaths = board.deaths(i);
            b.fate = board.fate(i);
            b.taxi = board.taxi(i);
            b.gang = board.gang(i);
            if (b.fate == LaunchBoard.LANDED || b.fate == LaunchBoard.INCIDENT_UK) {
                landed++;
                peopleLanded += b.people - b.deaths;
            }
            // spread boats with a hash of the day and the boat, not a random stream of the model
            long h = Streams.mix(day * 1_000_003L + i);
            double u = (h & 0xFFFF) / 65536.0, v = ((h >>> 16) & 0xFFFF) / 65536.0 - 0.5;
            double ix = inX(beach), iy = inY(beach);
            double ax = iy, ay = ix; // along the coast
            double sx = beach.x() - 1.2 * ix, sy = beach.y() - 1.2 * iy;
            b.originX = sx;
            b.originY = sy;
            double x, y;
            switch (b.fate) {
                case LaunchBoard.PREVENTED -> { // on the sand or just behind it
                    x = beach.x() + (0.8 + 1.2 * u) * ix + 6 * v * ax;
                    y = beach.y() + (0.8 + 1.2 * u) * iy + 6 * v * ay;
                }
                case LaunchBoard.SHALLOW_STOP -> { // in the surf
                    x = beach.x() - (2.2 + 1.0 * u) * ix + 6 * v * ax;
                    y = beach.y() - (2.2 + 1.0 * u) * iy + 6 * v * ay;
                }
                default -> {
                    double t = switch (b.fate) {
                        case LaunchBoard.RESCUED -> 0.18 + 0.2 * u;
                        case LaunchBoard.INCIDENT_FR -> 0.25 + 0.25 * u;
                        case LaunchBoard.INCIDENT_UK -> 0.5 + 0.25 * u;
                        default -> 0.78 + 0.17 * u; // landed: met by Border Force near Dover
                    };
                    double dx = lx - sx, dy = ly - sy, len = Math.hypot(dx, dy);
                    x = sx + t * dx - 5 * v * dy / len;
                    y = sy + t * dy + 5 * v * dx / len;
                }
            }
            map.setObjectLocation(b, new Double2D(x, y));
        }
        cutter.boatsLanded = landed;
        cutter.peopleLanded = peopleLanded;
    }

    private static boolean inFrance(byte s) {
        return s == MigrantState.IN_CAMP.ordinal() || s == MigrantState.BOOKED.ordinal() || s == MigrantState.LEGAL_WAIT.ordinal();
    }

    private static boolean inUk(byte s) { return s == MigrantState.UK_CLAIM.ordinal() || s == MigrantState.REFUSED.ordinal(); }

    /** Follows a sample of migrants by id: in a camp, then in the UK after landing, until they leave the model. */
    private void placeMigrants() {
        MigrantPool p = m.pool();
        // find today's slot of every followed migrant in one pass (slots move as migrants leave)
        int k = migrants.size();
        if (trackedIds.length != k) trackedIds = new long[k];
        for (int j = 0; j < k; j++) trackedIds[j] = ((long) migrants.get(j).id << 32) | j;
        Arrays.sort(trackedIds);
        for (MigrantMarker mm : migrants) mm.slot = -1;
        if (k > 0) {
            for (int i = 0, live = p.size(); i < live; i++) {
                int pos = findId(trackedIds, p.id(i));
                if (pos >= 0) migrants.get((int) trackedIds[pos]).slot = i;
            }
        }
        int france = 0, uk = 0;
        for (int j = migrants.size() - 1; j >= 0; j--) {
            MigrantMarker mm = migrants.get(j);
            if (mm.slot < 0) {
                mm.gone = true;
                map.remove(mm);
                migrants.remove(j);
            } else if (inFrance(p.state(mm.slot))) france++;
            else uk++;
        }
        // keep the UK side short: the oldest followed arrivals make way
        for (int j = 0; j < migrants.size() && uk > SAMPLE_UK; j++) {
            MigrantMarker mm = migrants.get(j);
            if (inUk(p.state(mm.slot))) {
                mm.gone = true;
                map.remove(mm);
                migrants.remove(j--);
                uk--;
            }
        }
        // top up the sample in France with migrants picked evenly by slot (a deterministic walk)
        for (int tries = 0; france < SAMPLE_FRANCE && p.size() > 0 && tries < 4 * SAMPLE_FRANCE; tries++) {
            int i = (int) Math.floorMod(Streams.mix(nextSample++), (long) p.size());
            if (!inFrance(p.state(i)) || findId(trackedIds, p.id(i)) >= 0 || followed(p.id(i))) continue;
            MigrantMarker mm = new MigrantMarker(m, p.id(i));
            mm.slot = i;
            migrants.add(mm);
            france++;
        }
        for (MigrantMarker mm : migrants) {
            long h = Streams.mix(mm.id);
            double angle = (h & 0xFFFF) / 65536.0 * 2 * Math.PI, r = Math.sqrt(((h >>> 16) & 0xFFFF) / 65536.0);
            double cx, cy, radius;
            if (inFrance(p.state(mm.slot))) {
                Geography.Place c = Geography.CAMPS.get(p.camp(mm.slot));
                cx = c.x();
                cy = c.y();
                radius = 0.8 * camps[p.camp(mm.slot)].radiusKm();
            } else {
                cx = Geography.toX(UK_LON);
                cy = Geography.toY(UK_LAT);
                radius = 3.0;
            }
            map.setObjectLocation(mm, new Double2D(cx + r * radius * Math.cos(angle), cy + r * radius * Math.sin(angle)));
        }
    }

    private boolean followed(int id) {
        for (MigrantMarker mm : migrants) if (mm.id == id) return true;
        return false;
    }

    private static int findId(long[] sorted, int id) {
        int lo = 0, hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = (int) (sorted[mid] >> 32);
            if (v < id) lo = mid + 1;
            else if (v > id) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    // ---- markers: bean getters are what an inspector shows ----

    /** A launch beach, shaded by how many boats left it recently. */
    public static final class BeachSite implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        private final int index;
        int launchesToday, recent;
        double prevention;

        BeachSite(int index) { this.index = index; }

        private Geography.Beach beach() { return Geography.BEACHES.get(index); } // records are not Serializable

        public String getName() { return beach().name(); }

        public double getCoastKm() { return beach().km(); }

        public boolean isSouthOfBoulogne() { return beach().southern(); }

        public int getLaunchesToday() { return launchesToday; }

        public int getLaunchesLast14Days() { return recent; }

        public double getChanceOfStoppingALaunch() { return round3(prevention); }

        /** Launches over the last {@link #RECENT_DAYS} days (for the shade). */
        public int recentLaunches() { return recent; }

        public boolean northCoast() { return beach().lat() >= 50.9; }

        @Override
        public String toString() { return "Beach " + beach().name(); }
    }

    /** The French police patrolling one beach. */
    public static final class PatrolUnit implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        private final ChannelModel m; // markers travel with the model in MASON checkpoints
        private final int beach;
        double officers;

        PatrolUnit(ChannelModel m, int beach) {
            this.m = m;
            this.beach = beach;
        }

        private Geography.Beach where() { return Geography.BEACHES.get(beach); }

        public String getBeach() { return where().name(); }

        public double getOfficers() { return Math.round(officers); }

        public double getOfficersPerKm() { return Math.round(10 * officers / where().km()) / 10.0; }

        public double getChanceOfStoppingALaunch() { return round3(m.police().preventionAt(beach)); }

        /** The share of officers here as the gangs have seen it recently (they avoid beaches where it is high). */
        public double getPresenceSeenByGangs() { return round3(m.police().presenceSeen(beach)); }

        public double officers() { return officers; }

        @Override
        public String toString() { return "Police at " + where().name(); }
    }

    /** An informal camp; its size follows how many people wait there. */
    public static final class CampSite implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        private final String name;
        int inCamp, booked, legal;

        CampSite(String name) { this.name = name; }

        public String getName() { return name; }

        /** People waiting (in the camp or booked with a gang), as in the {@code waiting} measure. */
        public int getWaiting() { return inCamp + booked; }

        public int getBookedWithAGang() { return booked; }

        public int getWaitingForTheLegalRoute() { return legal; }

        /** Radius to draw, in km: grows with the square root of the people waiting. */
        public double radiusKm() { return 1.0 + 0.6 * Math.sqrt((inCamp + booked) / 100.0); }

        public int waiting() { return inCamp + booked; }

        @Override
        public String toString() { return "Camp " + name; }
    }

    /** One of today's boats; the markers are reused from day to day. */
    public static final class BoatMarker implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        boolean shown, taxi;
        String day = "", beach = "";
        int people, deaths, gang;
        byte fate;
        double originX, originY;

        public String getDate() { return day; }

        public String getBeach() { return beach; }

        public int getPeople() { return people; }

        public int getDeaths() { return deaths; }

        public boolean isTaxiBoat() { return taxi; }

        public int getGang() { return gang; }

        public String getFate() { return fateName(fate); }

        public boolean shown() { return shown; }

        public byte fate() { return fate; }

        public int deaths() { return deaths; }

        /** Where the boat set off, in km, for drawing its track. */
        public double originX() { return originX; }

        public double originY() { return originY; }

        @Override
        public String toString() { return "Boat from " + beach + " (" + fateName(fate) + ")"; }
    }

    /** Three decimals are plenty for an inspector. */
    static double round3(double v) { return Math.round(v * 1000) / 1000.0; }

    public static String fateName(byte fate) {
        return switch (fate) {
            case LaunchBoard.PREVENTED -> "stopped on the beach";
            case LaunchBoard.SHALLOW_STOP -> "stopped in shallow water";
            case LaunchBoard.RESCUED -> "turned back at sea (French rescue)";
            case LaunchBoard.INCIDENT_UK -> "in distress, survivors landed in the UK";
            case LaunchBoard.INCIDENT_FR -> "in distress, survivors taken back to France";
            case LaunchBoard.LANDED -> "picked up by Border Force and landed";
            default -> "at sea";
        };
    }

    /** Border Force off Dover: what it landed today. */
    public static final class BorderForceCutter implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        int boatsLanded, peopleLanded;

        public int getBoatsLandedToday() { return boatsLanded; }

        public int getPeopleLandedToday() { return peopleLanded; }

        @Override
        public String toString() { return "Border Force"; }
    }

    /** A migrant followed on the map; the getters read its current slot. */
    public static final class MigrantMarker implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        private final ChannelModel m;
        final int id;
        int slot = -1;
        boolean gone;

        MigrantMarker(ChannelModel m, int id) {
            this.m = m;
            this.id = id;
        }

        private Migrant view() { return gone || slot < 0 ? null : m.migrant(slot); }

        public int getId() { return id; }

        public String getState() {
            Migrant v = view();
            return v == null ? "no longer followed (left the camps and the UK system, or made way for others)" : v.getState();
        }

        public String getGroup() { Migrant v = view(); return v == null ? "" : v.getGroup(); }

        public String getCamp() { Migrant v = view(); return v == null ? "" : v.getCamp(); }

        public boolean isUkLinks() { Migrant v = view(); return v != null && v.isUkLinks(); }

        public boolean isFirstEntryRecord() { Migrant v = view(); return v != null && v.isFirstEntryRecord(); }

        public boolean isReturnee() { Migrant v = view(); return v != null && v.isReturnee(); }

        public int getAttempts() { Migrant v = view(); return v == null ? 0 : v.getAttempts(); }

        public double getMoney() { Migrant v = view(); return v == null ? 0 : Math.round(v.getMoney()); }

        public double getRiskTolerance() { Migrant v = view(); return v == null ? 0 : round3(v.getRiskTolerance()); }

        public double getBeliefSuccess() { Migrant v = view(); return v == null ? 0 : round3(v.getBeliefSuccess()); }

        public double getBeliefReturn() { Migrant v = view(); return v == null ? 0 : round3(v.getBeliefReturn()); }

        public double getBeliefDeath() { Migrant v = view(); return v == null ? 0 : round3(v.getBeliefDeath()); }

        public double getBeliefJob() { Migrant v = view(); return v == null ? 0 : round3(v.getBeliefJob()); }

        /** True once landed in the UK (drawn in Kent). */
        public boolean inUk() { return !gone && slot >= 0 && MapLayer.inUk(m.pool().state(slot)); }

        @Override
        public String toString() { return "Migrant " + id; }
    }
}
