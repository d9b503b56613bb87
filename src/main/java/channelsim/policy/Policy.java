package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * One policy lever. Each day it reads its YAML block (as changed by the timeline or the GUI) through the
 * typed settings and sets the options the agents act on ({@link Levers}); it never writes an outcome.
 */
public interface Policy {
    /** The YAML block under {@code policies.}, e.g. {@code one_in_one_out}. */
    String key();

    void apply(PolicyContext model, Settings s, Levers levers, LocalDate date);

    /** True when the lever is in force on this date. */
    boolean active(Settings s, LocalDate date);
}
