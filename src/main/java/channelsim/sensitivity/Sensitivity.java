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

    public static Result run(SensitivityFile f, int threads, Consumer<String> progress, Runnable started) throws InterruptedException {
        List<FreeParameter> ps = f.parameters();
        int k = ps.size();
        List<Morris.Trajectory> design = Morris.design(k, f.trajectories(), f.levels(), f.seed());
        long[] seeds = new long[f.replicates()];
        for (int r = 0; r < seeds.length; r++) seeds[r] = Calibrator.replicateSeed(f.seed(), r + 1);
        List<String> arms = new ArrayList<>();
        arms.add("baseline");
        if (f.deterrence()) arms.addAll(f.policies().keySet());

        // every run of the design, submitted at once; results are read back by position
        int points = design.size() * (k + 1);
        int total = points * arms.size() * seeds.length;
        if (started != null) started.run();
        List<Callable<Double>> runs = new ArrayList<>(total);
        int[] done = {0};
        try (ReplicatePool pool = new ReplicatePool(threads, "sensitivity-worker")) {
            for (Morris.Trajectory t : design)
                for (double[] x : t.points()) {
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
                                double v = f.deterrence() ? sum(r.series(Metric.ARRIVALS))
                                        : Measures.of(r, f.output(), r.start(), r.start().plusDays(r.days() - 1), f.scale());
                                synchronized (done) {
                                    done[0]++;
                                    if (progress != null) progress.accept("run " + done[0] + "/" + total);
                                }
                                return v;
                            });
                    }
                }
            List<Double> results = pool.runAll(runs, null);
            double[] out = new double[total];
            for (int i = 0; i < total; i++) out[i] = results.get(i);
            // mean over replicates for each (point, arm)
            int perPoint = arms.size() * seeds.length;
            List<Screen> screens = new ArrayList<>();
            int outputs = f.deterrence() ? arms.size() - 1 : 1;
            for (int o = 0; o < outputs; o++) {
                List<double[]> y = new ArrayList<>();
                for (int t = 0; t < design.size(); t++) {
                    double[] yt = new double[k + 1];
                    for (int j = 0; j <= k; j++) {
                        int at = (t * (k + 1) + j) * perPoint;
                        double base = 0, pol = 0;
                        for (int r = 0; r < seeds.length; r++) {
                            base += out[at + r];
                            if (f.deterrence()) pol += out[at + (o + 1) * seeds.length + r];
                        }
                        yt[j] = f.deterrence() ? (base > 0 ? 1 - pol / base : Double.NaN) : base / seeds.length;
                    }
                    y.add(yt);
                }
                screens.add(new Screen(f.deterrence() ? arms.get(o + 1) : f.output(), Morris.effects(design, y, k)));
            }
            return new Result(ps, screens, total, seeds);
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
