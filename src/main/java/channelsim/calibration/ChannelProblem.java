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
    private CompositionRefinement refinement; // the inflow's composition, fitted after the ABC (null: none)

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

    /**
     * This problem (the ABC's: its distance leaves out the arrivals by nationality, which have weight 0 here) with
     * the inflow's composition fitted after it, particle by particle ({@link AbcSmc}): {@code full} is the same
     * problem over the whole space (this one's coordinates first, then the composition's), {@code likelihood}
     * the nationality figures with their own weights, matched to the composition's coordinates by group and year.
     */
    public ChannelProblem withComposition(ChannelProblem full, List<RecordTarget> likelihood) {
        refinement = new CompositionRefinement(this, full, likelihood);
        return this;
    }

    @Override
    public AbcProblem.Refinement refinement() { return refinement; }

    /** The space the posterior lives in: the whole one when a composition is fitted after the ABC. */
    public ChannelProblem posteriorProblem() { return refinement == null ? this : refinement.full; }

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

    /**
     * The inflow's composition (each origin group's share of each year, a log random walk) as a block fitted after
     * the ABC: each year's log share is matched to that group's arrivals of that year, whose likelihood is their
     * observation-error model (a normal on the record's log(x + c) scale, sd by quality flag and count size).
     */
    static final class CompositionRefinement implements AbcProblem.Refinement {
        private final ChannelProblem full;
        private final int[] block, target; // coordinates of the composition in the whole vector; each one's figure (index in targets)
        private final double[] weight;     // each figure's own weight in the likelihood
        private final int[] fromAbc;       // for each whole-vector coordinate, its index in the ABC's vector (-1: in the block)
        private final double[] startShare; // for each block coordinate, the share the ABC's histories ran with (the scenario's)
        private final int[][] months, named; // for each block coordinate: its year's monthly arrivals, and every group's arrivals that year (indices in targets)

        CompositionRefinement(ChannelProblem abc, ChannelProblem full, List<RecordTarget> likelihood) {
            this.full = full;
            List<ParameterSpace.Dim> dims = full.space.dims();
            List<String> abcColumns = abc.space.columns();
            fromAbc = new int[dims.size()];
            List<Integer> b = new ArrayList<>(), t = new ArrayList<>();
            List<Double> w = new ArrayList<>(), share = new ArrayList<>();
            for (int k = 0; k < dims.size(); k++) {
                ParameterSpace.Dim d = dims.get(k);
                fromAbc[k] = abcColumns.indexOf(d.column());
                if (fromAbc[k] >= 0) continue;
                if (d.year() == 0 || !channelsim.config.ParameterRegistry.isGroupShare(d.key()))
                    throw new IllegalArgumentException(d.column() + " is neither fitted by the ABC nor a share of the composition");
                String group = d.key().split("\\.")[2];
                int found = -1;
                for (int i = 0; i < full.targets.size() && found < 0; i++) {
                    RecordTarget r = full.targets.get(i);
                    if (r.group().equals(group) && r.measure().equals("arrivals") && r.period().isYear() && r.period().year() == d.year()) found = i;
                }
                if (found < 0) throw new IllegalArgumentException(d.column() + ": no arrivals of " + group + " in " + d.year() + " in the record");
                RecordTarget own = full.targets.get(found);
                double wt = likelihood.stream().filter(r -> r.id().equals(own.id())).mapToDouble(RecordTarget::weight).findFirst().orElse(1);
                b.add(k);
                t.add(found);
                w.add(wt);
                share.add(scenarioShare(full.base, group, d.year(), d.prior().a()));
            }
            block = b.stream().mapToInt(Integer::intValue).toArray();
            target = t.stream().mapToInt(Integer::intValue).toArray();
            months = new int[block.length][];
            named = new int[block.length][];
            for (int j = 0; j < block.length; j++) {
                int year = full.targets.get(target[j]).period().year();
                List<Integer> mo = new ArrayList<>(), gr = new ArrayList<>();
                for (int i = 0; i < full.targets.size(); i++) {
                    RecordTarget r = full.targets.get(i);
                    if (!r.measure().equals("arrivals") || r.period().year() != year) continue;
                    if (r.group().isEmpty() && r.period().isMonth()) mo.add(i);
                    if (!r.group().isEmpty() && r.period().isYear()) gr.add(i);
                }
                months[j] = mo.size() == 12 ? mo.stream().mapToInt(Integer::intValue).toArray() : null;
                named[j] = gr.stream().mapToInt(Integer::intValue).toArray();
            }
            weight = w.stream().mapToDouble(Double::doubleValue).toArray();
            startShare = share.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** The group's share in the scenario on 1 January of the year: its last dated change by then, else its own. */
        static double scenarioShare(Scenario base, String group, int year, double own) {
            double v = own;
            String key = "migrants.groups." + group + ".share";
            for (var c : base.timeline())
                if (c.key().equals(key) && !c.date().isAfter(LocalDate.of(year, 1, 1)) && c.value() instanceof Number x) v = x.doubleValue();
            return Math.max(1e-6, v);
        }

        @Override
        public AbcProblem full() { return full; }

        @Override
        public int[] block() { return block.clone(); }

        /** The ABC's coordinates, and each share moved from the scenario's by the guide read off the ABC history (which ran with the scenario's). */
        @Override
        public double[] start(double[] z, double[] simulated) {
            double[] out = new double[fromAbc.length];
            for (int k = 0; k < out.length; k++) if (fromAbc[k] >= 0) out[k] = z[fromAbc[k]];
            for (int j = 0; j < block.length; j++) {
                out[block[j]] = Math.min(Math.log(0.95), Math.log(startShare[j]) + shift(simulated, j));
            }
            return out;
        }

        @Override
        public double logLikelihood(double[] simulated) {
            double s = 0;
            for (int j = 0; j < block.length; j++) {
                double r = full.error.residual(full.targets.get(target[j]), simulated[target[j]]);
                s -= 0.5 * weight[j] * r * r;
            }
            return s;
        }

        /**
         * The shift of each year's log share (a weight against the others') that would bring the group's share of
         * that year's arrivals onto the record's if arrivals were split among groups as their weights: the change
         * of the group's log ratio to the others (on log(x + c), c the count offset). Rough on purpose (people
         * carried over from the year before and the group's own behaviour are left out): the acceptance corrects
         * for it. Without the year's monthly arrivals in the record, the group's own residual on log(x + c).
         */
        @Override
        public double[] guide(double[] z, double[] simulated) {
            double[] out = new double[block.length];
            for (int j = 0; j < block.length; j++) out[j] = shift(simulated, j);
            return out;
        }

        private double shift(double[] simulated, int j) {
            RecordTarget t = full.targets.get(target[j]);
            double c = full.error.countOffset(), a = Math.max(0, simulated[target[j]]);
            if (months[j] == null) {
                double slope = Math.max(0.25, a / (a + c));
                return (full.error.transform(t, t.reference(a)) - full.error.transform(t, a)) / slope;
            }
            // the year's arrivals are split among the groups about as their weights (a group's weight up, the others'
            // arrivals down: boats and places are shared), so the shift is the group's log ratio to the others
            // (everyone without a nationality series, the weights' reference) in the record, less that in the history
            double simTotal = 0, obsTotal = 0, simNamed = 0, obsNamed = 0;
            for (int i : months[j]) {
                simTotal += Math.max(0, simulated[i]);
                obsTotal += full.targets.get(i).centre();
            }
            for (int i : named[j]) {
                simNamed += Math.max(0, simulated[i]);
                obsNamed += full.targets.get(i).centre();
            }
            double simOther = Math.max(0, simTotal - simNamed), obsOther = Math.max(0, obsTotal - obsNamed);
            return Math.log((t.centre() + c) / (obsOther + c)) - Math.log((a + c) / (simOther + c));
        }

        /**
         * The figure's observation-error sd (log scale), over the same slope at the record's value: the likelihood's
         * sd in the log share; at most the prior's yearly step (a figure of a handful of people says little).
         */
        @Override
        public double[] scale() {
            double[] out = new double[block.length];
            List<ParameterSpace.Dim> dims = full.space.dims();
            for (int j = 0; j < block.length; j++) {
                RecordTarget t = full.targets.get(target[j]);
                double a = Math.max(0, t.centre());
                double sd = full.error.sd(t) / Math.max(0.25, a / (a + full.error.countOffset())) / Math.sqrt(weight[j]);
                out[j] = Math.min(sd, dims.get(block[j]).prior().step());
            }
            return out;
        }

        /** One year's shares a step, earliest first: a year's shares change nothing before it. */
        @Override
        public int[] stage() {
            int first = Integer.MAX_VALUE;
            for (int k : block) first = Math.min(first, full.space.dims().get(k).year());
            int[] out = new int[block.length];
            for (int j = 0; j < block.length; j++) out[j] = full.space.dims().get(block[j]).year() - first;
            return out;
        }

        /** A share is a weight of at most 1 against the others' (the registry's range): log 1. */
        @Override
        public double[] upper() {
            double[] out = new double[block.length];
            List<ParameterSpace.Dim> dims = full.space.dims();
            for (int j = 0; j < block.length; j++) {
                ParameterSpace.Dim d = dims.get(block[j]);
                out[j] = d.prior().toZ(Math.min(d.spec().max(), d.prior().upper()));
            }
            return out;
        }
    }
}
