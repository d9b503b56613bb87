package channelsim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way numbers are written to CSV and JSON outputs, so that identical runs give identical
 * bytes on any machine and locale: whole numbers without decimals, others rounded half-even to at
 * most six decimals with trailing zeros dropped, never an exponent. Works on the exact binary value
 * (BigDecimal), not on locale-dependent formatting.
 */
public final class Numbers {

    private Numbers() {}

    /** E.g. 1295.0 → "1295", 0.4512345678 → "0.451235", -0.0 → "0"; NaN → "NaN", infinities → "inf"/"-inf". */
    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v); // also turns -0.0 into "0"
        BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.toPlainString();
    }

    /** As {@link #format} for a CSV field: an undefined value (NaN, infinite) is an empty field, as the docs promise. */
    public static String csv(double v) {
        return Double.isFinite(v) ? format(v) : "";
    }

    /** As {@link #format} but JSON-safe: NaN and infinities become {@code null}. */
    public static String json(double v) {
        return Double.isFinite(v) ? format(v) : "null";
    }
}
