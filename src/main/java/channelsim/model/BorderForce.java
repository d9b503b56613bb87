package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Embarkation and the sea crossing, to the UK side. A boat that left the beach (not stopped on land) may
 * lose people in a crush as a crowd boards it overloaded, or, for a taxi boat, as people wade out to it;
 * past the French police it may be turned back in a French rescue, may have a fatal incident at sea
 * (likelier when crowded, in a taxi boat and in poor weather), or is picked up by Border Force and landed
 * at Dover. Each cause of death has its own switch ({@code sea.deaths_<cause>}); the random numbers drawn
 * per boat do not depend on the switches, so a cause switched off leaves the others' draws alone.
 */
public final class BorderForce implements Steppable {
    private static final long serialVersionUID = 1;
    /** Salt of the boats' draws (one address per day, gang and launch: {@link LaunchBoard#drawState}). */
    private final long salt;
    /** The boat's draws, re-addressed for each boat ({@link SplitMix64#state(long)}). */
    private final SplitMix64 rng = new SplitMix64(0);
    private int landedBoatsToday;

    BorderForce(long salt) { this.salt = salt; }

    public int getLandedBoatsToday() { return landedBoatsToday; }

    /** Chance of a fatal incident at sea for a boat with this many people in this weather (taxi boats riskier). */
    static double incidentChance(SeaSettings p, double people, double quality, boolean taxi) {
        double crowd = logistic(people, p.crowdingThreshold, p.crowdingWidth);
        return Math.min(1, p.incidentRate * 2 * crowd * (1 + p.badWeatherRisk * (1 - quality)) * (taxi ? p.taxiIncidentFactor : 1));
    }

    /** Chance of a deadly crush while a crowd boards a dinghy loaded with this many people. */
    static double crushChance(SeaSettings p, double people) {
        return Math.min(1, p.crushRate * 2 * logistic(people, p.crushThreshold, p.crowdingWidth));
    }

    private static double logistic(double x, double mid, double width) { return 1 / (1 + Math.exp(-(x - mid) / width)); }

    /** 1 to about twice the mean share of the others aboard, from one uniform draw. */
    private static int toll(int n, double share, double u) { return 1 + (int) (u * 2 * share * Math.max(0, n - 1)); }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Settings st = m.settings();
        SeaSettings p = st.sea;
        LaunchBoard board = m.launches();
        long t = m.schedule.getSteps();
        double q = m.weather().getQuality();
        double rescue = st.policies.frenchPolice.rescueShare;
        double toUk = p.survivorsToUk;
        double share = p.deathsShare;
        landedBoatsToday = 0;
        for (int i = 0; i < board.count; i++) {
            rng.state(board.drawState(salt, t, i));
            double u1 = rng.nextDouble(), u2 = rng.nextDouble(), u3 = rng.nextDouble();
            double e1 = rng.nextDouble(), e2 = rng.nextDouble(), s2 = rng.nextDouble();
            byte fate = board.fate[i];
            if (fate == LaunchBoard.PREVENTED) continue; // stopped on land before anyone boarded
            int n = board.people[i];
            boolean taxi = board.taxi[i];
            // embarkation: a crush boarding an overloaded dinghy, or drowning on the way out to a taxi boat
            if (taxi) {
                double c = p.taxiPickupRate * (1 + p.badWeatherRisk * (1 - q));
                if (p.deathsTaxiPickup && e1 < c) board.addDeaths(i, toll(n, p.pickupDeathsShare, e2), DeathCause.TAXI_PICKUP);
            } else if (p.deathsEmbarkation && e1 < crushChance(p, n)) {
                board.addDeaths(i, toll(n, p.crushDeathsShare, e2), DeathCause.EMBARKATION);
            }
            if (fate != LaunchBoard.PENDING) continue; // stopped in shallow water
            if (u1 < incidentChance(p, n, q, taxi)) {
                if (p.deathsAtSea) board.addDeaths(i, toll(n, share, s2), DeathCause.AT_SEA);
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
