package channelsim.calibration;

/**
 * One observed fact the model should reproduce: a measure over a calendar period, either a value
 * ({@code observed}) or a range ({@code low..high}), with a relative tolerance that sets the scale of
 * its distance, a weight in the objective, and where the number came from.
 *
 * <p>Distance: {@code |ln((sim + 1) / (ref + 1))| / ln(1 + tolerance)}, where ref is the observed value,
 * or the nearest bound of the range (0 inside it). A distance of 1 means "off by exactly the
 * tolerance", so a target counts as met when its distance is at most 1. Logs make a factor of two too
 * high as bad as a factor of two too low; the +1 keeps small counts (deaths) finite at zero.
 * Shares (prevention) are below 1, so for them the +1 would squash the scale: they use plain logs.
 */
public record Target(String id, String measure, Period period, double observed, double low, double high,
                     double tolerance, double weight, String source) {

    public boolean isRange() { return !Double.isNaN(low) || !Double.isNaN(high); }

    /** The point to compare with: observed, or the nearest bound of the range (sim itself when inside). */
    public double reference(double sim) {
        if (!isRange()) return observed;
        if (!Double.isNaN(low) && sim < low) return low;
        if (!Double.isNaN(high) && sim > high) return high;
        return sim;
    }

    public double distance(double sim) {
        if (Double.isNaN(sim)) return Double.POSITIVE_INFINITY;
        double ref = reference(sim);
        double shift = Measures.isShare(measure) ? 1e-3 : 1.0;
        return Math.abs(Math.log((sim + shift) / (ref + shift))) / Math.log(1 + tolerance);
    }

    /** Text of what was observed: "29,437" or "1,500-3,500". */
    public String observedText() {
        if (!isRange()) return Measures.format(measure, observed);
        String lo = Double.isNaN(low) ? "" : Measures.format(measure, low);
        String hi = Double.isNaN(high) ? "" : Measures.format(measure, high);
        if (lo.isEmpty()) return "at most " + hi;
        if (hi.isEmpty()) return "at least " + lo;
        return lo + "-" + hi;
    }
}
