package channelsim.model;

/**
 * The migrants' and the asylum system's parameters in force, read from {@link Params} once per change (a
 * timeline step or the GUI) rather than once per migrant (about 130,000 creations a replicate-year) or
 * once a day (twenty map lookups inlined into the daily step made its compilation several times slower).
 * The daily loops read these plain fields.
 */
final class MigrantRules {
    // new migrants
    double moneySpread, valuationSpread, moneyMean, riskMean, riskSpread;
    // camp life
    double income, waitCost, learn, learnJob, salience, stayValue, jobValue, alternative, lifeValue, onwardCost,
            bookRate, giveUp, repay, freeRetry, legalWaitDays, ownFailure, returnShock;
    // the asylum system
    double decisionDays, fastTrack, abscond;
    private final ParamsWatch watch = new ParamsWatch();

    /** Brings the fields up to date with p (cheap when nothing changed). */
    MigrantRules update(Params p) {
        if (!watch.changed(p)) return this;
        moneySpread = p.num("migrants.money_spread");
        valuationSpread = p.num("migrants.valuation_spread");
        moneyMean = p.num("migrants.money_mean");
        riskMean = p.num("migrants.risk_tolerance_mean");
        riskSpread = p.num("migrants.risk_tolerance_spread");
        income = p.num("migrants.income_per_day");
        waitCost = p.num("migrants.waiting_cost_per_day");
        learn = p.num("migrants.belief_learning_rate");
        learnJob = p.num("migrants.job_learning_rate");
        salience = p.num("migrants.return_salience");
        stayValue = p.num("migrants.stay_value");
        jobValue = p.num("migrants.job_value");
        alternative = p.num("migrants.alternative_value");
        lifeValue = p.num("migrants.life_value");
        onwardCost = p.num("migrants.onward_cost");
        bookRate = p.num("migrants.booking_rate");
        giveUp = p.num("migrants.give_up_rate");
        repay = 1 - p.num("gangs.free_retry_share");
        freeRetry = 1 - repay;
        legalWaitDays = p.num("migrants.legal_wait_days");
        decisionDays = p.num("home_office.decision_days_mean");
        fastTrack = p.num("home_office.fast_track_days");
        abscond = p.num("home_office.abscond_rate");
        ownFailure = 1 - p.num("migrants.own_failure_weight");
        returnShock = p.num("migrants.return_shock");
        return this;
    }
}
