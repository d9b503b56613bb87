package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Daily crossing conditions as the Home Office's red/amber/green assessment. Weather comes in spells (a
 * new regime starts with chance 1/spell_days each day; green spells last calm_spell_factor times longer),
 * red (crossing unlikely) with a seasonal chance that peaks in late autumn, otherwise a crossing quality
 * in (0, 1] around a seasonal mean: amber below weather.amber_quality, green above. Calm spells after
 * storms release the launches booked while boats could not go: the surges and busiest days.
 */
public final class Weather implements Steppable {
    private static final long serialVersionUID = 1;
    private final MersenneTwisterFast rng;
    private double quality;
    private boolean red, amber;

    Weather(MersenneTwisterFast rng) { this.rng = rng; }

    /** 0 on red days, else the crossing quality of the day. */
    public double getQuality() { return red ? 0 : quality; }

    public boolean isRed() { return red; }

    /** Amber: crossable but marginal (quality below weather.amber_quality). */
    public boolean isAmber() { return amber; }

    /** The day's assessment: 0 red, 1 amber, 2 green. */
    public int rag() { return red ? 0 : amber ? 1 : 2; }

    /** 0 in mid-winter, 1 in mid-summer (mid-July). */
    static double summerness(int dayOfYear) {
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * (dayOfYear - 15) / 365.25);
    }

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        WeatherSettings p = m.settings().weather;
        int doy = m.date().getDayOfYear();
        double s = summerness(doy);
        // the stormiest time of year (red_peak_day) need not be mid-winter: red days peak in late autumn
        double calmness = summerness(doy - (int) p.redPeakDay + 15);
        double redShare = p.redShareWinter + (p.redShareSummer - p.redShareWinter) * calmness;
        double meanQ = p.qualityWinter + (p.qualitySummer - p.qualityWinter) * s;
        double spell = p.spellDays;
        // always draw the same number of numbers, so other parameters never shift the weather stream
        double change = rng.nextDouble(), kind = rng.nextDouble(), level = rng.nextDouble();
        boolean green = !red && !amber;
        if (m.schedule.getSteps() == 0 || change < 1.0 / (green ? spell * p.calmSpellFactor : spell)) {
            red = kind < redShare;
            // quality spread evenly around the seasonal mean, kept inside (0.02, 1]
            quality = Math.max(0.02, Math.min(1.0, meanQ + (level - 0.5) * p.qualitySpread));
        }
        amber = !red && quality < p.amberQuality;
    }
}
