package channelsim.calibration;

import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Scenario;
import channelsim.config.TimedChange;
import channelsim.experiment.ReplicatePool;
import channelsim.model.RunResult;
import channelsim.model.StateReading;
import channelsim.policy.Simulation;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Fits a scenario's free parameters to a {@link TargetFile}, in three stages chosen for a small budget
 * (a seven-year run takes several seconds):
 * <ol>
 * <li><b>Yearly values by proportional correction</b>, one year after the other, at the final scale.
 *     Arrivals are nearly proportional to the inflow of that year, and people per boat to the gangs'
 *     base load, so each yearly value is multiplied by {@code observed / simulated}; a few rounds per
 *     year converge, whereas a general optimiser would spend hundreds of runs on these fourteen numbers.</li>
 * <li><b>Global behavioural parameters by CMA-ES</b> (commons-math3, bounded, seeded), on the targets
 *     the yearly values do not fit. The yearly values are held fixed, so a candidate that changes the
 *     level of arrivals would be judged on a level the next stage corrects anyway: counts of each year
 *     (deaths, busiest day, boats) are therefore rescaled by that year's observed/simulated arrivals
 *     (the yearly values "profiled out") before their distance is taken.</li>
 * <li><b>Yearly values again</b> under the fitted global values, then a final evaluation with the same
 *     replicates, at the final scale (normally 1, the real Channel), for the report.</li>
 * </ol>
 * Every evaluation uses the same replicate seeds (common random numbers), so differences between
 * candidates are not noise between random streams.
 */
public final class Calibrator {

    /** How much to run. {@code finalScale} is the population scale of the last stage and the report. */
    public record Options(int replicates, int evaluations, long seed, int threads, double searchScale,
                          double finalScale, int rounds) {}

    /** Told after each unit of work (a round or an evaluation), with a short status text. */
    public interface Listener {
        void started(int totalUnits);

        void step(String status);
    }

    public record Result(Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global,
                         Scenario scenario, Evaluation evaluation, List<RunResult> runs, List<String> log,
                         double initialObjective, StateReading stateOnLastJan1) {}

    private final TargetFile targets;
    private final Scenario base;
    private final Options opt;
    private final Listener listener;
    private final List<String> log = new ArrayList<>();
    private final long[] seeds;

    private final Scenario startFrom;

    public Calibrator(TargetFile targets, Scenario base, Options options, Listener listener) {
        this(targets, base, base, options, listener);
    }

    /**
     * @param startFrom where the free values start: the base scenario, or an earlier fit of it (to
     *                  continue a calibration after the model changed, at a fraction of the cost)
     */
    public Calibrator(TargetFile targets, Scenario base, Scenario startFrom, Options options, Listener listener) {
        this.targets = targets;
        this.base = base;
        this.startFrom = startFrom;
        this.opt = options;
        this.listener = listener;
        seeds = new long[options.replicates()];
        for (int r = 0; r < seeds.length; r++) seeds[r] = replicateSeed(options.seed(), r + 1);
    }

    /** Replicate r's seed: the study runner's rule ({@link channelsim.experiment.Seeds}), so a calibration's replicates are a study's. */
    public static long replicateSeed(long base, int r) {
        return channelsim.experiment.Seeds.replicateSeed(base, r);
    }

    public long[] seeds() { return seeds.clone(); }

    public Result run() throws InterruptedException {
        List<FreeParameter> yearlyFree = targets.yearly(), globalFree = targets.global();
        Map<String, TreeMap<Integer, Double>> yearly = new LinkedHashMap<>();
        for (FreeParameter f : yearlyFree) {
            TreeMap<Integer, Double> byYear = new TreeMap<>();
            for (int y : targets.yearsOf(f.matches())) byYear.put(y, f.clamp(valueOn(startFrom, f.key(), LocalDate.of(y, 1, 1))));
            yearly.put(f.key(), byYear);
        }
        Map<String, Double> global = new LinkedHashMap<>();
        for (FreeParameter f : globalFree) global.put(f.key(), f.clamp(((Number) startFrom.get(f.key())).doubleValue()));

        int cma = globalFree.isEmpty() ? 0 : opt.evaluations();
        int years = yearsOfYearly().size();
        int yearlyUnits = years * opt.rounds();
        listener.started(yearlyUnits * (cma > 0 ? 2 : 1) + cma + 1);
        try (ReplicatePool pool = new ReplicatePool(opt.threads(), "calibration-worker")) {
            double initial = evaluateQuietly(pool, yearly, global);
            // stage 1: yearly values, year after year, at the final scale
            fitYearly(pool, yearly, global, "yearly fit");
            // stage 2: global parameters by CMA-ES at the search scale
            if (cma > 0) {
                global = cmaes(pool, yearly, global, globalFree);
                // stage 3: the yearly values again, under the new global values
                fitYearly(pool, yearly, global, "yearly refit");
            }
            Evaluated last = evaluate(pool, yearly, global, opt.finalScale(), base.days());
            note("final: objective " + fmt(last.evaluation.objective()) + ", " + last.evaluation.met() + "/" + last.evaluation.rows().size() + " targets met");
            Scenario fitted = apply(base, yearly, global, opt.finalScale());
            return new Result(yearly, global, fitted, last.evaluation, last.runs, List.copyOf(log), initial, last.state);
        }
    }

