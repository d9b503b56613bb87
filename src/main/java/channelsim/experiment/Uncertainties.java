package channelsim.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

import java.util.List;
import java.util.Map;

/**
 * The samples a study runs every policy over: where they came from ({@code method}: lhs, sobol; posterior
 * draws of a calibration are one more source), the dotted keys they set, and one map of values per sample.
 * Sample s (1-based) is {@code points.get(s - 1)}; every policy and the baseline run sample s alike.
 */
public record Uncertainties(String method, List<String> keys, List<Map<String, Object>> points) {

    public Uncertainties {
        keys = List.copyOf(keys);
        points = List.copyOf(points);
    }

    public int samples() { return points.size(); }

    /**
     * A distribution over one parameter, applied to a design point u in [0, 1) by its inverse CDF:
     * uniform [low, high], triangular [low, mode, high], or normal [mean, sd] truncated to [min, max]
     * (the parameter's range in the registry).
     */
    public record Distribution(String kind, double[] p, double min, double max) {
        public static final List<String> KINDS = List.of("uniform", "triangular", "normal");

        public double at(double u) {
            double v = switch (kind) {
                case "uniform" -> p[0] + u * (p[1] - p[0]);
                case "triangular" -> p[0] == p[2] ? p[0] : new TriangularDistribution(null, p[0], p[1], p[2]).inverseCumulativeProbability(u);
                case "normal" -> {
                    // truncated normal: u spread over the CDF mass inside [min, max]
                    NormalDistribution n = new NormalDistribution(null, p[0], p[1], 1e-9);
                    double a = n.cumulativeProbability(min), b = n.cumulativeProbability(max);
                    yield n.inverseCumulativeProbability(a + u * (b - a));
                }
                default -> throw new IllegalStateException("unknown distribution " + kind);
            };
            return Math.max(min, Math.min(max, v));
        }

        /** The parameter values it can give: [low, high] (for normal, the truncation range). */
        public double low() { return kind.equals("normal") ? min : p[0]; }

        public double high() { return kind.equals("normal") ? max : p[kind.equals("uniform") ? 1 : 2]; }
    }
}
