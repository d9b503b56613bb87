package channelsim.gui;

import channelsim.config.ConfigException;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.ChannelModel;
import channelsim.model.Geography;
import channelsim.model.Metric;
import channelsim.model.Params;
import channelsim.model.Recorder;
import channelsim.policy.Simulation;

import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * The MASON GUI of ChannelSim (the HeatBugsWithUI pattern): a map of the strait, live charts, and the
 * policy levers in the Console's Model tab. It wraps an ordinary {@link ChannelModel}; the map is filled
 * by {@link MapLayer}, which only reads the model, so the GUI runs the same numbers as a headless run.
 */
public class ChannelSimWithUI extends GUIState {
    public static final String DEFAULT_SCENARIO = "models/scenarios/one-in-one-out-2025.yaml";
    /** Map size in pixels; the height keeps the strait's proportions. */
    public static final int MAP_WIDTH = 800;
    public static final int MAP_HEIGHT = (int) Math.round(MAP_WIDTH * Geography.HEIGHT / Geography.WIDTH);

    public Display2D display;
    public JFrame displayFrame;
    private ChartsFrame charts;
    private final CoastPortrayal coast = new CoastPortrayal();
    private final ContinuousPortrayal2D camps = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D places = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D gangs = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D migrants = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D boats = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D labels = new ContinuousPortrayal2D();
    private final MapOverlay overlay = new MapOverlay(() -> this.status);
    private final PolicyPanel policies = new PolicyPanel(this);
    /** Changes made in the inspector, re-applied when the run restarts (like fields of a MASON model). */
    private final Map<String, Object> edits = new LinkedHashMap<>();
    private volatile DayStatus status;
    private final Weekly weekly = new Weekly();

    /** For the Console's "New Simulation" menu: the default scenario. */
    public ChannelSimWithUI() { this(defaultScenario()); }

    public ChannelSimWithUI(Scenario scenario) { this(scenario, scenario.seed()); }

    public ChannelSimWithUI(Scenario scenario, long seed) { super(Simulation.model(scenario, seed)); }

