package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * French police on the coast. Officers move towards the funded target after a hiring delay; patrols are
 * spread by coast length and shifted towards where launches were; on each beach the chance of stopping a
 * launch rises with officers per km with diminishing returns. Under the maritime doctrine they also stop
 * boats (taxi boats above all) in shallow water, at some risk of harm.
 */
public final class FrenchPolice implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private final int nb = Geography.BEACHES.size();
    private final double[] km = new double[nb];
    private final double[] recentLaunches = new double[nb];
    private final double[] allocation = new double[nb];
    private final double[] presence = new double[nb];
    private final double[] prevention = new double[nb];
    private double officers;
    private int preventedBoatsToday, shallowStopsToday, harmDeathsToday;

    FrenchPolice(MersenneTwisterFast rng, double officers) {
        this.rng = rng;
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
        double memory = st.gangs.memoryDays;
        for (int b = 0; b < nb; b++) {
            double byLaunches = totalRecent > 0 ? recentLaunches[b] / totalRecent : km[b] / totalKm;
            allocation[b] = (1 - adapt) * km[b] / totalKm + adapt * byLaunches;
            double perKm = officers * allocation[b] / km[b];
            prevention[b] = maxPrev * perKm / (perKm + half);
            presence[b] += (allocation[b] - presence[b]) / memory;
        }

        LaunchBoard board = m.launches();
        boolean doctrine = lv.maritimeDoctrine;
        double evasion = st.gangs.taxiEvasion;
        double shallow = p.shallowWaterRate;
        double harm = p.shallowWaterHarm;
        double taxiFactor = p.shallowWaterTaxiFactor;
        double boatFactor = p.shallowWaterBoatFactor;
        preventedBoatsToday = 0;
        shallowStopsToday = 0;
        harmDeathsToday = 0;
        for (int i = 0; i < board.count; i++) {
            int b = board.beach[i];
            recentLaunches[b] += 1;
            double stop = board.taxi[i] ? prevention[b] * (1 - evasion) : prevention[b];
            // draw both numbers always, so the doctrine does not shift later draws
            double u1 = rng.nextDouble(), u2 = rng.nextDouble(), u3 = rng.nextDouble();
            if (u1 < stop) {
                board.fate[i] = LaunchBoard.PREVENTED;
                preventedBoatsToday++;
            } else if (doctrine) {
                // strength of the shallow-water effort follows patrol density; taxi boats are its target
                double rate = shallow * prevention[b] / Math.max(1e-9, maxPrev) * (board.taxi[i] ? taxiFactor : boatFactor);
                if (u2 < Math.min(1, rate)) {
                    board.fate[i] = LaunchBoard.SHALLOW_STOP;
                    shallowStopsToday++;
                    if (u3 < harm) {
                        board.deaths[i] = 1;
                        harmDeathsToday++;
                    }
                }
            }
        }
        for (int b = 0; b < nb; b++) recentLaunches[b] *= 1 - 1 / memory;
    }
}
