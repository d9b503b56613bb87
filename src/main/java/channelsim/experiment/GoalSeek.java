package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.model.Metric;
import channelsim.model.RunResult;
import channelsim.output.AtomicFiles;
import channelsim.output.Num;
import channelsim.output.Numbers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Goal seeking: the smallest value of one lever at which a policy reaches a goal, e.g. the returns a week that
 * halve crossings ({@code deterrence = 0.5}). Each lever value is run over the study's replicates (and samples),
 * paired with the baseline's runs of the same seed and sample, so the response curve is smooth under common
 * random numbers; a coarse grid brackets the goal and bisection narrows the bracket. The answer's interval
 * runs from the largest value tried whose 95% interval lies below the goal to the smallest whose interval
 * lies above it.
 */
public final class GoalSeek {
    /** Metrics a goal may name. */
    public static final List<String> METRICS = List.of("deterrence", "deterrence_from_start");
    static final int GRID = 5;

    /** One lever value tried: the paired estimate of the goal metric there. */
    public record Point(double value, Stats.Estimate estimate) {}

    /**
     * The answer: {@code value} the smallest value tried that reaches the goal (NaN if none in the range),
     * {@code low}/{@code high} the interval described above, {@code tolerance} the final bracket's width.
     */
    public record Answer(String policy, String lever, String metric, double goal, double value, double low, double high,
                         double tolerance, boolean reached, String note, List<Point> curve, int replicates, int samples, int draws) {}

    /** The goal metric at one lever value, as an estimate over paired replicates. */
    @FunctionalInterface
    public interface Response {
        Stats.Estimate at(double value) throws Exception;
    }

    /** The options of a search: lever key, goal metric and level, range, and the policy (null: the first one). */
    public record Options(String policy, String lever, String metric, double goal, double low, double high) {}

    private GoalSeek() {}

    /**
     * Searches a response that rises with the lever. {@code tolerance}: stop when the bracket is this narrow
     * (1 for whole-number levers at least). Every value is evaluated once; the curve is sorted by value.
     */
    public static Answer search(Response f, Options o, double tolerance, boolean integer, PrintStream log) throws Exception {
        TreeMap<Double, Stats.Estimate> seen = new TreeMap<>();
        Evaluated eval = x -> {
            double v = integer ? Math.round(x) : x;
            Stats.Estimate e = seen.get(v);
            if (e == null) {
                e = f.at(v);
                seen.put(v, e);
                if (log != null) log.println("target: " + o.lever() + " = " + Num.sig(v, 6) + " -> " + o.metric() + " " + Num.percent(e.mean())
                        + " [" + Num.percent(e.low()) + ", " + Num.percent(e.high()) + "]");
            }
            return e.mean();
        };
        double lo = o.low(), hi = o.high();
        for (int i = 0; i < GRID; i++) eval.at(lo + (hi - lo) * i / (GRID - 1));
        // the first grid value that reaches the goal brackets it with the one before
        Double first = null, before = null;
        for (Map.Entry<Double, Stats.Estimate> e : seen.entrySet()) {
            if (e.getValue().mean() >= o.goal()) {
                first = e.getKey();
                break;
            }
            before = e.getKey();
        }
        String note;
        if (first == null) note = "not reached: even at " + Num.sig(hi, 6) + " " + o.metric() + " stays below " + Num.sig(o.goal(), 3);
        else if (before == null) note = "reached already at the lower end of the range";
        else {
            double a = before, b = first;
            double tol = Math.max(tolerance, integer ? 1 : 0);
            while (b - a > tol) {
                double m = integer ? Math.floor((a + b) / 2) : (a + b) / 2;
                if (m <= a || m >= b) break;
                if (eval.at(m) >= o.goal()) b = m;
                else a = m;
            }
            first = b;
            before = a;
            note = "reached";
        }
        double low = o.low(), high = o.high();
        for (Map.Entry<Double, Stats.Estimate> e : seen.entrySet()) {
            Stats.Estimate s = e.getValue();
            if (s.high() < o.goal()) low = Math.max(low, e.getKey());
        }
        for (Map.Entry<Double, Stats.Estimate> e : seen.descendingMap().entrySet())
            if (e.getValue().low() >= o.goal()) high = Math.min(high, e.getKey());
        List<Point> curve = new ArrayList<>();
        for (Map.Entry<Double, Stats.Estimate> e : seen.entrySet()) curve.add(new Point(e.getKey(), e.getValue()));
        curve.sort(Comparator.comparingDouble(Point::value));
        boolean reached = first != null;
        double value = reached ? first : Double.NaN;
        double tol = reached && before != null ? first - before : 0;
        if (reached && low > value) low = value; // noise: a lower value's interval was below, a higher one crossed earlier
        return new Answer(o.policy(), o.lever(), o.metric(), o.goal(), value, low, reached ? Math.max(high, value) : high, tol, reached,
                note, curve, 0, 0, 0);
    }

