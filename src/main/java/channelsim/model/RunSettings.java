package channelsim.model;

import java.time.LocalDate;

/**
 * The run block (top-level keys): name, dates, length, seed and population scale. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class RunSettings extends BlockSettings {
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String START = "start";
    public static final String DAYS = "days";
    public static final String WARMUP_DAYS = "warmup_days";
    public static final String SEED = "seed";
    public static final String SCALE = "scale";

    /** scenario name; also names the default output folder runs/<name>/. */
    @Key(NAME)
    public String name;
    /** one-line description shown in reports. */
    @Key(DESCRIPTION)
    public String description;
    /** first simulated calendar day (date). */
    @Key(START)
    public LocalDate start;
    /** number of simulated days recorded (days). */
    @Key(DAYS)
    public int days;
    /** days simulated before start and not recorded, so camps, beliefs and gangs are not empty on day 1 (days). */
    @Key(WARMUP_DAYS)
    public int warmupDays;
    /** random seed of the run (a study derives one per replicate). */
    @Key(SEED)
    public long seed;
    /** population multiplier: inflow, initial stocks, quotas and capacities scale with it (multiplier). */
    @Key(SCALE)
    public double scale;
}
