package channelsim.sensitivity;

import channelsim.calibration.Calibrator;
import channelsim.calibration.FreeParameter;
import channelsim.calibration.Measures;
import channelsim.config.Scenario;
import channelsim.experiment.ReplicatePool;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.policy.Simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs a Morris screening of a {@link SensitivityFile}: at every design point the uncertain values are
 * applied to the baseline and to each policy alike, each replicate runs with the same seed under the
 * baseline and every policy (common random numbers), and the output is either each policy's deterrence
 * {@code 1 - arrivals(policy) / arrivals(baseline)} (arrivals summed over replicates) or a measure of the
 * baseline. Results do not depend on the thread count: every run's seed and slot are fixed in advance.
 */
public final class Sensitivity {

    /** Screening of one output (a policy's deterrence, or the baseline measure): effects by parameter. */
    public record Screen(String output, List<Morris.Effect> effects) {}

    public record Result(List<FreeParameter> parameters, List<Screen> screens, int runs, long[] seeds) {}

    private Sensitivity() {}

    /** Sobol indices of one output (a policy's deterrence, or the baseline measure), by parameter. */
    public record SobolScreen(String output, List<Sobol.Index> indices) {}

    public record SobolResult(List<FreeParameter> parameters, List<SobolScreen> screens, int runs, int samples, long[] seeds) {}

    /** Runs a Morris screening. */
    public static Result run(SensitivityFile f, int threads, Consumer<String> progress, Runnable started) throws InterruptedException {
        List<FreeParameter> ps = f.parameters();
        int k = ps.size();
        List<Morris.Trajectory> design = Morris.design(k, f.trajectories(), f.levels(), f.seed());
        List<double[]> points = new ArrayList<>();
        for (Morris.Trajectory t : design) points.addAll(java.util.Arrays.asList(t.points()));
        Evaluation e = evaluate(f, points, threads, progress, started);
        List<Screen> screens = new ArrayList<>();
        for (int o = 0; o < e.outputs().size(); o++) {
            List<double[]> y = new ArrayList<>();
            for (int t = 0; t < design.size(); t++)
                y.add(java.util.Arrays.copyOfRange(e.y()[o], t * (k + 1), (t + 1) * (k + 1)));
            screens.add(new Screen(e.outputs().get(o), Morris.effects(design, y, k)));
        }
        return new Result(ps, screens, e.runs(), e.seeds());
    }

    /** Runs a Sobol analysis: Saltelli's design of {@code f.samples()} base points, Jansen's estimators, bootstrap intervals. */
    public static SobolResult runSobol(SensitivityFile f, int threads, Consumer<String> progress, Runnable started) throws InterruptedException {
        int k = f.parameters().size(), n = f.samples();
        Evaluation e = evaluate(f, Sobol.design(n, k), threads, progress, started);
        List<SobolScreen> screens = new ArrayList<>();
        for (int o = 0; o < e.outputs().size(); o++)
            screens.add(new SobolScreen(e.outputs().get(o), Sobol.indices(e.y()[o], n, k, f.seed())));
        return new SobolResult(f.parameters(), screens, e.runs(), n, e.seeds());
    }

    /** Runs needed for a design of {@code points} points. */
    public static int runsFor(SensitivityFile f, int points) {
        return points * f.replicates() * (f.deterrence() ? 1 + f.policies().size() : 1);
    }

    /** The outputs at each design point: {@code y[output][point]}, with their names; runs and seeds used. */
    record Evaluation(List<String> outputs, double[][] y, int runs, long[] seeds) {}

    /**
     * Every design point (in [0, 1)^k) run under the baseline and each policy, every replicate with the same
     * seed; the output per point is each policy's deterrence (arrivals summed over replicates) or the
     * baseline's measure (mean over replicates). Results are read back by position: thread-independent.
     */
    static Evaluation evaluate(SensitivityFile f, List<double[]> points, int threads, Consumer<String> progress, Runnable started)
            throws InterruptedException {
        List<FreeParameter> ps = f.parameters();
        int k = ps.size();
        long[] seeds = new long[f.replicates()];
        for (int r = 0; r < seeds.length; r++) seeds[r] = Calibrator.replicateSeed(f.seed(), r + 1);
        List<String> arms = new ArrayList<>();
        arms.add("baseline");
        if (f.deterrence()) arms.addAll(f.policies().keySet());
        int total = points.size() * arms.size() * seeds.length;
        if (started != null) started.run();
        List<Callable<Double>> runs = new ArrayList<>(total);
        try (ReplicatePool pool = new ReplicatePool(threads, "sensitivity-worker")) {
            for (double[] x : points) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < k; i++) values.put(ps.get(i).key(), typed(ps.get(i), ps.get(i).fromUnit(x[i])));
                values.put("scale", f.scale());
                for (String arm : arms) {
                    Scenario s = f.baseline().with(values);
                    if (!arm.equals("baseline")) s = s.with(f.policies().get(arm));
                    Scenario scenario = s;
                    for (long seed : seeds)
                        runs.add(() -> {
                            RunResult r = Simulation.run(scenario, seed);
                            return f.deterrence() ? sum(r.series(Metric.ARRIVALS))
                                    : Measures.of(r, f.output(), r.start(), r.start().plusDays(r.days() - 1), f.scale());
                        });
                }
            }
            int[] done = {0};
            List<Double> results = pool.runAll(runs, progress == null ? null : () -> progress.accept("run " + (++done[0]) + "/" + total));
            int perPoint = arms.size() * seeds.length, outputs = f.deterrence() ? arms.size() - 1 : 1;
            double[][] y = new double[outputs][points.size()];
            for (int o = 0; o < outputs; o++)
                for (int p = 0; p < points.size(); p++) {
                    int at = p * perPoint;
                    double base = 0, pol = 0;
                    for (int r = 0; r < seeds.length; r++) {
                        base += results.get(at + r);
                        if (f.deterrence()) pol += results.get(at + (o + 1) * seeds.length + r);
                    }
                    y[o][p] = f.deterrence() ? (base > 0 ? 1 - pol / base : Double.NaN) : base / seeds.length;
                }
            List<String> names = f.deterrence() ? arms.subList(1, arms.size()) : List.of(f.output());
            return new Evaluation(List.copyOf(names), y, total, seeds);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sensitivity run failed: " + e.getCause(), e.getCause());
        }
    }

    static Object typed(FreeParameter p, double v) {
        return channelsim.config.ParameterRegistry.find(p.key()).type() == channelsim.config.ParamType.INTEGER ? (Object) Math.round(v) : (Object) v;
    }

    private static double sum(double[] s) {
        double t = 0;
        for (double v : s) t += v;
        return t;
    }
}