    private interface Evaluated {
        double at(double x) throws Exception;
    }

    /**
     * The goal search on a study: the policy's runs at each lever value against the baseline's, replicate by
     * replicate and sample by sample. Writes {@code target.csv} (the answer), {@code response.csv} (every value
     * tried) and the response-curve chart into {@code out}.
     */
    public static Answer run(Study study, Options o, int threads, Path out, StudyRunner.Simulator sim, PrintStream log) throws Exception {
        ParamSpec spec = ParameterRegistry.find(o.lever());
        List<Problem> bad = new ArrayList<>();
        if (spec == null || (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER))
            bad.add(new Problem("--lever", 1, 1, "", spec == null ? "'" + o.lever() + "': " + ScenarioLoader.unknownKeyMessage(o.lever())
                    : o.lever() + " is not a number; a lever to seek on must be numeric"));
        if (!METRICS.contains(o.metric()))
            bad.add(new Problem("--goal", 1, 1, "", "unknown goal metric '" + o.metric() + "'; expected " + String.join(" or ", METRICS)));
        if (spec != null && !(o.low() < o.high()))
            bad.add(new Problem("--range", 1, 1, "", "expected LOW:HIGH with LOW < HIGH"));
        if (spec != null && (o.low() < spec.min() || o.high() > spec.max()))
            bad.add(new Problem("--range", 1, 1, "", "the range must lie inside " + o.lever() + "'s " + spec.rangeText()));
        String policy = o.policy();
        if (policy == null)
            for (Study.Policy p : study.policies()) if (!p.name().equals(study.baseline())) { policy = p.name(); break; }
        final String pol = policy;
        if (pol == null || study.policies().stream().noneMatch(p -> p.name().equals(pol)) || pol.equals(study.baseline()))
            bad.add(new Problem("--policy", 1, 1, "", "'" + pol + "' is not a policy of the study other than its baseline"));
        if (!bad.isEmpty()) throw new ConfigException(bad);

        // one arm of the policy and the baseline per sample
        List<Study.Policy> arms = new ArrayList<>(), bases = new ArrayList<>();
        List<Integer> sampleIds = new ArrayList<>();
        for (Study.Policy p : study.policies())
            if (p.name().equals(pol) && !sampleIds.contains(p.sample())) {
                sampleIds.add(p.sample());
                arms.add(p);
                for (Study.Policy b : study.policies())
                    if (b.name().equals(study.baseline()) && b.sample() == p.sample()) bases.add(b);
            }
        int nr = study.replicates(), ns = arms.size(), nd = study.posterior() == null ? 0 : study.posterior().draws();
        String start = Starts.of(arms.get(0).scenario().withHeld(Map.of(o.lever(), convert(spec, o.high())), List.of()), bases.get(0).scenario());
        int from = start == null || !o.metric().equals("deterrence_from_start") ? 0
                : (int) (LocalDate.parse(start).toEpochDay() - study.start().toEpochDay());
        try (ReplicatePool pool = new ReplicatePool(threads, "target")) {
            double[] base = arrivals(pool, bases, null, 0, study, from, sim);
            Response f = x -> {
                double[] a = arrivals(pool, arms, o.lever(), convert(spec, x), study, from, sim);
                double[] d = new double[a.length];
                for (int i = 0; i < a.length; i++) d[i] = base[i] > 0 ? 1 - a[i] / base[i] : Double.NaN;
                // over a posterior, as in a study's summary: the total interval over draws and replicates
                return nd > 0 ? Stats.totalInterval(d) : Stats.tInterval(d);
            };
            double tolerance = (o.high() - o.low()) / 200;
            Answer a = search(f, new Options(pol, o.lever(), o.metric(), o.goal(), o.low(), o.high()), tolerance,
                    spec.type() == ParamType.INTEGER, log);
            a = new Answer(a.policy(), a.lever(), a.metric(), a.goal(), a.value(), a.low(), a.high(), a.tolerance(), a.reached(),
                    a.note(), a.curve(), nr, ns, nd);
            write(a, out);
            return a;
        }
    }

