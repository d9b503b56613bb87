package channelsim.cli;

import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.gui.ChannelSimWithUI;
import channelsim.gui.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code channelsim gui [FILE.yaml]}: the MASON Console with the map and live charts. With
 * {@code --snapshot PNG} it runs N days with the windows open, saves them as one PNG and exits.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the MASON GUI: a map of the strait, live charts, and the policy levers in the Console's Model tab.",
                "With --snapshot, run N days with the windows open, save them as a PNG and exit (works under xvfb-run)."})
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", arity = "0..1",
            description = "Scenario file (default: " + ChannelSimWithUI.DEFAULT_SCENARIO + ").")
    Path file;

    @Option(names = "--snapshot", paramLabel = "PNG", description = "Save the map and charts windows as this PNG after --steps days, then exit.")
    Path snapshot;

    @Option(names = "--steps", paramLabel = "N",
            description = "Days to run before the snapshot (default: the whole scenario, warm-up included); without --snapshot, days to run before pausing.")
    Long steps;

    @Mixin
    SharedOptions.Seed seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (steps != null && steps < 1)
            throw new ConfigException(Problem.option("steps", "must be at least 1, got " + steps));
        Map<String, Object> options = new LinkedHashMap<>();
        if (seed.value != null) options.put("seed", seed.value);
        Path f = file != null ? file : ChannelSimWithUI.defaultScenarioPath();
        Scenario scenario = ScenarioLoader.load(f, sets, options);
        try {
            if (snapshot != null) {
                long n = steps != null ? steps : Long.MAX_VALUE;
                Snapshot.take(scenario, scenario.seed(), n, snapshot);
                spec.commandLine().getOut().println("wrote " + snapshot);
                return 0;
            }
            ChannelSimWithUI gui = Snapshot.open(scenario, scenario.seed(), steps == null ? 0 : steps);
            // closing the Console ends the program (MASON quits with the last Console); wait for it here
            CountDownLatch closed = new CountDownLatch(1);
            if (gui.controller instanceof Window w) w.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) { closed.countDown(); }
            });
            closed.await();
            return 0;
        } catch (Snapshot.NoDisplayException e) {
            spec.commandLine().getErr().println("channelsim gui: " + e.getMessage());
            return 1;
        }
    }
}
