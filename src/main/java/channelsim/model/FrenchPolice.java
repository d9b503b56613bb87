package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * French police on the coast. Officers move towards the funded target after a hiring delay; patrols are
 * spread by coast length and shifted towards where launches were, as the police learn of them (over
 * {@code policies.french_police.reallocation_days}); on each beach the chance of stopping a launch rises
 * with officers per km with diminishing returns, and falls when more boats leave one beach in a day than
 * its patrol can handle (flotillas). Taxi boats put in up rivers and canals are watched only as far as the
 * police have learned to look there. Under the maritime doctrine they also stop boats (taxi boats above
 * all) in shallow water, at some risk of harm; taxi boats that pick people up further out escape it.
 */
public final class FrenchPolice implements Steppable {
    private static final long serialVersionUID = 1;
    /** Salt of the boats' draws (one address per day, gang and launch: {@link LaunchBoard#drawState}). */
    private final long salt;
    /** The boat's draws, re-addressed for each boat ({@link SplitMix64#state(long)}). */
    private final SplitMix64 rng = new SplitMix64(0);
    private final int nb = Geography.BEACHES.size();
    private final double[] km = new double[nb];
    private final double[] recentLaunches = new double[nb];
    private final double[] allocation = new double[nb];
    private final double[] presence = new double[nb];
    private final double[] prevention = new double[nb];
    /** Recent launches from waterways behind beach b, and the share of b's patrol that watches them. */
    private final double[] recentInland = new double[nb], inlandWatch = new double[nb];
    /** Today's boats leaving each beach (for the patrol's capacity). */
    private final int[] boatsAt = new int[nb];
    private double officers;
    private int preventedBoatsToday, shallowStopsToday, harmDeathsToday;

    FrenchPolice(long salt, double officers) {
        this.salt = salt;
        this.officers = officers;
        List<Geography.Beach> beaches = Geography.BEACHES;
        double total = Geography.totalCoastKm();
        for (int b = 0; b < nb; b++) {
            km[b] = beaches.get(b).km();
            presence[b] = km[b] / total;
        }
    }

    /** Share of officers on beach b as the gangs have seen it recently. */
    public double presenceSeen(int b) { return presence[b]; }

    /** Today's chance of stopping a beach launch at b. */
    public double preventionAt(int b) { return prevention[b]; }

    public double officersAt(int b) { return officers * allocation[b]; }

    public double getOfficers() { return officers; }

    public int getPreventedBoatsToday() { return preventedBoatsToday; }

    public int getShallowStopsToday() { return shallowStopsToday; }

    int harmDeathsToday() { return harmDeathsToday; }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Settings st = m.settings();
        PolicySettings.FrenchPolice p = st.policies.frenchPolice;
        Levers lv = m.levers();
        officers += (lv.officersTarget - officers) / st.policies.ukFunding.hiringDelayDays;

        // patrols: part by coast length, part where launches were
        double adapt = p.patrolAdaptation;
        double totalKm = Geography.totalCoastKm(), totalRecent = 0;
        for (double r : recentLaunches) totalRecent += r;
        double maxPrev = p.preventionMax, half = p.halfSaturation;
        double memory = st.gangs.memoryDays, delay = p.reallocationDays;
        for (int b = 0; b < nb; b++) {
            double byLaunches = totalRecent > 0 ? recentLaunches[b] / totalRecent : km[b] / totalKm;
            allocation[b] = (1 - adapt) * km[b] / totalKm + adapt * byLaunches;
            double perKm = officers * allocation[b] / km[b];
            prevention[b] = maxPrev * perKm / (perKm + half);
            presence[b] += (allocation[b] - presence[b]) / memory;
            // the waterways behind a beach are watched as far as launches from them have been seen
            double inlandSeen = recentLaunches[b] > 1e-9 ? Math.min(1, recentInland[b] / recentLaunches[b]) : 0;
            inlandWatch[b] += (adapt * inlandSeen - inlandWatch[b]) / delay;
        }

        LaunchBoard board = m.launches();
        long t = m.schedule.getSteps();
        boolean doctrine = lv.maritimeDoctrine;
        double evasion = st.gangs.taxiEvasion;
        double shallow = p.shallowWaterRate;
        double harm = p.shallowWaterHarm;
        double taxiFactor = p.shallowWaterTaxiFactor;
        double boatFactor = p.shallowWaterBoatFactor;
        boolean harmKills = st.sea.deathsIntervention;
        double perOfficer = p.launchesPerOfficerDay, scale = st.run.scale;
        preventedBoatsToday = 0;
        shallowStopsToday = 0;
        harmDeathsToday = 0;
        java.util.Arrays.fill(boatsAt, 0);
        for (int i = 0; i < board.count; i++) boatsAt[board.beach[i]]++;
        for (int i = 0; i < board.count; i++) {
            int b = board.beach[i];
            recentLaunches[b] += 1;
            if (board.inland[i]) recentInland[b] += 1;
            // a patrol can deal with so many launches a day: beyond that, each boat's chance falls
            // a run at scale s has s times the boats: capacity scales with it, so saturation is the same at any scale
            double capacity = officers * allocation[b] * perOfficer * scale;
            double saturation = Math.min(1, capacity / boatsAt[b]);
            double reach = board.inland[i] ? inlandWatch[b] : 1;
            double stop = (board.taxi[i] ? prevention[b] * (1 - evasion) : prevention[b]) * saturation * reach;
            // draw both numbers always, so the doctrine does not shift later draws
            rng.state(board.drawState(salt, t, i));
            double u1 = rng.nextDouble(), u2 = rng.nextDouble(), u3 = rng.nextDouble();
            if (u1 < stop) {
                board.fate[i] = LaunchBoard.PREVENTED;
                preventedBoatsToday++;
            } else if (doctrine) {
                // strength of the shallow-water effort follows patrol density; taxi boats are its target
                double rate = shallow * prevention[b] / Math.max(1e-9, maxPrev)
                        * (board.taxi[i] ? taxiFactor * (1 - board.deep[i]) : boatFactor);
                if (u2 < Math.min(1, rate)) {
                    board.fate[i] = LaunchBoard.SHALLOW_STOP;
                    shallowStopsToday++;
                    if (u3 < harm && harmKills) {
                        board.addDeaths(i, 1, DeathCause.INTERVENTION);
                        harmDeathsToday++;
                    }
                }
            }
        }
        for (int b = 0; b < nb; b++) {
            recentLaunches[b] *= 1 - 1 / delay;
            recentInland[b] *= 1 - 1 / delay;
        }
    }
}
