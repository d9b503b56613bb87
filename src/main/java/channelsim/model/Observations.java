package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What migrants see and hear: in each camp, how peers' attempts ended (success, death), which camp peers
 * witness; in each origin group, how many of those who arrived were sent away (returned to France or
 * removed) and how many returnees were sent on to a first-entry state, and how many of the arrivals the returns
 * pipeline could return (eligible) were returned to France: what a returnee, who knows it is eligible, goes by. Counts are smoothed exponentially
 * over {@code migrants.memory_days}, starting from priors. The same events feed each group's ring of news
 * ({@link NewsNetwork}), from which migrants form their own beliefs about return and work: nobody knows a
 * return agreement except through the returns it brings about (and a small weight on its announcement).
 */
public final class Observations implements Steppable {
    private static final long serialVersionUID = 1;
    private final double[] attempts, successes, deaths;
    private final int[] attemptsToday, successesToday, deathsToday;
    private final double[] arrived, sentAway, returned, onward;
    private final int[] arrivedToday, sentAwayToday, returnedToday, onwardToday;
    // Cases like a returnee's own: arrivals who pass the returns pipeline's eligibility (no UK links, not a
    // minor, weighted by the chance of evidence of passage through France) and the returns to France among
    // them; removals that are not returns to France (home, third country, hub) apply to anyone.
    private final double[] eligibleArrived, eligibleReturned, removed, eligibleArrivedToday;
    private final int[] removedToday;
    // package-private so the migrants' daily loop can read them from locals (they change only in step())
    final double[] successRate, deathRate, returnRate, onwardRate;
    /**
     * Per group, the chance of being sent away of an arrival like a returnee, who knows it passed the
     * pipeline's eligibility: the returns to France per eligible arrival, plus the removals per arrival.
     */
    final double[] eligibleReturnRate;
    private final NewsNetwork news;

    Observations(Params p, NewsNetwork news) {
        this.news = news;
        int c = Geography.CAMPS.size(), g = p.groupCount();
        attempts = new double[c];
        successes = new double[c];
        deaths = new double[c];
        attemptsToday = new int[c];
        successesToday = new int[c];
        deathsToday = new int[c];
        arrived = new double[g];
        sentAway = new double[g];
        returned = new double[g];
        onward = new double[g];
        arrivedToday = new int[g];
        sentAwayToday = new int[g];
        returnedToday = new int[g];
        onwardToday = new int[g];
        successRate = new double[c];
        deathRate = new double[c];
        returnRate = new double[g];
        onwardRate = new double[g];
        eligibleArrived = new double[g];
        eligibleReturned = new double[g];
        removed = new double[g];
        eligibleArrivedToday = new double[g];
        removedToday = new int[g];
        eligibleReturnRate = new double[g];
        // priors: about half of attempts succeed, deaths are rare, and few are sent away
        MigrantSettings s = Settings.of(p).migrants;
        double w = s.priorWeight;
        for (int k = 0; k < c; k++) {
            attempts[k] = w;
            successes[k] = w * s.priorSuccess;
            deaths[k] = w * s.priorDeath;
        }
        for (int k = 0; k < g; k++) {
            arrived[k] = w;
            sentAway[k] = w * s.priorReturn;
            returned[k] = w;
            eligibleArrived[k] = w;
            eligibleReturned[k] = w * s.priorReturn;
        }
        refresh();
    }

    public double success(int c) { return successRate[c]; }

    public double death(int c) { return deathRate[c]; }

    public double onward(int g) { return onwardRate[g]; }

    public double sentAwayShare(int g) { return returnRate[g]; }

    /** Each origin group's ring of news, from which migrants hear stories. */
    public NewsNetwork news() { return news; }

    void noteAttempt(int c) { attemptsToday[c]++; }

    void noteSuccess(int c) { successesToday[c]++; }

    void noteDeath(int c) { deathsToday[c]++; }

    /**
     * Someone of group g landed; {@code eligible} is its weight among the cases the returns pipeline can
     * return (0 with UK links or a minor, otherwise the chance of evidence of passage through France).
     */
    void noteArrival(int g, double eligible) {
        arrivedToday[g]++;
        eligibleArrivedToday[g] += eligible;
        news.noteStayed(g);
    }

    void noteRemoval(int g) {
        sentAwayToday[g]++;
        removedToday[g]++;
        news.noteSentAway(g);
    }

    void noteReturn(int g) {
        sentAwayToday[g]++;
        news.noteSentAway(g);
        returnedToday[g]++;
    }

    /** Group g's chance of being sent away for an arrival who passes the returns pipeline's eligibility. */
    public double eligibleReturnRate(int g) { return eligibleReturnRate[g]; }

    void noteOnward(int g) { onwardToday[g]++; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        double keep = 1 - 1 / m.settings().migrants.memoryDays;
        for (int c = 0; c < attempts.length; c++) {
            attempts[c] = attempts[c] * keep + attemptsToday[c];
            successes[c] = successes[c] * keep + successesToday[c];
            deaths[c] = deaths[c] * keep + deathsToday[c];
            attemptsToday[c] = successesToday[c] = deathsToday[c] = 0;
        }
        for (int g = 0; g < arrived.length; g++) {
            arrived[g] = arrived[g] * keep + arrivedToday[g];
            sentAway[g] = sentAway[g] * keep + sentAwayToday[g];
            returned[g] = returned[g] * keep + returnedToday[g];
            onward[g] = onward[g] * keep + onwardToday[g];
            eligibleArrived[g] = eligibleArrived[g] * keep + eligibleArrivedToday[g];
            eligibleReturned[g] = eligibleReturned[g] * keep + returnedToday[g]; // every return passed eligibility
            removed[g] = removed[g] * keep + removedToday[g];
            arrivedToday[g] = sentAwayToday[g] = returnedToday[g] = onwardToday[g] = removedToday[g] = 0;
            eligibleArrivedToday[g] = 0;
        }
        refresh();
    }

    private void refresh() {
        for (int c = 0; c < attempts.length; c++) {
            // a floor keeps smoothed counts meaningful after long quiet spells
            double a = Math.max(attempts[c], 1e-6);
            successRate[c] = successes[c] / a;
            deathRate[c] = deaths[c] / a;
        }
        for (int g = 0; g < arrived.length; g++) {
            // few arrivals but many removals (a group that stopped coming) still reads as high risk
            returnRate[g] = Math.min(1.0, sentAway[g] / Math.max(arrived[g], 1.0));
            onwardRate[g] = returned[g] > 0 ? Math.min(1.0, onward[g] / Math.max(returned[g], 1.0)) : 0;
            // as returnRate, but among eligible arrivals: few eligible arrivals and many returns read as high risk
            eligibleReturnRate[g] = Math.min(1.0, eligibleReturned[g] / Math.max(eligibleArrived[g], 1.0) + removed[g] / Math.max(arrived[g], 1.0));
        }
    }
}
