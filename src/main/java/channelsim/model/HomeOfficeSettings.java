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
    public static final String REFERRALS_PER_RETURN = "home_office.returns.referrals_per_return";
    public static final String EVIDENCE_SHARE = "home_office.returns.evidence_share";
    public static final String DETENTION_PLACES = "home_office.returns.detention_places";
    public static final String IDENTIFICATION_DAYS = "home_office.returns.identification_days";
    public static final String CHALLENGE_SHARE = "home_office.returns.challenge_share";
    public static final String CHALLENGE_DAYS = "home_office.returns.challenge_days";
    public static final String CHALLENGE_SUCCESS = "home_office.returns.challenge_success";
    public static final String PARTNER_ACCEPTANCE_PER_WEEK = "home_office.returns.partner_acceptance_per_week";
    public static final String SECOND_CLAIM_INADMISSIBLE = "home_office.returns.second_claim_inadmissible";

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
    /** arrivals referred to the returns pipeline per place in the weekly quota (people/return). */
    @Key(REFERRALS_PER_RETURN)
    public double referralsPerReturn;
    /** share of referred arrivals with evidence of passage through France (share). */
    @Key(EVIDENCE_SHARE)
    public double evidenceShare;
    /** detention places for people awaiting return (places, before scaling). */
    @Key(DETENTION_PLACES)
    public int detentionPlaces;
    /** mean time to identify a detained arrival and agree the case with France (days). */
    @Key(IDENTIFICATION_DAYS)
    public double identificationDays;
    /** share of detained people who challenge their return (share). */
    @Key(CHALLENGE_SHARE)
    public double challengeShare;
    /** mean time a challenge and its appeal take (days). */
    @Key(CHALLENGE_DAYS)
    public double challengeDays;
    /** share of challenges that succeed (share). */
    @Key(CHALLENGE_SUCCESS)
    public double challengeSuccess;
    /** most returns France accepts in a week (people/week, before scaling). */
    @Key(PARTNER_ACCEPTANCE_PER_WEEK)
    public int partnerAcceptancePerWeek;
    /** a returnee's second claim is inadmissible: straight to the returns pipeline. */
    @Key(SECOND_CLAIM_INADMISSIBLE)
    public boolean secondClaimInadmissible;
}
