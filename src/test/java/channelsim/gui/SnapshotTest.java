package channelsim.gui;

import channelsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real GUI under a display (CI runs the tests under Xvfb; without a display these skip): the
 * snapshot is written, is not blank, and shows the map, with sea and land where they must be.
 */
class SnapshotTest {
    @TempDir
    Path dir;

    private static void needDisplay() {
        assumeTrue(Snapshot.displayAvailable(), "no display: run under xvfb-run to test the GUI");
    }

    /** True if the pixel is within a few levels of the colour on every channel. */
    private static boolean near(BufferedImage img, Point2D.Double p, Color c) {
        Color got = new Color(img.getRGB((int) Math.round(p.x), (int) Math.round(p.y)));
        return Math.abs(got.getRed() - c.getRed()) <= 6 && Math.abs(got.getGreen() - c.getGreen()) <= 6
                && Math.abs(got.getBlue() - c.getBlue()) <= 6;
    }

    private static String colourAt(BufferedImage img, Point2D.Double p) {
        return new Color(img.getRGB((int) Math.round(p.x), (int) Math.round(p.y))).toString() + " at " + p;
    }

    @Test
    void snapshotShowsSeaAndCoastsWhereTheyAre() throws Exception {
        needDisplay();
        Path png = dir.resolve("map.png");
        Snapshot.Result r = Snapshot.take(GuiModelTest.small(60), 1, 140, png);
        assertTrue(Files.size(png) > 10_000, "PNG written");
        assertEquals(140, r.stepsRun(), "days run with the windows open");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(r.image().getWidth(), img.getWidth());
        assertTrue(img.getWidth() >= ChannelSimWithUI.MAP_WIDTH + ChartsFrame.WIDTH - 20, "map and charts side by side: " + img.getWidth());

        // mid-channel, west of the lanes; the English Channel off Sussex; the North Sea off Dunkirk
        double[][] sea = {{50.75, 1.05}, {50.55, 1.20}, {51.15, 2.60}};
        for (double[] ll : sea) {
            Point2D.Double p = r.pixelOf(ll[0], ll[1]);
            assertTrue(near(img, p, Palette.SEA), "expected sea, got " + colourAt(img, p));
        }
        double[][] france = {{50.15, 2.30}, {50.60, 2.50}};
        for (double[] ll : france) {
            Point2D.Double p = r.pixelOf(ll[0], ll[1]);
            assertTrue(near(img, p, Palette.FRANCE), "expected inland France, got " + colourAt(img, p));
        }
        double[][] kent = {{51.05, 0.45}, {51.30, 0.80}};
        for (double[] ll : kent) {
            Point2D.Double p = r.pixelOf(ll[0], ll[1]);
            assertTrue(near(img, p, Palette.ENGLAND), "expected inland Kent, got " + colourAt(img, p));
        }
        assertTrue(distinctColours(img) > 200, "a real picture, not a blank window");
    }

    @Test
    void clickingAGangOrAMigrantFindsIt() throws Exception {
        needDisplay();
        ChannelSimWithUI gui = Snapshot.open(GuiModelTest.small(60), 2, 40);
        try {
            for (Class<?> kind : new Class<?>[] {channelsim.model.SmugglingGang.class, MapLayer.MigrantMarker.class}) {
                AtomicReference<Object> found = new AtomicReference<>();
                javax.swing.SwingUtilities.invokeAndWait(() -> {
                    Object target = null;
                    for (Object o : gui.map().getAllObjects()) if (kind.isInstance(o)) target = o;
                    sim.util.Double2D at = gui.map().getObjectLocation(target);
                    java.awt.geom.Rectangle2D.Double draw = gui.display.getDrawInfo2D(gui.coastPortrayal(), new Point2D.Double(0, 0)).draw;
                    double x = draw.x + at.x * draw.width / channelsim.model.Geography.WIDTH;
                    double y = draw.y + at.y * draw.height / channelsim.model.Geography.HEIGHT;
                    for (sim.util.Bag layer : gui.display.objectsHitBy(new Point2D.Double(x, y)))
                        for (Object w : layer) if (((sim.portrayal.LocationWrapper) w).getObject() == target) found.set(target);
                    gui.inspectAt(x, y); // what a click does: opens the Console's inspectors for it
                });
                assertTrue(found.get() != null, "a click on a " + kind.getSimpleName() + " finds it");
            }
        } finally {
            javax.swing.SwingUtilities.invokeAndWait(() -> {
                ((sim.display.Console) gui.controller).pressStop();
                gui.quit();
                ((sim.display.Console) gui.controller).dispose();
            });
        }
    }

    @Test
    void guiCommandWritesTheSnapshotAndExits0() throws Exception {
        needDisplay();
        Path png = dir.resolve("sub/cli.png");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.execute(new String[] {"gui", GuiModelTest.SCENARIO.toString(), "--set", "scale=0.25",
                "--snapshot", png.toString(), "--steps", "100"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err::toString);
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(distinctColours(img) > 200, "not blank");
        assertEquals(Palette.SEA.getRGB(), mostCommonColour(img), "the sea is the commonest colour of a map of the strait");
    }

    @Test
    void withoutADisplayTheGuiSaysSoInOneLineAndExits1() throws Exception {
        // a child JVM without DISPLAY, so this runs with or without Xvfb
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "channelsim.cli.Main", "gui",
                GuiModelTest.SCENARIO.toString(), "--snapshot", dir.resolve("none.png").toString(), "--steps", "5"));
        assumeFalse(System.getProperty("os.name").toLowerCase().contains("win"), "DISPLAY is an X11 notion");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        List<String> errLines = Files.readAllLines(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), () -> String.join("\n", errLines));
        assertEquals(1, errLines.size(), () -> String.join("\n", errLines));
        assertTrue(errLines.get(0).contains("no display") && errLines.get(0).contains("xvfb-run"), errLines.get(0));
        assertTrue(!new File(dir.resolve("none.png").toString()).exists());
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) s.add(img.getRGB(x, y));
        return s.size();
    }

    private static int mostCommonColour(BufferedImage img) {
        Map<Integer, Integer> n = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) n.merge(img.getRGB(x, y), 1, Integer::sum);
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
