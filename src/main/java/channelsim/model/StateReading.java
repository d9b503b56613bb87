package channelsim.model;

/**
 * The system's stocks on the morning of one day of a run, per real person (divided by the run's
 * {@code scale}, as the starting stocks are multiplied by it): what a calendar scenario starting on that
 * day must begin with to continue the history rather than start it again. The calibration reads it off
 * the fitted history on 1 January of the last year and writes it into the flat scenario.
 *
 * @param knowHow     mean know-how of the operating gangs (0-1)
 * @param taxiShare   mean taxi-boat share the operating gangs have set up (share)
 * @param gangs       gangs operating (gangs, unscaled)
 * @param boatsPerGang mean boats in stock per operating gang (boats)
 * @param waiting     people in the camps (people, unscaled)
 * @param backlog     small-boat arrivals awaiting an asylum decision (people, unscaled)
 */
public record StateReading(double knowHow, double taxiShare, double gangs, double boatsPerGang, double waiting, double backlog) {

    /** The state of {@code m} now (after the last day stepped); {@code recorded} is that day's index in the series. */
    static StateReading of(ChannelModel m, int recorded) {
        double kh = 0, taxi = 0, boats = 0;
        int live = 0;
        for (SmugglingGang g : m.gangs()) {
            if (!g.alive) continue;
            kh += g.knowHow;
            taxi += g.taxiShare;
            boats += g.boats;
            live++;
        }
        double scale = m.settings().run.scale;
        double[][] daily = m.recorder().daily;
        return new StateReading(live > 0 ? kh / live : 0, live > 0 ? taxi / live : 0, live / scale, live > 0 ? boats / live : 0,
                daily[Metric.WAITING.ordinal()][recorded] / scale, daily[Metric.BACKLOG.ordinal()][recorded] / scale);
    }

    /** The mean of several replicates' readings. */
    public static StateReading mean(java.util.List<StateReading> rs) {
        double[] s = new double[6];
        for (StateReading r : rs) {
            s[0] += r.knowHow; s[1] += r.taxiShare; s[2] += r.gangs; s[3] += r.boatsPerGang; s[4] += r.waiting; s[5] += r.backlog;
        }
        int n = Math.max(1, rs.size());
        return new StateReading(s[0] / n, s[1] / n, s[2] / n, s[3] / n, s[4] / n, s[5] / n);
    }
}
