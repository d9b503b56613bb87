package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Daily crossing conditions. Weather comes in spells (a new regime starts with chance 1/spell_days each
 * day), red (no crossing) with a seasonal chance, otherwise a crossing quality in (0, 1] around a
 * seasonal mean. Calm spells after storms release the pent-up launches: the busiest days.
 */
public final class Weather implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private double quality;
    private boolean red;

    Weather(MersenneTwisterFast rng) { this.rng = rng; }

    /** 0 on red days, else the crossing quality of the day. */
    public double getQuality() { return red ? 0 : quality; }

    public boolean isRed() { return red; }

    /** 0 in mid-winter, 1 in mid-summer (mid-July). */
    static double summerness(int dayOfYear) {
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * (dayOfYear - 15) / 365.25);
    }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        WeatherSettings p = m.settings().weather;
        double s = summerness(m.date().getDayOfYear());
        double redShare = p.redShareWinter + (p.redShareSummer - p.redShareWinter) * s;
        double meanQ = p.qualityWinter + (p.qualitySummer - p.qualityWinter) * s;
        double spell = p.spellDays;
        // always draw the same number of numbers, so other parameters never shift the weather stream
        double change = rng.nextDouble(), kind = rng.nextDouble(), level = rng.nextDouble();
        if (m.schedule.getSteps() == 0 || change < 1.0 / spell) {
            red = kind < redShare;
            // quality spread evenly around the seasonal mean, kept inside (0.02, 1]
            quality = Math.max(0.02, Math.min(1.0, meanQ + (level - 0.5) * p.qualitySpread));
        }
    }
}
