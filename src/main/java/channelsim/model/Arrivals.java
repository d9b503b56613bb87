package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * People moving through continental Europe towards north-west Europe each day: a Poisson number around a
 * seasonal mean, each of an origin group drawn by the groups' shares. That movement is outside the model (it
 * is driven by conflicts far away); what the model explains is where they go. Each hears a few stories of
 * its diaspora on the way ({@link NewsNetwork}) and heads for the Channel only if the crossing project is
 * worth more to it than another destination ({@link CampLife#headsElsewhere}); the others are diverted
 * upstream (state DIVERTED), and with those who give up at the coast are the people who went elsewhere.
 */
public final class Arrivals implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    int today, divertedToday;
    /** People diverted upstream by origin group since the run began (warm-up included). */
    final long[] divertedByGroupTotal;

    Arrivals(MersenneTwisterFast rng, int groups) {
        this.rng = rng;
        divertedByGroupTotal = new long[groups];
    }

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
        double price = m.marketPrice();
        divertedToday = 0;
        for (int k = 0; k < today; k++) {
            int g = drawGroup(p, rng.nextDouble());
            int i = m.pool().create(m, rng, MigrantState.IN_CAMP, g, rng.nextInt(camps));
            if (m.campLife().headsElsewhere(m, i, g, price)) {
                m.pool().retireNewest(i, MigrantState.DIVERTED);
                divertedToday++;
                divertedByGroupTotal[g]++;
            }
        }
    }

    public int getToday() { return today; }
}
