package channelsim.policy;

import channelsim.config.Scenario;
import channelsim.model.ChannelModel;
import channelsim.model.RunResult;

/**
 * The model with ChannelSim's policies plugged in: what every command, study and display runs. The model
 * takes its day's policy step from outside ({@link channelsim.model.PolicyStep}); this is where the two
 * meet, so that the model never depends on the policies.
 */
public final class Simulation {
    private Simulation() {}

    /** A model of the scenario for this seed, not yet started (for the GUI and tests that step it). */
    public static ChannelModel model(Scenario scenario, long seed) {
        return new ChannelModel(scenario, seed, PolicySchedule::new);
    }

    /** Runs one replicate headless: warm-up, then the recorded days. */
    public static RunResult run(Scenario scenario, long seed) {
        return ChannelModel.run(scenario, seed, PolicySchedule::new);
    }

    /** Runs one replicate headless, handing {@code read} the stocks on the morning of {@code stateOn}: see {@link ChannelModel#run(Scenario, long, channelsim.model.PolicyStep.Factory, java.time.LocalDate, java.util.function.Consumer)}. */
    public static RunResult run(Scenario scenario, long seed, java.time.LocalDate stateOn, java.util.function.Consumer<channelsim.model.StateReading> read) {
        return ChannelModel.run(scenario, seed, PolicySchedule::new, stateOn, read);
    }

    /** Runs one replicate headless that a checkpoint may stop early (null then): see {@link ChannelModel#run(Scenario, long, channelsim.model.PolicyStep.Factory, int[], ChannelModel.Checkpoint)}. */
    public static RunResult run(Scenario scenario, long seed, int[] checkDays, ChannelModel.Checkpoint checkpoint) {
        return ChannelModel.run(scenario, seed, PolicySchedule::new, checkDays, checkpoint);
    }
}
