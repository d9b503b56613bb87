package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The smuggling market at the end of the day: gangs learn from their boats' fates, police arrests
 * dismantle some (more officers, more arrests), and a new gang enters while the average gang profits
 * more than {@code gangs.entry_profit_per_day}.
 */
public final class GangMarket implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private int dismantledToday, enteredToday;

    GangMarket(MersenneTwisterFast rng) { this.rng = rng; }

    public int getDismantledToday() { return dismantledToday; }

    public int getEnteredToday() { return enteredToday; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Settings st = m.settings();
        GangSettings p = st.gangs;
        double memory = p.memoryDays;
        double dismantle = p.dismantleRate * m.police().getOfficers() / 1000.0;
        double profitSum = 0;
        int alive = 0;
        dismantledToday = enteredToday = 0;
        SmugglingGang[] gangs = m.gangArray();
        for (SmugglingGang g : gangs) {
            double u = rng.nextDouble();
            if (!g.alive) continue;
            g.learn(m.launches(), memory);
            g.revenueTotal += g.revenueToday;
            g.profitSmoothed += (g.revenueToday - g.costToday - g.profitSmoothed) / memory;
            if (u < dismantle) {
                g.alive = false;
                dismantledToday++;
                continue;
            }
            profitSum += g.profitSmoothed;
            alive++;
        }
        int max = (int) Math.max(1, Math.round(p.maxCount * st.run.scale));
        double u = rng.nextDouble(), beach = rng.nextDouble();
        boolean pays = alive == 0 || profitSum / alive > p.entryProfitPerDay;
        // with no gang left, demand alone draws a newcomer in
        if (alive < max && pays && (alive == 0 || u < p.entryRate)) {
            m.addGang((int) (beach * Geography.BEACHES.size()), p.entryBoats, m.marketPrice());
            enteredToday++;
        }
    }
}
