package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.config.Scenario;
import channelsim.experiment.Seeds;
import channelsim.model.RunResult;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A back-test: the Bayesian calibration on the record up to the end of {@code fitUntil} only, then forecasts
 * of later years from the posterior (each draw's latent series continuing its random walk past the last
 * fitted year), against the record and two naive forecasts made at the same origin:
 * <ul>
 * <li><b>persistence</b>: the same month (or year) of the last fitted year;</li>
 * <li><b>seasonal trend</b>: the log-linear trend of the last three fitted years' totals, spread over the
 *     months by their average share of the year in those years.</li>
 * </ul>
 * Measures: monthly and yearly arrivals and boats, yearly people per boat and busiest day.
 */
public final class Backtest {

    public record Options(int budget, int particles, long seed, int threads, boolean resume, Path out, int fitUntil,
                          int firstYear, int lastYear, int draws) {}

    public record Row(String period, String measure, double observed, double median, double pi50Low, double pi50High,
                      double pi90Low, double pi90High, double persistence, double trend) {
        boolean monthly() { return period.length() == 7; }
    }

    public record Skill(String measure, double maeModel, double maePersistence, double maeTrend, double coverage50, double coverage90) {
        public double skillVsPersistence() { return maePersistence > 0 ? 1 - maeModel / maePersistence : Double.NaN; }
    }

    public record Outcome(BayesCalibration.Outcome fit, List<Row> rows, List<Skill> skill) {}

    static final List<String> MEASURES = List.of("arrivals", "boats_arrived", "people_per_boat", "busiest_day");

    private Backtest() {}

    public static Outcome run(TargetFile tf, Options o, AbcSmc.Listener listener) throws ConfigException, IOException, InterruptedException {
        return run(tf, o, listener, null);
    }

    /**
     * A forecast run: draw {@code z} of the posterior (extended to the predicted years) from 2018 to the last
     * predicted year, and its value of every forecast target; never stopped early. Serializable, so an engine
     * such as Spark can send it to its executors.
     */
    record Forecasts(ParameterSpace space, Scenario base, double scale, List<RecordTarget> targets)
            implements Simulations.Model, java.io.Serializable {
        @Override
        public double[] simulate(double[] z, long seed, double epsilon) {
            RunResult r = channelsim.policy.Simulation.run(space.apply(base, z, scale), seed);
            double[] v = new double[targets.size()];
            for (int k = 0; k < v.length; k++) v[k] = targets.get(k).simulated(r, scale);
            return v;
        }
    }

