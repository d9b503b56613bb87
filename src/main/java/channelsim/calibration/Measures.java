package channelsim.calibration;

import channelsim.model.Metric;
import channelsim.model.RunResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a target can measure over a period of a run, and how. Counts (arrivals, boats, deaths, busiest
 * day...) are divided by the run's {@code scale} so that searches at a reduced population compare with
 * the real figures; ratios (people per boat, prevention share) and prices are not.
 */
public final class Measures {

    /** Measures computed from several series rather than one metric. */
    public static final List<String> DERIVED = List.of("people_per_boat", "prevention_rate", "busiest_day", "stopped");

    private Measures() {}

    /** True for a metric column or a derived measure. */
    public static boolean known(String measure) {
        if (DERIVED.contains(measure)) return true;
        for (Metric m : Metric.values()) if (m.column.equals(measure)) return true;
        return false;
    }

    /** Counts of people or boats: scale with the population. */
    public static boolean isExtensive(String measure) {
        if (measure.equals("busiest_day") || measure.equals("stopped")) return true;
        if (DERIVED.contains(measure)) return false;
        return metric(measure).kind == Metric.Kind.FLOW;
    }

    public static boolean isShare(String measure) {
        return measure.equals("prevention_rate") || (!DERIVED.contains(measure) && metric(measure).unit.equals("share"));
    }

    /** The measure over [first, last] of a run (days outside the run are ignored); NaN if none inside. */
    public static double of(RunResult r, String measure, LocalDate first, LocalDate last, double scale) {
        int from = (int) Math.max(0, first.toEpochDay() - r.start().toEpochDay());
        int to = (int) Math.min(r.days() - 1, last.toEpochDay() - r.start().toEpochDay());
        if (to < from) return Double.NaN;
        switch (measure) {
            case "people_per_boat": {
                double a = sum(r.series(Metric.ARRIVALS), from, to), b = sum(r.series(Metric.BOATS_ARRIVED), from, to);
                return b > 0 ? a / b : 0;
            }
            case "prevention_rate": {
                double stopped = sum(r.series(Metric.PREVENTED), from, to) + sum(r.series(Metric.INTERCEPTED), from, to);
                double tried = stopped + sum(r.series(Metric.ARRIVALS), from, to);
                return tried > 0 ? stopped / tried : 0;
            }
            case "stopped": // people the French authorities stopped, on the beach or in the water
                return (sum(r.series(Metric.PREVENTED), from, to) + sum(r.series(Metric.INTERCEPTED), from, to)) / scale;
            case "busiest_day": {
                double[] s = r.series(Metric.ARRIVALS);
                double max = 0;
                for (int d = from; d <= to; d++) max = Math.max(max, s[d]);
                return max / scale;
            }
            default: {
                Metric m = metric(measure);
                double[] s = r.series(m);
                double total = sum(s, from, to);
                return switch (m.kind) {
                    case FLOW -> total / scale;
                    case END -> s[to];
                    default -> total / (to - from + 1);
                };
            }
        }
    }

    /** The arrivals of one origin group over a period (the nationality record); NaN when the run has no such group. */
    public static double ofGroup(RunResult r, String group, Period p, double scale) {
        double[] s = r.groupSeries(group);
        if (s == null) return Double.NaN;
        int from = (int) Math.max(0, p.first().toEpochDay() - r.start().toEpochDay());
        int to = (int) Math.min(r.days() - 1, p.last().toEpochDay() - r.start().toEpochDay());
        return to < from ? Double.NaN : sum(s, from, to) / scale;
    }

    public static double of(RunResult r, String measure, Period p, double scale) {
        return of(r, measure, p.first(), p.last(), scale);
    }

    private static double sum(double[] s, int from, int to) {
        double t = 0;
        for (int d = from; d <= to; d++) t += s[d];
        return t;
    }

    static Metric metric(String measure) {
        for (Metric m : Metric.values()) if (m.column.equals(measure)) return m;
        throw new IllegalArgumentException("unknown measure " + measure);
    }

    /** Human text of a value of this measure: shares as percentages, people per boat with a decimal. */
    public static String format(String measure, double v) {
        if (Double.isNaN(v)) return "n/a";
        if (isShare(measure)) return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        if (measure.equals("people_per_boat")) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
