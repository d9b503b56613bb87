package channelsim.gui;

import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.ChannelModel;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.model.SmugglingGang;
import channelsim.policy.Simulation;

import org.junit.jupiter.api.Test;
import sim.util.Bag;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI class without windows: it must run exactly the model a headless run does (the map layer only
 * reads), and its map must agree with the model. No display needed.
 */
class GuiModelTest {
    static final Path SCENARIO = Path.of("models/scenarios/one-in-one-out-2025.yaml");

    /** The shipped GUI default at a quarter of the people and a short horizon, so tests stay quick. */
    static Scenario small(int days) throws Exception {
        return ScenarioLoader.load(SCENARIO, List.of("scale=0.25", "days=" + days));
    }

    @Test
    void guiRunsTheSameModelAsAHeadlessRun() throws Exception {
        int days = 45;
        Scenario s = small(days);
        long seed = 7;
        RunResult headless = Simulation.run(s, seed);

        ChannelSimWithUI gui = new ChannelSimWithUI(s, seed);
        long beforeStart = gui.totalSteps();
        gui.start(); // as the Console does: model start, map layer, per-day hooks
        ChannelModel m = gui.model();
        assertEquals(beforeStart, gui.totalSteps(), "the run's length is known before it starts");
        Metric[] compared = {Metric.ARRIVALS, Metric.LAUNCHES, Metric.PREVENTED, Metric.DEATHS, Metric.WAITING,
                Metric.PRICE, Metric.RETURNED, Metric.GANGS};
        double[][] seen = new double[compared.length][days];
        long total = gui.totalSteps();
        assertEquals(m.warmupDays() + days, total);
        for (long step = 0; step < total; step++) {
            assertTrue(gui.step(), "the GUI's schedule ran out at step " + step);
            long day = m.day() - 1; // the day just simulated, 1 on the scenario's start
            if (day >= 1) for (int k = 0; k < compared.length; k++) seen[k][(int) day - 1] = m.recorder().today(compared[k]);
        }
        for (int k = 0; k < compared.length; k++)
            assertArrayEquals(headless.series(compared[k]), seen[k], 0.0, "daily " + compared[k].column + " differs");
        assertTrue(headless.total("arrivals") > 0, "a test that compares nothing proves nothing");
        gui.finish();
    }

    @Test
    void theMapShowsWhatTheModelHas() throws Exception {
        ChannelSimWithUI gui = new ChannelSimWithUI(small(30), 3);
        gui.start();
        ChannelModel m = gui.model();
        int busiest = 0;
        for (int step = 0; step < 120; step++) {
            gui.step();
            Bag all = gui.map().getAllObjects();
            int beaches = 0, camps = 0, cutters = 0, boats = 0, gangs = 0, waiting = 0, migrants = 0;
            for (Object o : all) {
                if (o instanceof MapLayer.BeachSite) beaches++;
                else if (o instanceof MapLayer.CampSite c) { camps++; waiting += c.getWaiting(); }
                else if (o instanceof MapLayer.BorderForceCutter) cutters++;
                else if (o instanceof MapLayer.BoatMarker b && b.shown()) boats++;
                else if (o instanceof SmugglingGang g) { gangs++; assertTrue(g.isAlive(), "a dismantled gang is still on the map"); }
                else if (o instanceof MapLayer.MigrantMarker) migrants++;
            }
            assertEquals(11, beaches);
            assertEquals(3, camps);
            assertEquals(1, cutters);
            assertEquals(m.launches().count(), boats, "one marker per boat of the day");
            assertEquals(m.liveGangs(), gangs, "every operating gang, and only those");
            assertEquals((int) m.recorder().today(Metric.WAITING), waiting, "camps add up to the people waiting");
            assertTrue(migrants > 0 && migrants <= 64, "a sample of migrants is followed: " + migrants);
            busiest = Math.max(busiest, boats);
        }
        assertTrue(busiest > 0, "no boat was ever drawn");
    }

    @Test
    void followedMigrantsAreInspectable() throws Exception {
        ChannelSimWithUI gui = new ChannelSimWithUI(small(30), 5);
        gui.start();
        for (int step = 0; step < 20; step++) gui.step();
        for (Object o : gui.map().getAllObjects()) {
            if (!(o instanceof MapLayer.MigrantMarker mm)) continue;
            assertTrue(List.of("IN_CAMP", "BOOKED", "LEGAL_WAIT", "UK_CLAIM", "REFUSED").contains(mm.getState()), mm.getState());
            assertTrue(mm.getBeliefSuccess() >= 0 && mm.getBeliefSuccess() <= 1);
            assertTrue(!mm.getGroup().isEmpty());
        }
    }
}
