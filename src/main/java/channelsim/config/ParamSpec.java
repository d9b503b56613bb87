package channelsim.config;

import java.time.LocalDate;

/**
 * One documented model parameter: the dotted key used in YAML and {@code --set}, its type, default,
 * unit, allowed range, meaning and where the default comes from. Keys containing {@code *} are
 * per-group templates, e.g. {@code migrants.groups.*.share}.
 */
public record ParamSpec(String key, ParamType type, Object defaultValue, String unit,
                        double min, double max, String meaning, String source) implements java.io.Serializable {

    public boolean isGroupTemplate() { return key.contains("*"); }

    /** The concrete key of this template for one origin group. */
    public String forGroup(String group) { return key.replace("*", group); }

    /** "[min, max]" for numbers, "" otherwise. */
    public String rangeText() {
        if (type != ParamType.NUMBER && type != ParamType.INTEGER) return "";
        return "[" + fmt(min) + ", " + fmt(max) + "]";
    }

    public String defaultText() {
        if (defaultValue instanceof Double d) return fmt(d);
        if (defaultValue instanceof LocalDate d) return d.toString();
        return String.valueOf(defaultValue);
    }

    static String fmt(double v) {
        if (v == Double.POSITIVE_INFINITY) return "inf";
        if (v == Double.NEGATIVE_INFINITY) return "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e17) return Long.toString((long) v);
        return Double.toString(v);
    }
}
