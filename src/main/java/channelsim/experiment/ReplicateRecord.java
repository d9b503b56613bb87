package channelsim.experiment;

import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.output.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a study keeps of one replicate of one policy: its totals (one row of replicates.csv, held as the
 * exact text that goes into that file) and its weekly arrivals (for the quantile bands). Everything else
 * of the RunResult is dropped, which keeps memory flat in the number of replicates.
 */
public record ReplicateRecord(int policyIndex, String policy, int replicate, long seed,
                              List<String> columns, double[] totals, double[] weekly) {

    /** Total columns in a fixed order: the daily metrics in Metric order, then any other totals in map order. */
    public static List<String> columnsOf(Map<String, Double> totals) {
        List<String> cols = new ArrayList<>();
        for (Metric m : Metric.values()) if (totals.containsKey(m.column)) cols.add(m.column);
        for (String k : totals.keySet()) if (!cols.contains(k)) cols.add(k);
        return cols;
    }

    public static ReplicateRecord of(int policyIndex, String policy, int replicate, long seed, RunResult r, int weeks) {
        List<String> cols = columnsOf(r.totals());
        double[] t = new double[cols.size()];
        for (int i = 0; i < t.length; i++) t[i] = r.totals().get(cols.get(i));
        double[] w = new double[weeks];
        double[] a = r.series(Metric.ARRIVALS);
        for (int d = 0; d < a.length && d / 7 < weeks; d++) w[d / 7] += a[d];
        return new ReplicateRecord(policyIndex, policy, replicate, seed, List.copyOf(cols), t, w);
    }

    public double total(String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no total " + column);
        return totals[i];
    }

    public String header() { return "policy,replicate,seed," + String.join(",", columns); }

    /**
     * The replicates.csv row, numbers as everywhere in outputs ({@link Numbers#format}). The summary is
     * computed from these saved texts, never from the in-memory doubles, so every way of running a study
     * (threads, resume, shards) summarises exactly the same numbers.
     */
    public String row() {
        StringBuilder sb = new StringBuilder(policy).append(',').append(replicate).append(',').append(seed);
        for (double v : totals) sb.append(',').append(Numbers.format(v));
        return sb.toString();
    }

    /**
     * What the replicate store saves besides the identity: {@code columns;totals;weekly arrivals}, each a
     * comma-separated list, numbers as in replicates.csv. No spaces (the store separates fields with them).
     */
    public String payload() {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append(';');
        for (int i = 0; i < totals.length; i++) sb.append(i == 0 ? "" : ",").append(Numbers.format(totals[i]));
        sb.append(';');
        for (int i = 0; i < weekly.length; i++) sb.append(i == 0 ? "" : ",").append(Numbers.format(weekly[i]));
        return sb.toString();
    }

    /** Numbers as {@link Numbers#format} writes finite ones: NaN, infinities and other spellings are refused. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,6})?");
    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private static double number(String s, String what) {
        if (!NUMBER.matcher(s).matches())
            throw new IllegalArgumentException(what + " '" + (s.length() > 20 ? s.substring(0, 20) + "..." : s)
                    + "' is not a finite number");
        return Double.parseDouble(s);
    }

    /**
     * A record from the identity the store read and a {@link #payload()}, checking the payload's shape and that
     * every value is a finite number.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ReplicateRecord parse(int policyIndex, String policy, int replicate, long seed, String payload, int weeks) {
        String[] part = payload.split(";", -1);
        if (part.length != 3) throw new IllegalArgumentException("expected columns;totals;weekly arrivals");
        String[] cols = part[0].split(",", -1), vals = part[1].split(",", -1);
        String[] wk = part[2].isEmpty() ? new String[0] : part[2].split(",", -1);
        if (cols.length != vals.length) throw new IllegalArgumentException(cols.length + " columns but " + vals.length + " totals");
        for (String c : cols) if (!COLUMN.matcher(c).matches()) throw new IllegalArgumentException("bad column name");
        if (!List.of(cols).contains("arrivals")) throw new IllegalArgumentException("no arrivals total");
        if (wk.length != weeks) throw new IllegalArgumentException(wk.length + " weeks of arrivals, the study has " + weeks);
        double[] t = new double[vals.length];
        for (int i = 0; i < t.length; i++) t[i] = number(vals[i], cols[i]);
        double[] w = new double[wk.length];
        for (int i = 0; i < w.length; i++) w[i] = number(wk[i], "weekly arrivals");
        return new ReplicateRecord(policyIndex, policy, replicate, seed, List.of(cols), t, w);
    }
}