    /** The objective of the starting values, at the final scale (for the report's before/after). */
    private double evaluateQuietly(ReplicatePool pool, Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global) throws InterruptedException {
        double o = evaluate(pool, yearly, global, opt.finalScale(), base.days()).evaluation.objective();
        log.add("start: objective " + fmt(o));
        return o;
    }

    private List<Integer> yearsOfYearly() {
        java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
        for (FreeParameter f : targets.yearly()) ys.addAll(targets.yearsOf(f.matches()));
        return new ArrayList<>(ys);
    }

    /**
     * Fits the yearly values one year at a time, in calendar order, on runs that stop at the end of that
     * year. A year's arrivals depend on the people still waiting from the year before, so fitting all
     * years at once oscillates (a surplus left in the camps in 2022 floods 2023); in time order, the
     * years before are already right when a year is fitted, and later years cannot change them.
     * Up to {@code rounds} proportional corrections per year; a year stops early once its matched targets
     * are within a quarter of their tolerance.
     */
    private void fitYearly(ReplicatePool pool, Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global,
                           String label) throws InterruptedException {
        lastStep.clear(); // elasticities measured under other global values do not carry over
        for (int y : yearsOfYearly()) {
            LocalDate end = LocalDate.of(y, 12, 31);
            int days = (int) Math.min(base.days(), end.toEpochDay() - base.start().toEpochDay() + 1);
            if (days <= 0) continue;
            List<Target> matched = new ArrayList<>();
            for (FreeParameter f : targets.yearly())
                for (Target t : targets.targets())
                    if (t.measure().equals(f.matches()) && t.period().isYear() && t.period().year() == y) matched.add(t);
            int k = 0;
            // the best values seen for this year: a correction that made things worse is not kept
            double bestWorst = Double.POSITIVE_INFINITY;
            Map<String, Double> best = new LinkedHashMap<>();
            for (; k < opt.rounds(); k++) {
                Evaluated ev = evaluate(pool, yearly, global, opt.finalScale(), days, matched);
                double worst = 0;
                for (Evaluation.Row r : ev.evaluation.rows()) worst = Math.max(worst, r.distance());
                if (worst < bestWorst) {
                    bestWorst = worst;
                    for (Map.Entry<String, TreeMap<Integer, Double>> e : yearly.entrySet()) best.put(e.getKey(), e.getValue().get(y));
                }
                String status = label + " " + y + " round " + (k + 1) + ": worst distance " + fmt(worst);
                if (worst <= 0.25) {
                    note(status + " (done)");
                    k++;
                    break;
                }
                if (k == opt.rounds() - 1) {
                    note(status + "; keeping the best round (" + fmt(bestWorst) + ")");
                    k++;
                    break;
                }
                correct(yearly, ev.evaluation, 1.0);
                listener.step(status);
            }
            for (Map.Entry<String, Double> e : best.entrySet())
                if (e.getValue() != null) yearly.get(e.getKey()).put(y, e.getValue());
            for (; k < opt.rounds(); k++) listener.step(label + " " + y + " converged");
            StringBuilder values = new StringBuilder();
            for (Map.Entry<String, TreeMap<Integer, Double>> e : yearly.entrySet())
                values.append(' ').append(e.getKey()).append('=').append(FitReport.shortValue(e.getKey(), e.getValue().get(y)));
            log.add(label + " " + y + ":" + values);
        }
    }

