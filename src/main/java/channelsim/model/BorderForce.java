package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The sea crossing and the UK side of it. A boat past the French police may be turned back in a French
 * rescue, may have a fatal incident (likelier when crowded and in poor weather), or is picked up by
 * Border Force and landed at Dover.
 */
public final class BorderForce implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private int landedBoatsToday;

    BorderForce(MersenneTwisterFast rng) { this.rng = rng; }

    public int getLandedBoatsToday() { return landedBoatsToday; }

    /** Chance of a fatal incident for a boat with this many people in this weather. */
    static double incidentChance(SeaSettings p, double people, double quality) {
        double crowd = 1 / (1 + Math.exp(-(people - p.crowdingThreshold) / p.crowdingWidth));
        return Math.min(1, p.incidentRate * 2 * crowd * (1 + p.badWeatherRisk * (1 - quality)));
    }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Settings st = m.settings();
        SeaSettings p = st.sea;
        LaunchBoard board = m.launches();
        double q = m.weather().getQuality();
        double rescue = st.policies.frenchPolice.rescueShare;
        double toUk = p.survivorsToUk;
        double share = p.deathsShare;
        landedBoatsToday = 0;
        for (int i = 0; i < board.count; i++) {
            double u1 = rng.nextDouble(), u2 = rng.nextDouble(), u3 = rng.nextDouble();
            if (board.fate[i] != LaunchBoard.PENDING) continue;
            int n = board.people[i];
            if (u1 < incidentChance(p, n, q)) {
                int d = 1;
                for (int k = 1; k < n; k++) if (rng.nextDouble() < share) d++;
                board.deaths[i] = Math.min(n, d);
                board.fate[i] = u3 < toUk ? LaunchBoard.INCIDENT_UK : LaunchBoard.INCIDENT_FR;
                if (board.fate[i] == LaunchBoard.INCIDENT_UK) landedBoatsToday++;
            } else if (u2 < rescue) {
                board.fate[i] = LaunchBoard.RESCUED;
            } else {
                board.fate[i] = LaunchBoard.LANDED;
                landedBoatsToday++;
            }
        }
    }
}
