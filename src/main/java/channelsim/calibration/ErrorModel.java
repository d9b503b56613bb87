package channelsim.calibration;

import java.util.Map;

/**
 * How far an observed figure may be from the truth the model simulates, by kind of figure and quality of
 * source. Each figure is compared on a scale where errors are roughly symmetric: counts and prices on
 * {@code log(x + c)}, shares on the logit. The error's sd on that scale is the source's sd for its quality
 * flag (official tables are close to exact; press reports of official figures are rounded and sometimes
 * mix definitions; estimates, prices and operational counts are rough), and for counts also the Poisson
 * noise of a count of that size in a simulation at the calibration's scale, {@code 1 / (scale (x + c))}.
 *
 * <p>The residual of a figure is {@code (g(sim) - g(ref)) / sd}; a range counts 0 inside it. The ABC
 * distance of a simulation is the root of the weighted mean squared residual, so a distance of 1 is "off by
 * about one observation error everywhere".
 */
public record ErrorModel(Map<String, Double> sdByQuality, double countOffset, double scale) implements java.io.Serializable {

    public static final Map<String, Double> DEFAULT_SD = Map.of(
            "official table", 0.10, "press report of official figure", 0.25, "estimate", 0.50);

    public double sd(RecordTarget t) {
        double q = sdByQuality.getOrDefault(t.quality(), 0.5);
        if (!Measures.isExtensive(t.measure())) return q;
        double ref = Math.max(0, t.centre());
        return Math.sqrt(q * q + 1 / (scale * (ref + countOffset)));
    }

    public double transform(RecordTarget t, double x) {
        if (Measures.isShare(t.measure())) {
            double p = Math.min(0.995, Math.max(0.005, x));
            return Math.log(p / (1 - p));
        }
        if (Measures.isExtensive(t.measure())) return Math.log(Math.max(0, x) + countOffset);
        return Math.log(Math.max(x, 1e-9));
    }

    public double inverse(RecordTarget t, double g) {
        if (Measures.isShare(t.measure())) return 1 / (1 + Math.exp(-g));
        if (Measures.isExtensive(t.measure())) return Math.max(0, Math.exp(g) - countOffset);
        return Math.exp(g);
    }

    public double residual(RecordTarget t, double sim) {
        if (Double.isNaN(sim)) return 50;
        double r = (transform(t, sim) - transform(t, t.reference(sim))) / sd(t);
        return Math.max(-50, Math.min(50, r));
    }

    /** A value the record could have shown had the truth been {@code sim}: sim with an observation error drawn. */
    public double observe(RecordTarget t, double sim, double standardNormal) {
        return inverse(t, transform(t, sim) + sd(t) * standardNormal);
    }
}
