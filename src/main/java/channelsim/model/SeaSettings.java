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
    public static final String TAXI_INCIDENT_FACTOR = "sea.taxi_incident_factor";
    public static final String CRUSH_RATE = "sea.crush_rate";
    public static final String CRUSH_THRESHOLD = "sea.crush_threshold";
    public static final String CRUSH_DEATHS_SHARE = "sea.crush_deaths_share";
    public static final String TAXI_PICKUP_RATE = "sea.taxi_pickup_rate";
    public static final String PICKUP_DEATHS_SHARE = "sea.pickup_deaths_share";
    public static final String DEATHS_EMBARKATION = "sea.deaths_embarkation";
    public static final String DEATHS_AT_SEA = "sea.deaths_at_sea";
    public static final String DEATHS_INTERVENTION = "sea.deaths_intervention";
    public static final String DEATHS_TAXI_PICKUP = "sea.deaths_taxi_pickup";

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
    /** incident risk at sea of a taxi boat relative to a boat launched from the beach (multiplier). */
    @Key(TAXI_INCIDENT_FACTOR)
    public double taxiIncidentFactor;
    /** chance of a deadly crush boarding a dinghy loaded at crush_threshold (1/boat). */
    @Key(CRUSH_RATE)
    public double crushRate;
    /** people per boat at which a crush at embarkation becomes likely (people). */
    @Key(CRUSH_THRESHOLD)
    public double crushThreshold;
    /** mean share of the others aboard who die in a crush (share). */
    @Key(CRUSH_DEATHS_SHARE)
    public double crushDeathsShare;
    /** chance that someone drowns wading out to a taxi boat, per taxi boat in calm weather (1/boat). */
    @Key(TAXI_PICKUP_RATE)
    public double taxiPickupRate;
    /** mean share of the others picked up who die with them in a fatal pick-up (share). */
    @Key(PICKUP_DEATHS_SHARE)
    public double pickupDeathsShare;
    /** deaths in crushes at embarkation happen (switch off to remove the cause). */
    @Key(DEATHS_EMBARKATION)
    public boolean deathsEmbarkation;
    /** deaths in incidents at sea happen (switch off to remove the cause). */
    @Key(DEATHS_AT_SEA)
    public boolean deathsAtSea;
    /** deaths in shallow-water interventions happen (switch off to remove the cause). */
    @Key(DEATHS_INTERVENTION)
    public boolean deathsIntervention;
    /** deaths in taxi-boat pick-ups happen (switch off to remove the cause). */
    @Key(DEATHS_TAXI_PICKUP)
    public boolean deathsTaxiPickup;
}
