package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The smuggling market at the end of the day: gangs learn from their boats' fates, police arrests
 * dismantle some (more officers, more arrests), a gang that has been losing money leaves (chance
 * {@code gangs.exit_rate} a day while its smoothed profit is below zero), and a new gang enters while the
 * average gang profits more than {@code gangs.entry_profit_per_day}, bringing part of the trade's
 * know-how ({@code gangs.know_how_inheritance}) and of its taxi-boat set-up ({@code gangs.method_inheritance}).
 */
public final class GangMarket implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private int dismantledToday, enteredToday, exitedToday;

    GangMarket(MersenneTwisterFast rng) { this.rng = rng; }

    public int getDismantledToday() { return dismantledToday; }

    public int getEnteredToday() { return enteredToday; }

    public int getExitedToday() { return exitedToday; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Settings st = m.settings();
        GangSettings p = st.gangs;
        double memory = p.memoryDays;
        double dismantle = p.dismantleRate * m.police().getOfficers() / 1000.0;
        double profitSum = 0, knowHowSum = 0, deepSum = 0, taxiSum = 0;
        int alive = 0;
        dismantledToday = enteredToday = exitedToday = 0;
        SmugglingGang[] gangs = m.gangArray();
        LaunchBoard board = m.launches();
        int tradeShallow = m.police().getShallowStopsToday(); // the police counted today's boats stopped in the shallows
        for (SmugglingGang g : gangs) {
            double u = rng.nextDouble(), ux = rng.nextDouble();
            if (!g.alive) continue;
            g.learn(board, p, tradeShallow);
            g.revenueTotal += g.revenueToday;
            g.profitSmoothed += (g.revenueToday - g.costToday - g.profitSmoothed) / memory;
            if (u < dismantle) {
                g.alive = false;
                dismantledToday++;
                continue;
            }
            if (g.profitSmoothed < 0 && ux < p.exitRate) { // it no longer pays: the gang leaves
                g.alive = false;
                exitedToday++;
                continue;
            }
            profitSum += g.profitSmoothed;
            knowHowSum += g.knowHow;
            deepSum += g.deepPickup;
            taxiSum += g.taxiShare;
            alive++;
        }
        int max = (int) Math.max(1, Math.round(p.maxCount * st.run.scale));
        double u = rng.nextDouble(), beach = rng.nextDouble();
        boolean pays = alive == 0 || profitSum / alive > p.entryProfitPerDay;
        // with no gang left, demand alone draws a newcomer in
        if (alive < max && pays && (alive == 0 || u < p.entryRate)) {
            SmugglingGang g = m.addGang((int) (beach * Geography.BEACHES.size()), p.entryBoats, m.marketPrice());
            if (alive > 0) { // methods move between networks
                g.knowHow = p.knowHowInheritance * knowHowSum / alive;
                // the taxi boats' set-up (drivers, boats staged up rivers, pick-up points) is hired across networks
                g.deepPickup = p.methodInheritance * deepSum / alive;
                g.taxiShare = p.methodInheritance * taxiSum / alive;
            }
            enteredToday++;
        }
    }
}
