package channelsim.model;

import java.time.LocalDate;

/**
 * What a policy may see of the model when it sets today's levers: the parameters in force, the levers
 * themselves, and a few facts a scheme's rules depend on. Policies see nothing else, so a policy cannot
 * reach into agents or outcomes.
 */
public interface PolicyContext {
    Params params();

    Levers levers();

    /** The parameters in force as typed fields, block by block. */
    Settings settings();

    /** Mean weekly arrivals over the last four weeks (for a scheme's review). */
    double recentWeeklyArrivals();

    /** People returned to France from the given date up to yesterday. */
    long returnedSince(LocalDate date);

    /** True when Europe blocks the bilateral scheme today (see {@link Europe}). */
    boolean schemeBlocked();
}
