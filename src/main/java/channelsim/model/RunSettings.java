package channelsim.model;

import java.time.LocalDate;

/**
 * The run block (top-level keys): name, dates, length, seed and population scale. The one place these keys are read: agents read
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
    public String name;
    /** one-line description shown in reports. */
    public String description;
    /** first simulated calendar day (date). */
    public LocalDate start;
    /** number of simulated days recorded (days). */
    public int days;
    /** days simulated before start and not recorded, so camps, beliefs and gangs are not empty on day 1 (days). */
    public int warmupDays;
    /** random seed of the run (a study derives one per replicate). */
    public long seed;
    /** population multiplier: inflow, initial stocks, quotas and capacities scale with it (multiplier). */
    public double scale;

    @Override
    void read(Params p) {
        name = (String) p.get(NAME);
        description = (String) p.get(DESCRIPTION);
        start = p.date(START);
        days = p.integer(DAYS);
        warmupDays = p.integer(WARMUP_DAYS);
        seed = ((Number) p.get(SEED)).longValue();
        scale = p.num(SCALE);
    }
}
