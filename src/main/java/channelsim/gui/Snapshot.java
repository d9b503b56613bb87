package channelsim.gui;

import channelsim.config.Scenario;
import channelsim.model.Geography;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.AWTError;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the real GUI (Console, map and charts), runs a number of days with the windows open, and saves
 * the map window and the charts window side by side as one PNG. Also the way the GUI is opened for
 * interactive use, so both paths share the checks for a display.
 */
public final class Snapshot {
    /** The image, and where a (lat, lon) falls in it (for tests that look at the map). */
    public record Result(BufferedImage image, long stepsRun, double originX, double originY, double pxPerKmX, double pxPerKmY) {
        public Point2D.Double pixelOf(double lat, double lon) {
            return new Point2D.Double(originX + Geography.toX(lon) * pxPerKmX, originY + Geography.toY(lat) * pxPerKmY);
        }
    }

    /** No screen to draw on. */
    public static final class NoDisplayException extends Exception {
        private static final long serialVersionUID = 1;

        NoDisplayException(String message) { super(message); }
    }

    private Snapshot() {}

    /** True if windows can be opened (a real screen or Xvfb). */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) return false;
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean x11 = !os.contains("win") && !os.contains("mac");
        if (x11 && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) return false;
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (Throwable t) { // AWTError when the X server cannot be reached
            return false;
        }
    }

    static void requireDisplay() throws NoDisplayException {
        if (!displayAvailable())
            throw new NoDisplayException("no display to open the GUI on (set DISPLAY, or run under xvfb-run -a -s \"-screen 0 1280x1024x24\")");
    }

    /** Creates and shows the MASON Console (with the map and charts) on the Swing thread. */
    private static Console showConsole(ChannelSimWithUI gui) throws InterruptedException {
        AtomicReference<Console> console = new AtomicReference<>();
        onSwing(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            console.set(c);
        });
        return console.get();
    }

    /** Opens the Console with the map and charts; runs {@code steps} days (0: none) and leaves the run paused. */
    public static ChannelSimWithUI open(Scenario scenario, long seed, long steps) throws NoDisplayException, InterruptedException {
        requireDisplay();
        ChannelSimWithUI gui = new ChannelSimWithUI(scenario, seed);
        Console console = showConsole(gui);
        if (steps > 0) advance(gui, console, steps);
        return gui;
    }

    /** Runs the GUI for {@code steps} days (at most the scenario's), saves the PNG, closes the windows. */
    public static Result take(Scenario scenario, long seed, long steps, Path png)
            throws NoDisplayException, InterruptedException, IOException {
        requireDisplay();
        ChannelSimWithUI gui = new ChannelSimWithUI(scenario, seed);
        Console console = showConsole(gui);
        try {
            advance(gui, console, Math.max(1, steps));
            onSwing(() -> { }); // let the chart updates queued by the last days run
            AtomicReference<Result> result = new AtomicReference<>();
            onSwing(() -> result.set(compose(gui)));
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!ImageIO.write(result.get().image(), "png", png.toFile())) throw new IOException("no PNG writer");
            return result.get();
        } finally {
            onSwing(() -> {
                console.pressStop();
                gui.quit();
                console.dispose(); // not doClose(): that quits the JVM when it is the last Console
            });
        }
    }

    /** Starts the run paused, then steps it as the Console's step button does, a day at a time. */
    private static void advance(ChannelSimWithUI gui, Console c, long steps) throws InterruptedException {
        long target = Math.min(steps, gui.totalSteps());
        onSwing(() -> {
            c.pressPause(); // from stopped: starts the run, paused
            c.setNumStepsPerStepButtonPress(1);
        });
        // in batches, so Swing repaints the map and charts between them as it would while playing
        long before = -1;
        while (gui.state.schedule.getSteps() < target && gui.state.schedule.getSteps() != before) {
            before = gui.state.schedule.getSteps(); // stop if the run ended early
            onSwing(() -> {
                for (int k = 0; k < 10 && gui.state.schedule.getSteps() < target; k++) c.pressPlay();
            });
        }
        onSwing(c::refresh);
    }

    /** The map window's content (with MASON's toolbar) and the charts to its right, on white. */
    private static Result compose(ChannelSimWithUI gui) {
        JFrame mapFrame = gui.displayFrame, chartFrame = gui.chartsFrame();
        Component a = mapFrame.getContentPane(), b = chartFrame.getContentPane();
        // the map window without MASON's always-on scroll bars: its toolbar and the visible map
        java.awt.Rectangle port = SwingUtilities.convertRectangle(gui.display.display.getViewport().getParent(),
                gui.display.display.getViewport().getBounds(), a);
        int aw = port.x + port.width, ah = port.y + port.height;
        int w = aw + b.getWidth(), h = Math.max(ah, b.getHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Graphics2D g1 = (Graphics2D) g.create(0, 0, aw, ah);
        a.printAll(g1);
        g1.dispose();
        Graphics2D g2 = (Graphics2D) g.create(aw, 0, b.getWidth(), b.getHeight());
        b.printAll(g2);
        g2.dispose();
        g.dispose();

        // where the field's origin lands in the image, from the display's own drawing geometry
        java.awt.geom.Rectangle2D.Double draw = gui.display.getDrawInfo2D(gui.coastPortrayal(), new Point(0, 0)).draw;
        Point inside = SwingUtilities.convertPoint(gui.display.insideDisplay, 0, 0, a);
        return new Result(img, gui.state.schedule.getSteps(), inside.x + draw.x, inside.y + draw.y, draw.width / Geography.WIDTH, draw.height / Geography.HEIGHT);
    }

    private static void onSwing(Runnable r) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof HeadlessException || t instanceof AWTError) throw new IllegalStateException("cannot open a window: " + t.getMessage(), t);
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            throw new IllegalStateException(t);
        }
    }
}
