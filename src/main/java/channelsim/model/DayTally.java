package channelsim.model;

/**
 * What the metrics read at the end of a day: the model's parts, and the few sums that several metrics
 * share (today's boats by fate, taxi boats, southern launches, gang revenue, the backlog, the public cost),
 * taken once so that each {@link Metric} reads a field. One per run, retaken every day (no allocation).
 */
final class DayTally {
    final ChannelModel model;
    final MigrantPool pool;
    final DailyFlows flows;
    int boats, taxi, south, boatsPrevented, boatsStopped, landed, inland;
    /** Mean know-how of the operating gangs. */
    double knowHow;
    long backlog;
    double revenue, publicCost;

    DayTally(ChannelModel model, MigrantPool pool, DailyFlows flows) {
        this.model = model;
        this.pool = pool;
        this.flows = flows;
    }

    /** Takes today's sums (once a day: the public cost account is worked out here). */
    void take(LaunchBoard launches, SmugglingGang[] gangs, PublicCost cost, Settings settings, Levers levers, double officers) {
        boats = launches.count;
        taxi = south = boatsPrevented = boatsStopped = landed = inland = 0;
        for (int i = 0; i < boats; i++) {
            if (launches.taxi[i]) taxi++;
            if (launches.inland[i]) inland++;
            if (Geography.BEACHES.get(launches.beach[i]).southern()) south++;
            byte f = launches.fate[i];
            if (f == LaunchBoard.PREVENTED) boatsPrevented++;
            else if (f == LaunchBoard.SHALLOW_STOP || f == LaunchBoard.RESCUED || f == LaunchBoard.INCIDENT_FR) boatsStopped++;
            else if (f == LaunchBoard.LANDED || f == LaunchBoard.INCIDENT_UK) landed++;
        }
        revenue = knowHow = 0;
        int live = 0;
        for (SmugglingGang g : gangs) {
            revenue += g.revenueToday;
            if (g.alive) { knowHow += g.knowHow; live++; }
        }
        if (live > 0) knowHow /= live;
        backlog = pool.count(MigrantState.UK_CLAIM);
        publicCost = cost.account(settings, levers, flows, officers, backlog);
    }
}
