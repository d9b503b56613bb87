package channelsim.model;

/**
 * The {@code sea.} block: incidents at sea, deaths and rescues. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class SeaSettings extends BlockSettings {
    public static final String INCIDENT_RATE = "sea.incident_rate";
    public static final String CROWDING_THRESHOLD = "sea.crowding_threshold";
    public static final String CROWDING_WIDTH = "sea.crowding_width";
    public static final String BAD_WEATHER_RISK = "sea.bad_weather_risk";
    public static final String SURVIVORS_TO_UK = "sea.survivors_to_uk";
    public static final String DEATHS_SHARE = "sea.deaths_share";

    /** chance a boat at sea has a fatal incident when crowding is at its threshold (1/boat). */
    @Key(INCIDENT_RATE)
    public double incidentRate;
    /** people per boat at which incidents become likely (people). */
    @Key(CROWDING_THRESHOLD)
    public double crowdingThreshold;
    /** width of the crowding response (people). */
    @Key(CROWDING_WIDTH)
    public double crowdingWidth;
    /** extra incident risk at the worst crossable weather (multiplier). */
    @Key(BAD_WEATHER_RISK)
    public double badWeatherRisk;
    /** share of boats with a fatal incident whose survivors are landed in the UK (the rest are taken back to France) (share). */
    @Key(SURVIVORS_TO_UK)
    public double survivorsToUk;
    /** share of people aboard who die in a fatal incident (share). */
    @Key(DEATHS_SHARE)
    public double deathsShare;
}
