package channelsim.model;

/**
 * The {@code migrants.} block: inflow, money, values, beliefs and decisions of the people in the camps. The one place these keys are read: agents read
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
    public static final String JOB_LEARNING_RATE = "migrants.job_learning_rate";
    public static final String RETURN_SALIENCE = "migrants.return_salience";
    public static final String MEMORY_DAYS = "migrants.memory_days";
    public static final String LEGAL_WAIT_DAYS = "migrants.legal_wait_days";
    public static final String ONWARD_COST = "migrants.onward_cost";

    /** mean arrivals in northern France per day (before seasonality) (people/day). */
    public double inflowPerDay;
    /** relative amplitude of the yearly cycle of arrivals in northern France (share). */
    public double inflowSeasonality;
    /** day of year of peak inflow (day of year). */
    public double inflowPeakDay;
    /** people in the camps when the warm-up starts (people). */
    public int initialWaiting;
    /** mean money a migrant can raise on reaching the coast (GBP). */
    public double moneyMean;
    /** spread (log standard deviation) of money between migrants (log-sd). */
    public double moneySpread;
    /** money a waiting migrant raises per day (remittances, informal work) (GBP/day). */
    public double incomePerDay;
    /** hardship of each day spent in the camps saving for a place (evictions, cold, violence), in the units of the values below (GBP/day). */
    public double waitingCostPerDay;
    /** perceived value of being allowed to stay in the UK (GBP). */
    public double stayValue;
    /** perceived value of illegal work in the UK if found (the pull factor) (GBP). */
    public double jobValue;
    /** perceived value of giving up: claiming asylum in France or moving elsewhere in Europe (GBP). */
    public double alternativeValue;
    /** disutility of death used with the believed chance of dying at sea (GBP). */
    public double lifeValue;
    /** mean risk tolerance (1 = ignores death risk) (0-1). */
    public double riskToleranceMean;
    /** spread of risk tolerance between migrants (clipped to 0.01-0.99) (sd). */
    public double riskToleranceSpread;
    /** share by which one's own failed attempt lowers the believed chance of success (share). */
    public double ownFailureWeight;
    /** share of the way to certainty that a returnee's believed return risk jumps (share). */
    public double returnShock;
    /** share of attempts believed to succeed before any news (camps start with this) (share). */
    public double priorSuccess;
    /** share of attempts believed to end in death before any news (share). */
    public double priorDeath;
    /** how many attempts' worth of news the priors count for (attempts). */
    public double priorWeight;
    /** spread of personal valuations of the UK (heterogeneity in motives) (log-sd). */
    public double valuationSpread;
    /** daily chance that a migrant who wants to cross and can pay books a place (1/day). */
    public double bookingRate;
    /** daily chance of giving up when crossing looks worse than the alternative (1/day). */
    public double giveUpRate;
    /** how fast beliefs about success, return and death move towards what camp peers saw (1/day). */
    public double beliefLearningRate;
    /** how fast the believed chance of UK work moves towards the true one (1/day). */
    public double jobLearningRate;
    /** weight given to returns and removals seen by peers when judging return risk (multiplier). */
    public double returnSalience;
    /** time scale of what camps remember (exponential smoothing) (days). */
    public double memoryDays;
    /** mean time a legal-route applicant waits before going back to the boats (days). */
    public double legalWaitDays;
    /** perceived loss of being sent on to a first-entry state (Med Five) (GBP). */
    public double onwardCost;

    @Override
    void read(Params p) {
        inflowPerDay = p.num(INFLOW_PER_DAY);
        inflowSeasonality = p.num(INFLOW_SEASONALITY);
        inflowPeakDay = p.num(INFLOW_PEAK_DAY);
        initialWaiting = p.integer(INITIAL_WAITING);
        moneyMean = p.num(MONEY_MEAN);
        moneySpread = p.num(MONEY_SPREAD);
        incomePerDay = p.num(INCOME_PER_DAY);
        waitingCostPerDay = p.num(WAITING_COST_PER_DAY);
        stayValue = p.num(STAY_VALUE);
        jobValue = p.num(JOB_VALUE);
        alternativeValue = p.num(ALTERNATIVE_VALUE);
        lifeValue = p.num(LIFE_VALUE);
        riskToleranceMean = p.num(RISK_TOLERANCE_MEAN);
        riskToleranceSpread = p.num(RISK_TOLERANCE_SPREAD);
        ownFailureWeight = p.num(OWN_FAILURE_WEIGHT);
        returnShock = p.num(RETURN_SHOCK);
        priorSuccess = p.num(PRIOR_SUCCESS);
        priorDeath = p.num(PRIOR_DEATH);
        priorWeight = p.num(PRIOR_WEIGHT);
        valuationSpread = p.num(VALUATION_SPREAD);
        bookingRate = p.num(BOOKING_RATE);
        giveUpRate = p.num(GIVE_UP_RATE);
        beliefLearningRate = p.num(BELIEF_LEARNING_RATE);
        jobLearningRate = p.num(JOB_LEARNING_RATE);
        returnSalience = p.num(RETURN_SALIENCE);
        memoryDays = p.num(MEMORY_DAYS);
        legalWaitDays = p.num(LEGAL_WAIT_DAYS);
        onwardCost = p.num(ONWARD_COST);
    }
}
