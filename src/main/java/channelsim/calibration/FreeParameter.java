package channelsim.calibration;

/**
 * A parameter the calibration may change, within [min, max].
 *
 * <p>A YEARLY parameter takes one value per calendar year, set on 1 January in the scenario's timeline,
 * and is matched to one measure (e.g. inflow to arrivals): the model's response to it is close to
 * proportional, so it is fitted cheaply by repeated proportional correction, year by year, rather than
 * by the general optimiser. A GLOBAL parameter takes one value for the whole run and is fitted by CMA-ES.
 */
public record FreeParameter(String key, Kind kind, String matches, double min, double max, String why) {
    public enum Kind { YEARLY, GLOBAL }

    public double clamp(double v) { return Math.max(min, Math.min(max, v)); }

    /** Position of v in [min, max] as 0..1, on a log scale when the range spans more than a factor of ten. */
    public double toUnit(double v) {
        if (logScale()) return (Math.log(clamp(v)) - Math.log(min)) / (Math.log(max) - Math.log(min));
        return (clamp(v) - min) / (max - min);
    }

    public double fromUnit(double u) {
        double x = Math.max(0, Math.min(1, u));
        if (logScale()) return Math.exp(Math.log(min) + x * (Math.log(max) - Math.log(min)));
        return min + x * (max - min);
    }

    boolean logScale() { return min > 0 && max / min > 10; }
}