    private static Object convert(ParamSpec spec, double x) {
        return spec.type() == ParamType.INTEGER ? (Object) Math.round(x) : (Object) x;
    }

    /**
     * Arrivals from day {@code from} of each (sample, draw, replicate) run of the arms, in that order, with
     * {@code lever} (unless null) held at {@code value}. Over a posterior, each draw's values go under the arm's
     * own and the lever's, and run k of every draw has replicate k's seed, as in a study.
     */
    private static double[] arrivals(ReplicatePool pool, List<Study.Policy> arms, String lever, Object value, Study study, int from,
                                     StudyRunner.Simulator sim) throws Exception {
        List<Callable<Double>> tasks = new ArrayList<>();
        Study.Posterior post = study.posterior();
        for (Study.Policy p : arms) {
            Scenario s = lever == null ? p.scenario() : p.scenario().withHeld(Map.of(lever, value), List.of());
            java.util.Set<String> held = new java.util.LinkedHashSet<>(p.held());
            if (lever != null) held.add(lever);
            for (int d = 0; d < (post == null ? 1 : post.draws()); d++) {
                Scenario sd = post == null ? s : post.apply(s, held, d, study.seed());
                for (int r = 1; r <= study.replicates(); r++) {
                    long seed = Seeds.replicateSeed(study.seed(), r);
                    tasks.add(() -> {
                        RunResult res = sim.run(sd, seed);
                        double sum = 0;
                        double[] a = res.series(Metric.ARRIVALS);
                        for (int day = Math.max(0, from); day < a.length; day++) sum += a[day];
                        return sum;
                    });
                }
            }
        }
        List<Double> l = pool.runAll(tasks, null);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = l.get(i);
        return out;
    }

    public static final String TARGET_HEADER = "policy,lever,metric,goal,value,value_low,value_high,tolerance,reached,replicates,samples,draws,note";

    static void write(Answer a, Path out) throws IOException {
        StringBuilder t = new StringBuilder(TARGET_HEADER).append('\n');
        t.append(a.policy()).append(',').append(a.lever()).append(',').append(a.metric()).append(',').append(Numbers.csv(a.goal()))
                .append(',').append(Numbers.csv(a.value())).append(',').append(Numbers.csv(a.low())).append(',')
                .append(Numbers.csv(a.high())).append(',').append(Numbers.csv(a.tolerance())).append(',').append(a.reached())
                .append(',').append(a.replicates()).append(',').append(a.samples()).append(',').append(a.draws()).append(",\"").append(a.note().replace("\"", "'")).append("\"\n");
        AtomicFiles.writeString(out.resolve("target.csv"), t.toString());
        StringBuilder r = new StringBuilder("value,mean,ci_low,ci_high,n\n");
        for (Point p : a.curve())
            r.append(Numbers.csv(p.value())).append(',').append(Numbers.csv(p.estimate().mean())).append(',')
                    .append(Numbers.csv(p.estimate().low())).append(',').append(Numbers.csv(p.estimate().high())).append(',')
                    .append(p.estimate().n()).append('\n');
        AtomicFiles.writeString(out.resolve("response.csv"), r.toString());
        StudyCharts.response(a, out.resolve("charts"));
    }

    /** The answer in one sentence, for the command line. */
    public static String sentence(Answer a) {
        String runs = a.replicates() + (a.draws() > 0 ? " paired replicates x " + a.draws() + " posterior draws" : " paired replicates")
                + (a.samples() > 1 ? " x " + a.samples() + " samples" : "");
        if (!a.reached()) return a.policy() + ": " + a.note() + " (" + runs + ")";
        return a.policy() + ": " + a.metric() + " reaches " + Num.sig(a.goal(), 3) + " at " + a.lever() + " = " + Num.sig(a.value(), 6)
                + " (within " + Num.sig(a.tolerance(), 3) + "; 95% interval of the crossing " + Num.sig(a.low(), 6) + " to " + Num.sig(a.high(), 6)
                + ", from " + runs + (a.draws() > 0 ? ": the interval covers the posterior as well as the dice" : "") + ")";
    }
}
