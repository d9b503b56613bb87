package channelsim.experiment;

import java.util.List;

/** The computed summary of a finished study, from which every output file is written. */
public record StudyResults(StudyInfo info, List<String> columns, List<Row> summary, List<Quantiles> quantiles,
                           List<Band> bands, List<Ranked> ranking, List<String> warnings, List<Monthly> monthly) {

    /** One monthly.csv row: a group's measure over the whole weeks of a calendar month, pooled over samples. */
    public record Monthly(String policy, String group, java.util.Map<String, String> factors, String month, String metric,
                          Stats.Estimate estimate) {}

    /**
     * One summary.csv row. {@code group} is the policy with its lever values (the label charts and the report
     * use); {@code sample} is the 1-based sample of a crossed study, {@link #POOLED} for a row over every sample,
     * or 0 in a study without samples; {@code factors} the uncertainty and lever values as text.
     */
    public record Row(String policy, String group, int sample, java.util.Map<String, String> factors, String metric,
                      Stats.Estimate estimate) {
        public Row(String policy, String metric, Stats.Estimate estimate) {
            this(policy, policy, 0, java.util.Map.of(), metric, estimate);
        }
    }

    /** The sample of a row pooled over every sample of a crossed study ("all" in summary.csv). */
    public static final int POOLED = -1;

    /** p5, p50, p95 of a total across replicates. */
    public record Quantiles(String policy, String metric, double p5, double p50, double p95) {}

    /** Weekly arrivals quantiles (p5, p25, p50, p75, p95) across replicates; week is 1-based. */
    public record Band(String policy, int week, double[] q) {}

    /** A non-baseline policy in deterrence order, with whether it is separated from the next one down. */
    public record Ranked(int rank, String policy, Stats.Estimate deterrence, boolean separatedFromNext) {}

    public StudyResults {
        columns = List.copyOf(columns);
        summary = List.copyOf(summary);
        quantiles = List.copyOf(quantiles);
        bands = List.copyOf(bands);
        ranking = List.copyOf(ranking);
        warnings = List.copyOf(warnings);
        monthly = List.copyOf(monthly);
    }

    /** A group's estimate over every sample (a policy's, in a study without samples). */
    public Stats.Estimate get(String group, String metric) {
        for (Row r : summary) if (r.sample() <= 0 && r.group().equals(group) && r.metric().equals(metric)) return r.estimate();
        return Stats.Estimate.EMPTY;
    }
}