    /**
     * The same, with the fit's simulations and the forecast runs made by {@code engine} (null: {@code o.threads()}
     * threads here, which are let go at the end; an engine given is the caller's to close); the same files either way.
     */
    public static Outcome run(TargetFile tf, Options o, AbcSmc.Listener listener, Simulations engine)
            throws ConfigException, IOException, InterruptedException {
        if (o.firstYear() <= o.fitUntil() || o.lastYear() < o.firstYear())
            throw new IllegalArgumentException("the predicted years must come after --fit-until");
        int particles = o.particles() > 0 ? o.particles() : BayesCalibration.defaultParticles(o.budget());
        BayesCalibration.Outcome fit = BayesCalibration.run(tf, new BayesCalibration.Options(o.budget(), particles, o.seed(), o.threads(),
                o.resume(), o.out(), LocalDate.of(o.fitUntil(), 12, 31)), listener, engine);
        // what is forecast: the record of the predicted years, and yearly totals of the monthly counts
        ChannelProblem all = BayesCalibration.problem(tf, LocalDate.of(o.lastYear(), 12, 31));
        List<RecordTarget> record = all.targets();
        List<RecordTarget> targets = new ArrayList<>();
        for (RecordTarget t : record)
            if (t.group().isEmpty() && MEASURES.contains(t.measure()) && t.period().first().getYear() >= o.firstYear()
                    && (t.period().isMonth() || t.period().isYear()) && !t.isRange()) targets.add(t);
        for (String m : List.of("arrivals", "boats_arrived"))
            for (int y = o.firstYear(); y <= o.lastYear(); y++) {
                double s = yearSum(record, m, y);
                if (!Double.isNaN(s))
                    targets.add(new RecordTarget(m + "-" + y, m, Period.parse(String.valueOf(y)), "", s, Double.NaN, Double.NaN,
                            "official table", 1, "sum of the monthly figures", 0));
            }
        // forecasts: draws of the posterior, each run from 2018 to the last predicted year
        ParameterSpace fitted = fit.problem().space(), wider = fitted.extendedTo(o.lastYear());
        int[] pick = fit.posterior().resample(o.draws());
        List<AbcSmc.Particle> ps = fit.result().last().particles();
        double[][] pred = new double[o.draws()][];
        List<Simulations.Job> jobs = new ArrayList<>();
        for (int d = 0; d < o.draws(); d++) {
            double[] z = fitted.extend(ps.get(pick[d]).z(), wider, new SplittableRandom(Seeds.mix(o.seed() * 977 + d)));
            jobs.add(new Simulations.Job(d, z, Seeds.replicateSeed(o.seed() ^ 0x5bd1e995L, d + 1), Double.POSITIVE_INFINITY));
        }
        Forecasts forecasts = new Forecasts(wider, all.base(), all.scale(), List.copyOf(targets));
        try (Simulations own = engine == null ? Simulations.threads(o.threads()) : null) {
            (engine == null ? own : engine).run(forecasts, jobs, r -> pred[r.index()] = r.values());
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a forecast run failed: " + e.getCause(), e.getCause());
        }
        double[] w = new double[o.draws()];
        java.util.Arrays.fill(w, 1.0 / o.draws());
        List<Predictive.Band> bands = Predictive.bands(targets, List.of(pred), w, all.error(), o.seed() ^ 0x2545F491L);
        List<Row> rows = new ArrayList<>();
        for (Predictive.Band b : bands) {
            RecordTarget t = b.target();
            rows.add(new Row(t.period().text(), t.measure(), t.observed(), b.q50(), b.q25(), b.q75(), b.q05(), b.q95(),
                    persistence(record, t, o.fitUntil()), trend(record, t, o.fitUntil())));
        }
        rows.sort((a, b) -> a.measure().equals(b.measure()) ? a.period().compareTo(b.period()) : Integer.compare(MEASURES.indexOf(a.measure()), MEASURES.indexOf(b.measure())));
        return new Outcome(fit, rows, skill(rows));
    }

    static double yearSum(List<RecordTarget> record, String measure, int year) {
        double s = 0;
        int n = 0;
        for (RecordTarget t : record)
            if (t.measure().equals(measure) && t.group().isEmpty() && t.period().isMonth() && t.period().year() == year) {
                s += t.observed();
                n++;
            }
        return n == 12 ? s : Double.NaN;
    }

    static double observedAt(List<RecordTarget> record, String measure, String period) {
        for (RecordTarget t : record)
            if (t.measure().equals(measure) && t.group().isEmpty() && t.period().text().equals(period) && !t.isRange()) return t.observed();
        return period.length() == 4 ? yearSum(record, measure, Integer.parseInt(period)) : Double.NaN;
    }

    /** The same month, or the year, of the last fitted year. */
    static double persistence(List<RecordTarget> record, RecordTarget t, int fitUntil) {
        String p = t.period().text();
        return observedAt(record, t.measure(), fitUntil + p.substring(4));
    }

