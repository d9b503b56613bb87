package channelsim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Number text for people (the report, messages, sampled values): significant digits, thousands separators,
 * percentages. Locale-independent, so reports are byte-identical on every machine. CSV and JSON numbers
 * use {@link Numbers} instead.
 */
public final class Num {
    private Num() {}

    /** Rounded to {@code digits} significant digits, no exponent, no trailing zeros. NaN: empty. */
    public static String sig(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == 0) return "0";
        String s = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Human text with thousands separators for reports, e.g. 12,345, 0.123 or 1,549.9m for millions. */
    public static String human(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "n/a";
        double a = Math.abs(v);
        if (a >= 1e6) return String.format(java.util.Locale.ROOT, "%,.1fm", v / 1e6);
        if (a >= 1000) return String.format(java.util.Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(java.util.Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(java.util.Locale.ROOT, "%.1f", v);
        return sig(v, 3);
    }

    /** A change of a share in percentage points with one decimal, e.g. +1.2 pp. */
    public static String points(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "n/a";
        return String.format(java.util.Locale.ROOT, "%+.1f pp", 100 * v).replace("-0.0 pp", "0.0 pp").replace("+0.0 pp", "0.0 pp");
    }

    /** A share as a percentage with one decimal, e.g. 12.3%. */
    public static String percent(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "n/a";
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * v);
    }
}