    private Map<String, Double> cmaes(ReplicatePool pool, Map<String, TreeMap<Integer, Double>> yearly,
                                      Map<String, Double> start, List<FreeParameter> free) throws InterruptedException {
        int d = free.size();
        double[] x0 = new double[d], lo = new double[d], hi = new double[d], sigma = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = free.get(i).toUnit(start.get(free.get(i).key()));
            hi[i] = 1;
            sigma[i] = 0.25;
        }
        // the optimiser's own stream: seeded, independent of the replicate seeds
        CMAESOptimizer optimizer = new CMAESOptimizer(opt.evaluations(), 0, true, 0, 0,
                new MersenneTwister(opt.seed() ^ 0x5DEECE66DL), false, null);
        int lambda = Math.max(4, Math.min(4 + (int) (3 * Math.log(d)), Math.max(4, opt.evaluations() / 3)));
        double[] best = {Double.POSITIVE_INFINITY};
        double[][] bestX = {x0.clone()};
        int[] count = {0};
        InterruptedException[] interrupted = {null};
        try {
            optimizer.optimize(new MaxEval(opt.evaluations()), GoalType.MINIMIZE, new InitialGuess(x0),
                    new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda),
                    new ObjectiveFunction(x -> {
                        if (interrupted[0] != null) return Double.MAX_VALUE;
                        Map<String, Double> g = new LinkedHashMap<>();
                        for (int i = 0; i < d; i++) g.put(free.get(i).key(), free.get(i).fromUnit(x[i]));
                        double f;
                        try {
                            f = profiledObjective(evaluate(pool, yearly, g, opt.searchScale(), base.days()));
                        } catch (InterruptedException e) {
                            interrupted[0] = e;
                            return Double.MAX_VALUE;
                        }
                        count[0]++;
                        if (f < best[0]) {
                            best[0] = f;
                            bestX[0] = x.clone();
                        }
                        listener.step("CMA-ES " + count[0] + "/" + opt.evaluations() + ": " + fmt(f) + " (best " + fmt(best[0]) + ")");
                        return f;
                    }));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the budget is the stopping rule; the best point seen is kept below
        }
        if (interrupted[0] != null) throw interrupted[0];
        // keep the progress total honest if CMA-ES stopped early
        for (int k = count[0]; k < opt.evaluations(); k++) listener.step("CMA-ES converged");
        Map<String, Double> g = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) g.put(free.get(i).key(), free.get(i).fromUnit(bestX[0][i]));
        note("CMA-ES: " + count[0] + " evaluations, best profiled objective " + fmt(best[0]) + " at " + g);
        return g;
    }

    /**
     * The objective without the targets the yearly values fit, with each year's counts rescaled by that
     * year's observed/simulated ratio of the measure an extensive yearly parameter fits (arrivals).
     */
    double profiledObjective(Evaluated ev) {
        Map<Integer, Double> ratio = new TreeMap<>();
        List<String> fitted = new ArrayList<>();
        for (FreeParameter f : targets.yearly()) {
            fitted.add(f.matches());
            if (!Measures.isExtensive(f.matches())) continue;
            for (Evaluation.Row r : ev.evaluation.rows())
                if (r.target().measure().equals(f.matches()) && r.target().period().isYear() && r.mean() > 0)
                    ratio.put(r.target().period().year(), r.target().reference(r.mean()) / r.mean());
        }
        List<Evaluation.Row> rows = new ArrayList<>();
        for (Evaluation.Row r : ev.evaluation.rows()) {
            Target t = r.target();
            if (fitted.contains(t.measure())) continue;
            Double k = ratio.get(t.period().year());
            if (k == null || !Measures.isExtensive(t.measure())) {
                rows.add(r);
                continue;
            }
            double[] v = r.values().clone();
            for (int i = 0; i < v.length; i++) v[i] *= k;
            rows.add(Evaluation.row(t, v));
        }
        return Evaluation.objective(rows, null);
    }

    /** Last (value, simulated) seen for each yearly parameter and year, for secant steps. */
    private final Map<String, double[]> lastStep = new java.util.HashMap<>();

    /**
     * Moves each yearly value towards its target for its year. The first step assumes the measure is
     * proportional to the value ({@code value * target / simulated}); later steps use the elasticity
     * measured between the last two rounds (a secant step in logs), because a year's arrivals respond
     * less than proportionally to its inflow when many people are still waiting from the year before.
     */
    private void correct(Map<String, TreeMap<Integer, Double>> yearly, Evaluation e, double damping) {
        for (FreeParameter f : targets.yearly()) {
            TreeMap<Integer, Double> byYear = yearly.get(f.key());
            for (Evaluation.Row r : e.rows()) {
                Target t = r.target();
                if (!t.measure().equals(f.matches()) || !t.period().isYear() || !byYear.containsKey(t.period().year())) continue;
                int y = t.period().year();
                double sim = r.mean(), value = byYear.get(y);
                String key = f.key() + "@" + y;
                double elasticity = 1;
                double[] prev = lastStep.get(key);
                if (prev != null && sim > 0 && prev[1] > 0 && Math.abs(Math.log(value / prev[0])) > 0.02)
                    elasticity = Math.max(0.25, Math.min(2, Math.log(sim / prev[1]) / Math.log(value / prev[0])));
                lastStep.put(key, new double[] {value, sim});
                double factor = sim > 0 ? Math.pow(t.reference(sim) / sim, damping / elasticity) : 2;
                factor = Math.max(0.2, Math.min(5, factor)); // one wild replicate set must not throw a year out of range
                byYear.put(y, f.clamp(value * factor));
            }
        }
    }

    /** An evaluation, its runs, and their mean state on 1 January of the targets' last year (null if not reached). */
    record Evaluated(Evaluation evaluation, List<RunResult> runs, StateReading state) {}

    Evaluated evaluate(ReplicatePool pool, Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global,
                       double scale, int days) throws InterruptedException {
        return evaluate(pool, yearly, global, scale, days, targets.targets());
    }

    Evaluated evaluate(ReplicatePool pool, Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global,
                       double scale, int days, List<Target> which) throws InterruptedException {
        Scenario full = apply(base, yearly, global, scale);
        Scenario s = days == base.days() ? full : full.with(Map.of("days", (long) days));
        List<Callable<RunResult>> tasks = new ArrayList<>();
        // the stocks on 1 January of the last year, read from these runs for the flat scenario (FitReport.stateYaml)
        LocalDate stateOn = LocalDate.of(FitReport.lastYear(targets), 1, 1);
        StateReading[] states = new StateReading[seeds.length]; // by replicate: a mean in a fixed order
        for (int k = 0; k < seeds.length; k++) {
            int r = k;
            tasks.add(() -> Simulation.run(s, seeds[r], stateOn, st -> states[r] = st));
        }
        List<RunResult> runs;
        try {
            runs = pool.runAll(tasks, null);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("a calibration run failed: " + ex.getCause(), ex.getCause());
        }
        Map<String, Double> params = new LinkedHashMap<>(global);
        for (Map.Entry<String, TreeMap<Integer, Double>> e : yearly.entrySet())
            for (Map.Entry<Integer, Double> y : e.getValue().entrySet()) params.put(e.getKey() + "@" + y.getKey(), y.getValue());
        Evaluation ev = Evaluation.of(params, which, runs, scale);
        return new Evaluated(ev, runs, Arrays.asList(states).contains(null) ? null : StateReading.mean(List.of(states)));
    }

    /**
     * The base scenario with the global values, the scale, and each yearly value set on 1 January of its
     * year (and as the starting value when its year is the first simulated one, so the warm-up uses it).
     * The added changes come after the base timeline's, so on the same date they win.
     */
    public static Scenario apply(Scenario base, Map<String, TreeMap<Integer, Double>> yearly, Map<String, Double> global, double scale) {
        Map<String, Object> top = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : global.entrySet()) top.put(e.getKey(), typed(e.getKey(), e.getValue()));
        top.put("scale", scale);
        List<TimedChange> timeline = new ArrayList<>(base.timeline());
        for (Map.Entry<String, TreeMap<Integer, Double>> e : yearly.entrySet()) {
            for (Map.Entry<Integer, Double> y : e.getValue().entrySet()) {
                LocalDate jan1 = LocalDate.of(y.getKey(), 1, 1);
                Object v = typed(e.getKey(), y.getValue());
                if (!jan1.isAfter(base.start())) top.put(e.getKey(), v);
                timeline.add(new TimedChange(jan1, e.getKey(), v));
            }
        }
        Scenario s = base.with(top);
        return new Scenario(s.name(), s.source(), s.values(), s.groups(), timeline);
    }

    static Object typed(String key, double v) {
        ParamSpec spec = ParameterRegistry.find(key);
        return spec != null && spec.type() == ParamType.INTEGER ? (Object) Math.round(v) : (Object) v;
    }

    /** The value of key in force on a date: the scenario's value, then its timeline's changes up to that date. */
    static double valueOn(Scenario s, String key, LocalDate date) {
        double v = ((Number) s.get(key)).doubleValue();
        for (TimedChange c : s.timeline())
            if (c.key().equals(key) && !c.date().isAfter(date)) v = ((Number) c.value()).doubleValue();
        return v;
    }

    private void note(String line) {
        log.add(line);
        listener.step(line);
    }

    static String fmt(double v) { return String.format(java.util.Locale.ROOT, "%.3f", v); }

    static String arr(double[] v) { return Arrays.toString(v); }
}
