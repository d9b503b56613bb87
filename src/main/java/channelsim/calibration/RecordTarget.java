package channelsim.calibration;

/**
 * One figure of the 2018-2024 record the Bayesian calibration compares with: a measure over a period,
 * optionally of one origin group (arrivals by nationality), observed as a value or a range, with the
 * quality flag of its source (which sets its observation error, {@link ErrorModel}) and the source in words.
 */
public record RecordTarget(String id, String measure, Period period, String group, double observed, double low,
                           double high, String quality, double weight, String source, int line)
        implements java.io.Serializable {

    public boolean isRange() { return Double.isNaN(observed); }

    /** The point compared with: observed, or the nearest bound of the range (the value itself when inside). */
    public double reference(double sim) {
        if (!isRange()) return observed;
        if (!Double.isNaN(low) && sim < low) return low;
        if (!Double.isNaN(high) && sim > high) return high;
        return sim;
    }

    /** A single value to draw and compare naive forecasts with: observed, or the middle of the range. */
    public double centre() {
        if (!isRange()) return observed;
        if (Double.isNaN(low)) return high;
        if (Double.isNaN(high)) return low;
        return (low + high) / 2;
    }

    /** Series name for diagnostics: the measure, with its group ("arrivals", "arrivals:albanian"). */
    public String series() {
        String m = measure + (group.isEmpty() ? "" : ":" + group);
        return period.isMonth() ? m + " (monthly)" : m;
    }

    public double simulated(channelsim.model.RunResult r, double scale) {
        return group.isEmpty() ? Measures.of(r, measure, period, scale) : Measures.ofGroup(r, group, period, scale);
    }
}
