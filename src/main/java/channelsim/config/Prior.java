package channelsim.config;

import java.util.Locale;

/**
 * What is believed about a free parameter before the record is seen, and why. The calibration works on
 * an unbounded transformed value {@code z} (logit of the position in a bounded range, log of a positive
 * value), so that its Gaussian perturbations never leave the support; {@link #logDensityZ} is the prior
 * density of z (the Jacobian included), which is what importance weights need.
 *
 * <p>A {@link Kind#LOG_RANDOM_WALK} prior is for a yearly latent series (one value per calendar year): the
 * first year's value is lognormal (median {@code a}, log-sd {@code b}) and each later year's log value is
 * the year before's plus a normal step of sd {@code step}.
 */
public record Prior(Kind kind, double a, double b, double step, double upper, String reason) implements java.io.Serializable {

    public enum Kind { UNIFORM, LOG_UNIFORM, LOG_NORMAL, LOG_RANDOM_WALK }

    public static Prior uniform(double lo, double hi, String reason) { return new Prior(Kind.UNIFORM, lo, hi, 0, Double.POSITIVE_INFINITY, reason); }

    public static Prior logUniform(double lo, double hi, String reason) { return new Prior(Kind.LOG_UNIFORM, lo, hi, 0, Double.POSITIVE_INFINITY, reason); }

    public static Prior logNormal(double median, double sdLog, String reason) { return new Prior(Kind.LOG_NORMAL, median, sdLog, 0, Double.POSITIVE_INFINITY, reason); }

    /** @param upper values above it have no prior mass (the walk is truncated there) */
    public static Prior logRandomWalk(double firstMedian, double firstSdLog, double stepSdLog, double upper, String reason) {
        return new Prior(Kind.LOG_RANDOM_WALK, firstMedian, firstSdLog, stepSdLog, upper, reason);
    }

    public Prior {
        boolean ok = switch (kind) {
            case UNIFORM -> a < b;
            case LOG_UNIFORM -> a > 0 && a < b;
            case LOG_NORMAL, LOG_RANDOM_WALK -> a > 0 && b > 0 && (kind != Kind.LOG_RANDOM_WALK || step > 0);
        };
        if (!ok) throw new IllegalArgumentException("bad prior " + kind + "(" + a + ", " + b + ", " + step + ")");
    }

    public boolean isSeries() { return kind == Kind.LOG_RANDOM_WALK; }

    /** The transformed value of x (x inside the support). */
    public double toZ(double x) {
        return switch (kind) {
            case UNIFORM -> logit((x - a) / (b - a));
            case LOG_UNIFORM -> logit((Math.log(x) - Math.log(a)) / (Math.log(b) - Math.log(a)));
            case LOG_NORMAL, LOG_RANDOM_WALK -> Math.log(x);
        };
    }

    public double fromZ(double z) {
        return switch (kind) {
            case UNIFORM -> a + (b - a) * logistic(z);
            case LOG_UNIFORM -> Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * logistic(z));
            case LOG_NORMAL, LOG_RANDOM_WALK -> Math.exp(z);
        };
    }

    /** Log prior density of a single transformed value (for a series: of its first year). */
    public double logDensityZ(double z) {
        return switch (kind) {
            // uniform on the (log) range: the density of z = logit(u) is u (1 - u)
            case UNIFORM, LOG_UNIFORM -> {
                double u = logistic(z);
                yield Math.log(u) + Math.log1p(-u);
            }
            case LOG_NORMAL, LOG_RANDOM_WALK -> normalLog(z, Math.log(a), b);
        };
    }

    /** Log density of one yearly step of a series: z(year) given z(year before). */
    public double logStepDensity(double z, double zBefore) { return normalLog(z, zBefore, step); }

    /** A draw of z: from the prior, given a standard uniform u (for a series: the first year). */
    public double sampleZ(double u) {
        return switch (kind) {
            case UNIFORM, LOG_UNIFORM -> logit(u);
            case LOG_NORMAL, LOG_RANDOM_WALK -> Math.log(a) + b * inverseNormal(u);
        };
    }

    /** Standard deviation of the prior on the parameter's own scale (numerically for the log kinds). */
    public double sd() {
        return switch (kind) {
            case UNIFORM -> (b - a) / Math.sqrt(12);
            case LOG_UNIFORM -> {
                double l = Math.log(b / a), m1 = (b - a) / l, m2 = (b * b - a * a) / (2 * l);
                yield Math.sqrt(Math.max(0, m2 - m1 * m1));
            }
            case LOG_NORMAL, LOG_RANDOM_WALK -> a * Math.sqrt((Math.exp(b * b) - 1) * Math.exp(b * b));
        };
    }

    /** "log-uniform(0.1, 10)", "log random walk by year (first year lognormal(median 3, log-sd 1.5), yearly log-step sd 1)". */
    public String text() {
        return switch (kind) {
            case UNIFORM -> "uniform(" + f(a) + ", " + f(b) + ")";
            case LOG_UNIFORM -> "log-uniform(" + f(a) + ", " + f(b) + ")";
            case LOG_NORMAL -> "lognormal(median " + f(a) + ", log-sd " + f(b) + ")";
            case LOG_RANDOM_WALK -> "log random walk by year (first year lognormal(median " + f(a) + ", log-sd " + f(b)
                    + "), yearly log-step sd " + f(step) + (Double.isInfinite(upper) ? "" : ", at most " + f(upper)) + ")";
        };
    }

    static String f(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    static double logit(double u) {
        double c = Math.min(1 - 1e-12, Math.max(1e-12, u));
        return Math.log(c / (1 - c));
    }

    static double logistic(double z) { return 1 / (1 + Math.exp(-z)); }

    static double normalLog(double x, double mean, double sd) {
        double d = (x - mean) / sd;
        return -0.5 * d * d - Math.log(sd) - 0.9189385332046727;
    }

    static double inverseNormal(double u) {
        return new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).inverseCumulativeProbability(
                Math.min(1 - 1e-12, Math.max(1e-12, u)));
    }
}