    public static String getName() { return "ChannelSim"; }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif;font-size:11px'>"
                + "<h2>ChannelSim</h2><p>Small boats crossing the Channel from the beaches between Dunkirk and the Somme "
                + "to Kent, one day per step, and the policies meant to deter them.</p>"
                + "<p><b>Map</b> (north is up): French beaches shaded by recent launches, police patrols (blue squares, "
                + "size by officers), camps (size by people waiting), smuggling gangs (diamonds, size by boats), a sample "
                + "of migrants, and today's boats coloured by what happened to them. Click any marker to inspect it: "
                + "gangs show their boats, price and losses; migrants their state and beliefs.</p>"
                + "<p><b>Model tab</b>: the policy levers (officers, maritime doctrine, one in one out and its weekly "
                + "returns, return all, illegal-working enforcement, returns hubs, gang adaptation). Changes take effect the "
                + "next day; dated changes in the scenario file still apply on their dates.</p>"
                + "<p><b>Charts</b> (Displays menu): arrivals, returns and legal intake per week, price and people per "
                + "boat, deaths.</p></body></html>";
    }

    public ChannelModel model() { return (ChannelModel) state; }

    /** What the map shows: filled when a run starts, updated after each day. */
    private MapLayer mapLayer;

    /** The map of the strait that the display draws (after {@link #start()}). */
    public sim.field.continuous.Continuous2D map() { return mapLayer.map(); }

    @Override
    public Object getSimulationInspectedObject() { return policies; }

    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true); // the day's numbers change every step
        return i;
    }

    // ---- parameters seen and changed by the inspector ----

    Object param(String key) {
        Params p = model().params();
        if (p != null) return p.get(key);
        Object v = edits.get(key);
        return v != null ? v : model().getScenario().get(key);
    }

    void setParam(String key, Object value) {
        synchronized (state.schedule) { // the model may be stepping in the Console's thread
            edits.put(key, value);
            Params p = model().params();
            if (p != null) p.set(key, value);
        }
    }

    /** Switches a dated scheme; switched on before its start date, it starts tomorrow instead. */
    void setSchemeParam(String key, String startKey, boolean on) {
        synchronized (state.schedule) {
            LocalDate tomorrow = policies.tomorrow();
            if (on && tomorrow != null && ((LocalDate) param(startKey)).isAfter(tomorrow)) setParam(startKey, tomorrow);
            setParam(key, on);
        }
    }

    // ---- run life cycle ----

    @Override
    public void start() {
        super.start();
        prepare();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        prepare();
    }

    private void prepare() {
        ChannelModel m = model();
        edits.forEach((k, v) -> m.params().set(k, v));
        mapLayer = MapLayer.attach(m);
        status = DayStatus.before(m);
        weekly.clear();
        scheduleRepeatingImmediatelyAfter(s -> afterDay());
        if (display != null) {
            setupPortrayals();
            display.reset();
            display.repaint();
        }
        if (charts != null) {
            LocalDate first = m.date(), start = m.getScenario().start();
            LocalDate scheme = m.params().bool(PolicyPanel.OIOO) ? m.params().date(PolicyPanel.OIOO_START) : null;
            SwingUtilities.invokeLater(() -> charts.reset(first, start, scheme));
        }
        if (controller instanceof Console c) c.setWhenShouldEnd(totalSteps());
    }

    /** Days the scenario runs: its warm-up and its recorded days. */
    public long totalSteps() {
        Scenario s = model().getScenario(); // from the scenario, so it is right before the run starts too
        return s.integer("warmup_days") + s.days();
    }

    /** After each day, in the model's thread: the header's words and the charts' next point. */
    private void afterDay() {
        ChannelModel m = model();
        mapLayer.run();
        status = DayStatus.of(m);
        ChartsFrame.Point p = weekly.add(m);
        if (charts != null) SwingUtilities.invokeLater(() -> charts.add(p));
    }

    private void setupPortrayals() {
        ChannelModel m = model();
        SimplePortrayal2D nothing = new MarkerPortrayals.Nothing();
        for (ContinuousPortrayal2D p : new ContinuousPortrayal2D[] {camps, places, gangs, migrants, boats, labels}) {
            p.setField(mapLayer.map());
            p.setPortrayalForRemainder(nothing); // each layer draws only its own classes
        }
        places.setPortrayalForClass(MapLayer.BeachSite.class, new MarkerPortrayals.Beach());
        places.setPortrayalForClass(MapLayer.PatrolUnit.class, new MarkerPortrayals.Patrol());
        camps.setPortrayalForClass(MapLayer.CampSite.class, new MarkerPortrayals.Camp());
        places.setPortrayalForClass(MapLayer.BorderForceCutter.class, new MarkerPortrayals.Cutter());
        gangs.setPortrayalForClass(channelsim.model.SmugglingGang.class, new MarkerPortrayals.Gang());
        migrants.setPortrayalForClass(MapLayer.MigrantMarker.class, new MarkerPortrayals.Migrant());
        boats.setPortrayalForClass(MapLayer.BoatMarker.class, new MarkerPortrayals.Boat());
        labels.setPortrayalForClass(MapLayer.BeachSite.class, new MarkerPortrayals.Label());
        labels.setPortrayalForClass(MapLayer.CampSite.class, new MarkerPortrayals.Label());
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(MAP_WIDTH, MAP_HEIGHT, this);
        display.setBackdrop(Palette.SEA);
        display.setClipping(false);
        display.attach(coast, "Coasts and towns");
        display.attach(camps, "Camps");
        display.attach(places, "Beaches, police, Border Force");
        display.attach(gangs, "Smuggling gangs");
        display.attach(migrants, "Migrants followed");
        display.attach(boats, "Today's boats");
        display.attach(labels, "Names of beaches and camps");
        display.attach(overlay, "Header and legend");
        // one click on a marker inspects it (MASON's own double-click still works too)
        display.insideDisplay.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) inspectAt(e.getX(), e.getY());
            }
        });
        displayFrame = display.createFrame();
        displayFrame.setTitle("ChannelSim: the Strait of Dover");
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        charts = new ChartsFrame();
        charts.frame().setLocation(displayFrame.getWidth(), 0);
        c.registerFrame(charts.frame());
        charts.frame().setVisible(true);
    }

    /** Opens inspectors for whatever markers lie under this point of the map, if any (no hit: nothing changes). */
    void inspectAt(double x, double y) {
        java.awt.geom.Rectangle2D.Double spot = new java.awt.geom.Rectangle2D.Double(x, y, 1, 1);
        synchronized (state.schedule) {
            boolean hit = false;
            for (sim.util.Bag b : display.objectsHitBy(spot)) hit |= !b.isEmpty();
            if (hit) display.createInspectors(spot, this);
        }
    }

    CoastPortrayal coastPortrayal() { return coast; }

    /** The bean shown in the Model tab. */
    PolicyPanel policies() { return policies; }

    /** The charts window, or null before {@link #init}. */
    JFrame chartsFrame() { return charts == null ? null : charts.frame(); }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (charts != null) charts.frame().dispose();
        displayFrame = null;
        display = null;
        charts = null;
    }

    /** The default scenario file, looked up from the working folder, then from the project the jar was built in. */
    static Scenario defaultScenario() {
        try {
            return ScenarioLoader.load(defaultScenarioPath());
        } catch (ConfigException e) {
            throw new IllegalStateException("default scenario " + DEFAULT_SCENARIO + ": " + e.getMessage(), e);
        }
    }

    public static Path defaultScenarioPath() {
        Path here = Path.of(DEFAULT_SCENARIO);
        if (Files.exists(here)) return here;
        try { // target/channelsim.jar or target/classes -> the project root two levels up
            Path code = Path.of(ChannelSimWithUI.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            if (root != null && Files.exists(root.resolve(DEFAULT_SCENARIO))) return root.resolve(DEFAULT_SCENARIO);
        } catch (Exception ignored) { // fall through to the relative path and its error
        }
        return here;
    }

    /** Rolling 7-day sums for the charts, and deaths counted from the scenario's start. */
    static final class Weekly {
        private final double[] arrivals = new double[7], returns = new double[7], legal = new double[7], landed = new double[7];
        private int k;
        private double deaths;

        void clear() {
            java.util.Arrays.fill(arrivals, 0);
            java.util.Arrays.fill(returns, 0);
            java.util.Arrays.fill(legal, 0);
            java.util.Arrays.fill(landed, 0);
            k = 0;
            deaths = 0;
        }

        ChartsFrame.Point add(ChannelModel m) {
            Recorder r = m.recorder();
            int i = k++ % 7;
            arrivals[i] = r.today(Metric.ARRIVALS);
            returns[i] = r.today(Metric.RETURNED);
            legal[i] = r.today(Metric.LEGAL_INTAKE);
            landed[i] = r.today(Metric.BOATS_ARRIVED);
            boolean recorded = m.day() - 1 >= 1;
            if (recorded) deaths += r.today(Metric.DEATHS);
            double a = sum(arrivals), b = sum(landed);
            return new ChartsFrame.Point(m.date().minusDays(1), a, sum(returns), sum(legal), r.today(Metric.PRICE),
                    b > 0 ? a / b : Double.NaN, deaths); // no deaths counted before the start
        }

        private static double sum(double[] v) {
            double s = 0;
            for (double x : v) s += x;
            return s;
        }
    }
}
