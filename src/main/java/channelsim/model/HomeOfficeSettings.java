package channelsim.model;

/**
 * The {@code home_office.} block: claims, decisions, absconding, the initial backlog and asylum costs. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class HomeOfficeSettings extends BlockSettings {
    public static final String INITIAL_BACKLOG = "home_office.initial_backlog";
    public static final String DECISION_DAYS_MEAN = "home_office.decision_days_mean";
    public static final String FAST_TRACK_DAYS = "home_office.fast_track_days";
    public static final String ABSCOND_RATE = "home_office.abscond_rate";
    public static final String SUPPORT_COST_PER_DAY = "home_office.support_cost_per_day";
    public static final String COST_PER_ARRIVAL = "home_office.cost_per_arrival";

    /** small-boat arrivals awaiting an asylum decision at the start (scaled) (people). */
    @Key(INITIAL_BACKLOG)
    public int initialBacklog;
    /** mean time to an initial asylum decision (days). */
    @Key(DECISION_DAYS_MEAN)
    public double decisionDaysMean;
    /** time to decide and remove an arrival from a country with a return agreement (days). */
    @Key(FAST_TRACK_DAYS)
    public double fastTrackDays;
    /** daily chance a refused asylum seeker absconds (1/day). */
    @Key(ABSCOND_RATE)
    public double abscondRate;
    /** asylum support and hotel cost per person awaiting a decision (GBP/day). */
    @Key(SUPPORT_COST_PER_DAY)
    public double supportCostPerDay;
    /** Border Force rescue, landing and processing per arrival (GBP). */
    @Key(COST_PER_ARRIVAL)
    public double costPerArrival;
}
