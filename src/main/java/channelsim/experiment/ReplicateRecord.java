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
                              List<String> columns, double[] totals, double[] weekly) implements java.io.Serializable {

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

    /** The saved-replicate file: study hash, header, row, weekly arrivals. */
    public String fileText(String studyHash) {
        StringBuilder sb = new StringBuilder("study_hash,").append(studyHash).append('\n');
        sb.append(header()).append('\n').append(row()).append('\n').append("weekly_arrivals");
        for (double v : weekly) sb.append(',').append(Numbers.format(v));
        return sb.append('\n').toString();
    }

    private static double parse(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Reads a saved-replicate file; the caller has checked the hash line. */
    public static ReplicateRecord parse(int policyIndex, List<String> lines) {
        String[] head = lines.get(1).split(",", -1);
        String[] row = lines.get(2).split(",", -1);
        String[] wk = lines.get(3).split(",", -1);
        if (head.length != row.length || !head[0].equals("policy") || !wk[0].equals("weekly_arrivals"))
            throw new IllegalArgumentException("malformed replicate file");
        List<String> cols = List.of(head).subList(3, head.length);
        double[] t = new double[cols.size()];
        for (int i = 0; i < t.length; i++) t[i] = parse(row[3 + i]);
        double[] w = new double[wk.length - 1];
        for (int i = 0; i < w.length; i++) w[i] = parse(wk[1 + i]);
        return new ReplicateRecord(policyIndex, row[0], Integer.parseInt(row[1]), Long.parseLong(row[2]), List.copyOf(cols), t, w);
    }
}
