package channelsim.model;

import channelsim.config.Scenario;

import java.time.LocalDate;

/**
 * The day's first event, injected into the model: apply the scenario's dated changes that are due and let
 * the policies set today's {@link Levers}. The model calls it and knows nothing of the policies behind it
 * (the MASON HeatBugs/HeatBugsWithUI split, applied to policies); {@code channelsim.policy.PolicySchedule}
 * is the implementation.
 */
public interface PolicyStep {
    void apply(PolicyContext context, LocalDate date);

    /** Makes a fresh policy step for each run (policies may keep state, such as a scheme's review). */
    interface Factory {
        PolicyStep create(Scenario scenario);
    }
}
