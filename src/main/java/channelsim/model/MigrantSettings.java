package channelsim.model;

/**
 * The {@code migrants.} block: inflow, money, values, beliefs and decisions of the people in the camps. The one place these keys are named: agents read
 * the typed fields, refreshed when the parameters change (see {@link Settings}). Defaults, ranges and
 * sources are in {@code channelsim.config.ParameterRegistry}.
 */
public final class MigrantSettings extends BlockSettings {
    public static final String INFLOW_PER_DAY = "migrants.inflow_per_day";
    public static final String INFLOW_SEASONALITY = "migrants.inflow_seasonality";
    public static final String INFLOW_PEAK_DAY = "migrants.inflow_peak_day";
    public static final String INITIAL_WAITING = "migrants.initial_waiting";
    public static final String MONEY_MEAN = "migrants.money_mean";
    public static final String MONEY_SPREAD = "migrants.money_spread";
    public static final String INCOME_PER_DAY = "migrants.income_per_day";
    public static final String WAITING_COST_PER_DAY = "migrants.waiting_cost_per_day";
    public static final String STAY_VALUE = "migrants.stay_value";
    public static final String JOB_VALUE = "migrants.job_value";
    public static final String ALTERNATIVE_VALUE = "migrants.alternative_value";
    public static final String LIFE_VALUE = "migrants.life_value";
    public static final String RISK_TOLERANCE_MEAN = "migrants.risk_tolerance_mean";
    public static final String RISK_TOLERANCE_SPREAD = "migrants.risk_tolerance_spread";
    public static final String OWN_FAILURE_WEIGHT = "migrants.own_failure_weight";
    public static final String RETURN_SHOCK = "migrants.return_shock";
    public static final String PRIOR_SUCCESS = "migrants.prior_success";
    public static final String PRIOR_DEATH = "migrants.prior_death";
    public static final String PRIOR_WEIGHT = "migrants.prior_weight";
    public static final String VALUATION_SPREAD = "migrants.valuation_spread";
    public static final String BOOKING_RATE = "migrants.booking_rate";
    public static final String GIVE_UP_RATE = "migrants.give_up_rate";
    public static final String BELIEF_LEARNING_RATE = "migrants.belief_learning_rate";
    public static final String HEARING_RATE = "migrants.network.hearing_rate";
    public static final String STORY_WEIGHT = "migrants.network.story_weight";
    public static final String JOB_STORY_WEIGHT = "migrants.network.job_story_weight";
    public static final String ANNOUNCEMENT_WEIGHT = "migrants.network.announcement_weight";
    public static final String RETURNEE_LEARNING_RATE = "migrants.returnee_learning_rate";
    public static final String DIASPORA_EVENTS = "migrants.network.diaspora_events";
    public static final String UPSTREAM_STORIES = "migrants.network.upstream_stories";
    public static final String PRIOR_RETURN = "migrants.prior_return";
    public static final String UPSTREAM_ALTERNATIVE_VALUE = "migrants.upstream_alternative_value";
    public static final String MINOR_SHARE = "migrants.minor_share";
    public static final String RETURN_MONEY_LOSS = "migrants.return_money_loss";
    public static final String RETURN_SALIENCE = "migrants.return_salience";
    public static final String MEMORY_DAYS = "migrants.memory_days";
    public static final String LEGAL_WAIT_DAYS = "migrants.legal_wait_days";
    public static final String ONWARD_COST = "migrants.onward_cost";

