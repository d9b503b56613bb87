package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * New people reaching the camps of northern France each day: a Poisson number around a seasonal mean,
 * each of an origin group drawn by the groups' shares. The inflow itself is outside the model (it is
 * driven by conflicts far away); what the model explains is what they do once on the coast.
 */
public final class Arrivals implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    int today;

    Arrivals(MersenneTwisterFast rng) { this.rng = rng; }

    static double meanInflow(Settings st, int dayOfYear) {
        MigrantSettings p = st.migrants;
        double season = Math.cos(2 * Math.PI * (dayOfYear - p.inflowPeakDay) / 365.25);
        return Math.max(0, p.inflowPerDay * st.run.scale * (1 + p.inflowSeasonality * season));
    }

    static int poisson(MersenneTwisterFast r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 40) return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        double l = Math.exp(-mean), prod = r.nextDouble();
        int k = 0;
        while (prod > l) {
            k++;
            prod *= r.nextDouble();
        }
        return k;
    }

    static int drawGroup(Params p, double u) {
        double[] s = p.groupShare;
        for (int g = 0; g < s.length - 1; g++) {
            if (u < s[g]) return g;
            u -= s[g];
        }
        return s.length - 1;
    }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Params p = m.params();
        today = poisson(rng, meanInflow(m.settings(), m.date().getDayOfYear()));
        int camps = Geography.CAMPS.size();
        for (int k = 0; k < today; k++) {
            int g = drawGroup(p, rng.nextDouble());
            m.pool().create(m, rng, MigrantState.IN_CAMP, g, rng.nextInt(camps));
        }
    }

    public int getToday() { return today; }
}
