package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/**
 * One policy lever. Each day it reads its YAML block (as changed by the timeline or the GUI) and sets the
 * options the agents act on ({@link Levers}); it never writes an outcome.
 */
public interface Policy {
    /** The YAML block under {@code policies.}, e.g. {@code one_in_one_out}. */
    String key();

    void apply(PolicyContext model, Params p, Levers levers, LocalDate date);

    /** True when the lever is switched on today (for displays). */
    boolean active(Params p, LocalDate date);
}
