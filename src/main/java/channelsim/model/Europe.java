package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The EU side of the bilateral scheme: while returns run, the Commission may block it, with a yearly
 * hazard ({@code policies.eu_suspension.hazard_per_year}); once blocked it stays blocked.
 */
public final class Europe implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private boolean blocked;

    Europe(MersenneTwisterFast rng) { this.rng = rng; }

    public boolean isBlocked() { return blocked; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        double hazard = m.settings().policies.euSuspension.hazardPerYear;
        double u = rng.nextDouble(); // one draw a day whatever happens: keeps the stream aligned across policies
        if (!blocked && hazard > 0 && m.levers().weeklyReturnQuota > 0 && u < 1 - Math.exp(-hazard / 365.25)) blocked = true;
    }
}
