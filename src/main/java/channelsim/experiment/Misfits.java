package channelsim.experiment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the calibrated model is from the record, measure by measure, for the caveats a study's report puts
 * beside the measures they touch. Read from the posterior predictive table a calibration writes beside its
 * posterior ({@code X.predictive.csv} beside {@code X.csv}; {@code calibrate --posterior} writes both): every
 * figure of the 2018-2024 record with the predictive quantiles. A year's prediction is the predictive median,
 * for a monthly series the sum of the months' medians; figures given only as a bound, and the nationality
 * series, are left out here (docs/calibration has them).
 */
public record Misfits(Path file, Map<String, Measure> measures) {
    /** The record's most recent years the report's sentences speak of. */
    static final int RECENT = 3;

    /** One year: the record's figure and the calibrated model's median prediction. */
    public record Year(int year, double observed, double predicted) {
        /** predicted / observed - 1: -0.21 under-predicts by 21%; NaN when the record is 0. */
        public double relative() { return observed > 0 ? predicted / observed - 1 : Double.NaN; }
    }

    /** A measure's years, and the share of its figures (months or years) inside their 90% predictive bands. */
    public record Measure(String name, List<Year> years, int figures, double coverage90, boolean monthly) {
        /**
         * Of the record's last three years (the ones nearest a study of today), the one the model misses most,
         * relatively; null if none has a non-zero record. The early years' misses (a few hundred crossings in 2018)
         * say little about a study of 2025, and the totals table shows every year anyway.
         */
        public Year worst() {
            int last = years.isEmpty() ? 0 : years.get(years.size() - 1).year();
            Year w = null;
            for (Year y : years)
                if (y.year() > last - RECENT && Double.isFinite(y.relative()) && (w == null || Math.abs(y.relative()) > Math.abs(w.relative()))) w = y;
            return w;
        }

        /** "under-predicts 2022 arrivals by 21%" (or over-predicts), for the worst recent year. */
        public String worstText() {
            Year w = worst();
            if (w == null) return "";
            double r = w.relative();
            return (r < 0 ? "under-predicts " : "over-predicts ") + w.year() + " " + name.replace('_', ' ') + " by "
                    + Math.round(Math.abs(r) * 100) + "%" + (monthly ? " (sum of the months' medians, " : " (median, ")
                    + channelsim.output.Num.human(w.predicted()) + " against " + channelsim.output.Num.human(w.observed()) + " recorded)";
        }

        /** "71% of its 84 monthly figures inside the 90% bands". */
        public String coverageText() {
            return Math.round(coverage90 * 100) + "% of its " + figures + (monthly ? " monthly" : " yearly")
                    + " figures inside the posterior's 90% predictive bands (well calibrated: 90%)";
        }
    }

    /** The table beside a posterior file, or null if there is none. */
    public static Misfits beside(Path posterior) throws IOException {
        if (posterior == null) return null;
        String n = posterior.getFileName().toString().replaceFirst("\\.csv$", "");
        Path f = posterior.resolveSibling(n + ".predictive.csv");
        return Files.isRegularFile(f) ? read(f) : null;
    }

    /** Reads a predictive table ({@code id,measure,period,group,observed,...,q50,...,in90}). */
    public static Misfits read(Path f) throws IOException {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>();
        Map<String, int[]> inside = new LinkedHashMap<>();
        Map<String, Boolean> monthly = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(f);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                String m = rec.get("measure"), period = rec.get("period"), obs = rec.get("observed"), q50 = rec.get("q50");
                if (!rec.get("group").isEmpty() || obs.isEmpty() || q50.isEmpty() || !period.matches("\\d{4}(-\\d{2})?")) continue;
                boolean month = period.length() == 7;
                if (monthly.containsKey(m) && monthly.get(m) != month) continue; // one kind per measure: the first seen
                monthly.putIfAbsent(m, month);
                double[] s = sums.computeIfAbsent(m, k -> new TreeMap<>()).computeIfAbsent(Integer.parseInt(period.substring(0, 4)), k -> new double[2]);
                s[0] += Double.parseDouble(obs);
                s[1] += Double.parseDouble(q50);
                int[] c = inside.computeIfAbsent(m, k -> new int[2]);
                c[0]++;
                if (rec.get("in90").equals("true")) c[1]++;
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(f + ": not a predictive table (" + e.getMessage() + ")", e);
        }
        Map<String, Measure> out = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, double[]>> e : sums.entrySet()) {
            List<Year> ys = new ArrayList<>();
            for (Map.Entry<Integer, double[]> y : e.getValue().entrySet()) ys.add(new Year(y.getKey(), y.getValue()[0], y.getValue()[1]));
            int[] c = inside.get(e.getKey());
            out.put(e.getKey(), new Measure(e.getKey(), ys, c[0], (double) c[1] / c[0], monthly.get(e.getKey())));
        }
        return new Misfits(f, out);
    }

    /** The study metric a measure of the record touches ({@code busiest_day} is {@code busiest_day_arrivals}). */
    public Measure of(String metric) {
        if (metric.equals("busiest_day_arrivals")) return measures.get("busiest_day");
        return measures.get(metric);
    }
}