    /** The log-linear trend of the last three fitted years, spread by the months' average share of the year. */
    static double trend(List<RecordTarget> record, RecordTarget t, int fitUntil) {
        int y0 = fitUntil - 2;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int y = y0; y <= fitUntil; y++) {
            double v = observedAt(record, t.measure(), String.valueOf(y));
            if (Double.isNaN(v)) continue;
            double ly = Math.log(v + 1);
            sx += y; sy += ly; sxx += (double) y * y; sxy += y * ly;
            n++;
        }
        if (n < 2) return Double.NaN;
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx), icpt = (sy - slope * sx) / n;
        double year = Math.exp(icpt + slope * t.period().year()) - 1;
        if (!t.period().isMonth()) return year;
        String mm = t.period().text().substring(4);
        double share = 0;
        int k = 0;
        for (int y = y0; y <= fitUntil; y++) {
            double m = observedAt(record, t.measure(), y + mm), tot = observedAt(record, t.measure(), String.valueOf(y));
            if (!Double.isNaN(m) && tot > 0) {
                share += m / tot;
                k++;
            }
        }
        return k == 0 ? Double.NaN : year * share / k;
    }

    static List<Skill> skill(List<Row> rows) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        for (Row r : rows) by.computeIfAbsent(r.monthly() ? r.measure() : r.measure() + (MEASURES.indexOf(r.measure()) < 2 ? "_yearly" : ""), k -> new ArrayList<>()).add(r);
        List<Skill> out = new ArrayList<>();
        for (var e : by.entrySet()) {
            double m = 0, p = 0, t = 0, c50 = 0, c90 = 0;
            for (Row r : e.getValue()) {
                m += Math.abs(r.median() - r.observed());
                p += Math.abs(r.persistence() - r.observed());
                t += Math.abs(r.trend() - r.observed());
                if (r.observed() >= r.pi50Low() && r.observed() <= r.pi50High()) c50++;
                if (r.observed() >= r.pi90Low() && r.observed() <= r.pi90High()) c90++;
            }
            int n = e.getValue().size();
            out.add(new Skill(e.getKey(), m / n, p / n, t / n, c50 / n, c90 / n));
        }
        return out;
    }

    public static void write(Outcome o, Path dir, String command) throws IOException {
        StringBuilder b = new StringBuilder("period,measure,observed,median,pi50_low,pi50_high,pi90_low,pi90_high,naive_persistence,naive_trend\n");
        for (Row r : o.rows())
            b.append(String.join(",", r.period(), r.measure(), g(r.observed()), g(r.median()), g(r.pi50Low()), g(r.pi50High()),
                    g(r.pi90Low()), g(r.pi90High()), g(r.persistence()), g(r.trend()))).append('\n');
        AtomicFiles.writeString(dir.resolve("backtest.csv"), b.toString());
        StringBuilder s = new StringBuilder("measure,mae_model,mae_persistence,mae_trend,skill_vs_persistence,coverage50,coverage90\n");
        for (Skill k : o.skill())
            s.append(String.join(",", k.measure(), g(k.maeModel()), g(k.maePersistence()), g(k.maeTrend()),
                    String.format(Locale.ROOT, "%.3f", k.skillVsPersistence()), String.format(Locale.ROOT, "%.3f", k.coverage50()),
                    String.format(Locale.ROOT, "%.3f", k.coverage90()))).append('\n');
        AtomicFiles.writeString(dir.resolve("skill.csv"), s.toString());
        BacktestChart.write(o, dir.resolve("backtest.png"));
        StringBuilder md = new StringBuilder("# Back-test\n\nWritten by `" + command + "`.\n\n");
        md.append("| measure | MAE model | MAE persistence | MAE seasonal trend | skill vs persistence | coverage 50% | coverage 90% |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Skill k : o.skill())
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %+.2f | %.0f%% | %.0f%% |%n", k.measure(), g(k.maeModel()), g(k.maePersistence()),
                    g(k.maeTrend()), k.skillVsPersistence(), 100 * k.coverage50(), 100 * k.coverage90()));
        AtomicFiles.writeString(dir.resolve("backtest.md"), md.toString());
    }

    static String g(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