    /** mean arrivals in northern France per day (before seasonality) (people/day). */
    @Key(INFLOW_PER_DAY)
    public double inflowPerDay;
    /** relative amplitude of the yearly cycle of arrivals in northern France (share). */
    @Key(INFLOW_SEASONALITY)
    public double inflowSeasonality;
    /** day of year of peak inflow (day of year). */
    @Key(INFLOW_PEAK_DAY)
    public double inflowPeakDay;
    /** people in the camps when the warm-up starts (people). */
    @Key(INITIAL_WAITING)
    public int initialWaiting;
    /** mean money a migrant can raise on reaching the coast (GBP). */
    @Key(MONEY_MEAN)
    public double moneyMean;
    /** spread (log standard deviation) of money between migrants (log-sd). */
    @Key(MONEY_SPREAD)
    public double moneySpread;
    /** money a waiting migrant raises per day (remittances, informal work) (GBP/day). */
    @Key(INCOME_PER_DAY)
    public double incomePerDay;
    /** hardship of each day spent in the camps saving for a place (evictions, cold, violence), in the units of the values below (GBP/day). */
    @Key(WAITING_COST_PER_DAY)
    public double waitingCostPerDay;
    /** perceived value of being allowed to stay in the UK (GBP). */
    @Key(STAY_VALUE)
    public double stayValue;
    /** perceived value of illegal work in the UK if found (the pull factor) (GBP). */
    @Key(JOB_VALUE)
    public double jobValue;
    /** perceived value of giving up: claiming asylum in France or moving elsewhere in Europe (GBP). */
    @Key(ALTERNATIVE_VALUE)
    public double alternativeValue;
    /** disutility of death used with the believed chance of dying at sea (GBP). */
    @Key(LIFE_VALUE)
    public double lifeValue;
    /** mean risk tolerance (1 = ignores death risk) (0-1). */
    @Key(RISK_TOLERANCE_MEAN)
    public double riskToleranceMean;
    /** spread of risk tolerance between migrants (clipped to 0.01-0.99) (sd). */
    @Key(RISK_TOLERANCE_SPREAD)
    public double riskToleranceSpread;
    /** share by which one's own failed attempt lowers the believed chance of success (share). */
    @Key(OWN_FAILURE_WEIGHT)
    public double ownFailureWeight;
    /** share of the way to certainty that a returnee's believed return risk jumps (share). */
    @Key(RETURN_SHOCK)
    public double returnShock;
    /** share of attempts believed to succeed before any news (camps start with this) (share). */
    @Key(PRIOR_SUCCESS)
    public double priorSuccess;
    /** share of attempts believed to end in death before any news (share). */
    @Key(PRIOR_DEATH)
    public double priorDeath;
    /** how many attempts' worth of news the priors count for (attempts). */
    @Key(PRIOR_WEIGHT)
    public double priorWeight;
    /** spread of personal valuations of the UK (heterogeneity in motives) (log-sd). */
    @Key(VALUATION_SPREAD)
    public double valuationSpread;
    /** daily chance that a migrant who wants to cross and can pay books a place (1/day). */
    @Key(BOOKING_RATE)
    public double bookingRate;
    /** daily chance of giving up when crossing looks worse than the alternative (1/day). */
    @Key(GIVE_UP_RATE)
    public double giveUpRate;
    /** how fast beliefs about success, return and death move towards what camp peers saw (1/day). */
    @Key(BELIEF_LEARNING_RATE)
    public double beliefLearningRate;
    /** daily chance that a migrant in a camp hears one story from its diaspora (1/day). */
    @Key(HEARING_RATE)
    public double hearingRate;
    /** how far one story of a contact sent away, or of one who stayed, moves the believed return risk (share). */
    @Key(STORY_WEIGHT)
    public double storyWeight;
    /** how far a contact's story of work found, or not, moves the believed job chance (share). */
    @Key(JOB_STORY_WEIGHT)
    public double jobStoryWeight;
    /** share of stories that are the official line on a return agreement (share). */
    @Key(ANNOUNCEMENT_WEIGHT)
    public double announcementWeight;
    /** how fast a returnee's return belief moves towards its group's return rate among eligible arrivals; 0: it hears like everyone (1/day). */
    @Key(RETURNEE_LEARNING_RATE)
    public double returneeLearningRate;
    /** events circulating as news over all groups; each group's ring holds its share (events, before scaling). */
    @Key(DIASPORA_EVENTS)
    public int diasporaEvents;
    /** stories a newcomer heard on the way through Europe (stories). */
    @Key(UPSTREAM_STORIES)
    public int upstreamStories;
    /** believed chance of being sent away before any news (share). */
    @Key(PRIOR_RETURN)
    public double priorReturn;
    /** value of heading elsewhere in north-west Europe, judged upstream (GBP). */
    @Key(UPSTREAM_ALTERNATIVE_VALUE)
    public double upstreamAlternativeValue;
    /** share of people who are minors (share). */
    @Key(MINOR_SHARE)
    public double minorShare;
    /** money a returnee loses by being returned to France (GBP). */
    @Key(RETURN_MONEY_LOSS)
    public double returnMoneyLoss;
    /** weight given to returns and removals seen by peers when judging return risk (multiplier). */
    @Key(RETURN_SALIENCE)
    public double returnSalience;
    /** time scale of what camps remember (exponential smoothing) (days). */
    @Key(MEMORY_DAYS)
    public double memoryDays;
    /** mean time a legal-route applicant waits before going back to the boats (days). */
    @Key(LEGAL_WAIT_DAYS)
    public double legalWaitDays;
    /** perceived loss of being sent on to a first-entry state (Med Five) (GBP). */
    @Key(ONWARD_COST)
    public double onwardCost;
}
