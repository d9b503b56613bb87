package channelsim.experiment;

import java.util.List;

/** The computed summary of a finished study, from which every output file is written. */
public record StudyResults(StudyInfo info, List<String> columns, List<Row> summary, List<Quantiles> quantiles,
                           List<Band> bands, List<Ranked> ranking, List<String> warnings) {

    /** One summary.csv row. */
    public record Row(String policy, String metric, Stats.Estimate estimate) {}

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
    }

    public Stats.Estimate get(String policy, String metric) {
        for (Row r : summary) if (r.policy().equals(policy) && r.metric().equals(metric)) return r.estimate();
        return Stats.Estimate.EMPTY;
    }
}
