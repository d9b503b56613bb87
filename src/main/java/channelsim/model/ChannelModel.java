package channelsim.model;

import channelsim.config.Scenario;
import sim.engine.SimState;

/** The Channel model (in progress: the full model lands in the next commits). */
public class ChannelModel extends SimState {
    private final Scenario scenario;

    public ChannelModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
    }

    public Scenario getScenario() { return scenario; }

    /** Runs one replicate headless: warm-up, then the recorded days. */
    public static RunResult run(Scenario scenario, long seed) {
        throw new UnsupportedOperationException("model not yet written");
    }
}
