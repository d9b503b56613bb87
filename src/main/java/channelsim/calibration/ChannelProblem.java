package channelsim.calibration;

import channelsim.config.Scenario;
import channelsim.model.ChannelModel;
import channelsim.model.RunResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The Channel model as an ABC problem: the scenario with a parameter vector applied, run at the calibration's
 * scale, compared with the record through the error model. Runs are checked on every day a figure ends
 * (each month's end): once the figures already simulated put a draw beyond the tolerance, it is stopped there.
 */
public final class ChannelProblem implements AbcProblem, java.io.Serializable {
    private final Scenario base;
    private final ParameterSpace space;
    private final List<RecordTarget> targets;
    private final ErrorModel error;
    private final double scale;
    private final int[] checkDays;
    private final int[] doneBy; // targets[0..doneBy[c]) end on or before checkDays[c]
    private final double totalWeight;

    /** @param base the scenario, cut to end on the last day of the targets (nothing later is simulated) */
    public ChannelProblem(Scenario base, ParameterSpace space, List<RecordTarget> targets, ErrorModel error, double scale) {
        this.space = space;
        this.error = error;
        this.scale = scale;
        List<RecordTarget> sorted = new ArrayList<>(targets);
        sorted.sort((a, b) -> a.period().last().compareTo(b.period().last()));
        this.targets = List.copyOf(sorted);
        LocalDate last = sorted.get(sorted.size() - 1).period().last();
        int days = (int) (last.toEpochDay() - base.start().toEpochDay() + 1);
        this.base = days < base.days() ? base.with(java.util.Map.of("days", (long) days)) : base;
        TreeSet<Integer> checks = new TreeSet<>();
        for (RecordTarget t : sorted) {
            // every day a figure ends on (the month ends, mostly): a history that has gone wild (a prior draw
            // sending a million people to the coast) is stopped within a month, before it costs much
            int d = (int) (t.period().last().toEpochDay() - base.start().toEpochDay());
            if (d >= 0 && d < this.base.days() - 1) checks.add(d);
        }
        checkDays = checks.stream().mapToInt(Integer::intValue).toArray();
        doneBy = new int[checkDays.length];
        for (int c = 0; c < checkDays.length; c++) {
            LocalDate day = base.start().plusDays(checkDays[c]);
            int n = 0;
            while (n < sorted.size() && !sorted.get(n).period().last().isAfter(day)) n++;
            doneBy[c] = n;
        }
        double w = 0;
        for (RecordTarget t : sorted) w += t.weight();
        totalWeight = w;
    }

    public List<RecordTarget> targets() { return targets; }

    public ParameterSpace space() { return space; }

    public ErrorModel error() { return error; }

    public Scenario base() { return base; }

    public double scale() { return scale; }

    @Override
    public int dims() { return space.size(); }

    @Override
    public double[] samplePrior(SplittableRandom rng) { return space.sample(rng); }

    @Override
    public double logPrior(double[] z) { return space.logPrior(z); }

    @Override
    public double[] simulate(double[] z, long seed, double epsilon) {
        Scenario s = space.apply(base, z, scale);
        double[] v = new double[targets.size()];
        double limit = epsilon * epsilon * totalWeight; // the weighted sum of squares a kept draw stays within
        int[] filled = {0};
        double[] sum = {0};
        ChannelModel.Checkpoint cp = (day, soFar) -> {
            int c = Arrays.binarySearch(checkDays, day);
            for (int k = filled[0]; k < doneBy[c]; k++) {
                v[k] = targets.get(k).simulated(soFar, scale);
                double r = error.residual(targets.get(k), v[k]);
                sum[0] += targets.get(k).weight() * r * r;
            }
            filled[0] = doneBy[c];
            return sum[0] <= limit;
        };
        RunResult r = Double.isInfinite(epsilon) ? channelsim.policy.Simulation.run(s, seed) : channelsim.policy.Simulation.run(s, seed, checkDays, cp);
        if (r == null) return null;
        for (int k = filled[0]; k < targets.size(); k++) v[k] = targets.get(k).simulated(r, scale);
        if (Double.isInfinite(epsilon)) for (int k = 0; k < filled[0]; k++) v[k] = targets.get(k).simulated(r, scale);
        return v;
    }

    @Override
    public double distance(double[] simulated) {
        double s = 0;
        for (int k = 0; k < targets.size(); k++) {
            double r = error.residual(targets.get(k), simulated[k]);
            s += targets.get(k).weight() * r * r;
        }
        return Math.sqrt(s / totalWeight);
    }
}
