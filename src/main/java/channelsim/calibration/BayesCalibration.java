package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.GroupSpec;
import channelsim.config.ParameterRegistry;
import channelsim.config.Prior;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The Bayesian calibration of a targets file's {@code posterior:} block: builds the ABC problem (the
 * scenario, the record up to a day, the priors and the error model), runs {@link AbcSmc}, and condenses the
 * last generation into the posterior file, its predictive bands and coverage, and the identification table.
 */
public final class BayesCalibration {

    /** @param fitUntil last day of the record to fit (null: all of it) */
    public record Options(int budget, int particles, long seed, int threads, boolean resume, Path out, LocalDate fitUntil) {}

    /** One row of the identification table: how much the record narrowed a parameter. */
    public record Identified(String column, String prior, double priorMean, double priorSd, double mean, double sd,
                             double q05, double q95) {
        public double ratio() { return priorSd > 0 ? sd / priorSd : Double.NaN; }

        public String verdict() {
            double r = ratio();
            return r < 0.5 ? "pinned down by the record" : r < 0.8 ? "partly identified" : "left to the prior";
        }
    }

    /** @param priorOnly parameters carried from their priors (the last columns of the posterior file), not fitted */
    public record Outcome(ChannelProblem problem, AbcSmc.Result result, PosteriorFile posterior,
                          List<Predictive.Band> bands, List<Predictive.Coverage> coverage, List<Identified> identification,
                          List<String> priorOnly) {}

    private BayesCalibration() {}

    /** A population of about a twentieth of the budget (so about ten generations), 10 to 500 particles. */
    public static int defaultParticles(int budget) { return Math.max(Math.min(10, budget), Math.min(500, budget / 20)); }

    public static ChannelProblem problem(TargetFile tf, LocalDate until) throws ConfigException {
        AbcSettings a = tf.posterior();
        if (a == null)
            throw new ConfigException(List.of(new channelsim.config.Problem(tf.file().toString(), 1, 1, "posterior",
                    "missing: a posterior block (record, scale, free, latent) is needed for a Bayesian calibration")));
        Scenario base = ScenarioLoader.load(tf.scenario());
        Record record = Record.load(a.record(), new HashSet<>(base.groups().stream().map(g -> g.name()).toList()));
        if (until != null) record = record.until(until);
        if (record.targets().isEmpty())
            throw new ConfigException(List.of(new channelsim.config.Problem(a.record().toString(), 1, 1, "record", "no figure ends by " + until)));
        LocalDate last = record.targets().stream().map(t -> t.period().last()).max(LocalDate::compareTo).orElseThrow();
        List<String> latent = new ArrayList<>(), composition = new ArrayList<>();
        Map<String, Prior> priors = new LinkedHashMap<>();
        Set<String> inRecord = new HashSet<>();
        for (RecordTarget t : record.targets()) if (!t.group().isEmpty()) inRecord.add(t.group());
        for (String k : a.latent()) {
            if (!k.equals(ParameterRegistry.GROUP_SHARE)) {
                latent.add(k);
                continue;
            }
            // the inflow's composition: one series per origin group with a nationality series in the record; the
            // groups without one (the others) keep the scenario's share, the reference the weights are set against
            Prior template = ParameterRegistry.prior(k);
            for (GroupSpec g : base.groups()) {
                if (!inRecord.contains(g.name())) continue;
                String key = "migrants.groups." + g.name() + ".share";
                composition.add(key);
                priors.put(key, new Prior(template.kind(), Math.max(1e-4, g.share()), template.b(), template.step(), template.upper(), template.reason()));
            }
            if (priors.size() == base.groups().size() || priors.isEmpty())
                throw new ConfigException(List.of(new channelsim.config.Problem(tf.file().toString(), 1, 1, "posterior.latent",
                        k + ": needs nationality series for some origin groups of the scenario and at least one group without (the reference whose share stays put)")));
        }
        int first = base.start().getYear(), lastYear = last.getYear();
        ParameterSpace space = ParameterSpace.of(a.free(), latent, first, lastYear, priors);
        if (composition.isEmpty()) return new ChannelProblem(base, space, record.targets(), a.errorModel(), a.scale());
        // with the composition, the ABC fits everything else on the record less the arrivals by nationality (weight 0
        // in its distance, still simulated), and the composition is fitted after it, particle by particle, on those
        // (their observation-error model as the likelihood): a cut model, see AbcSmc
        List<RecordTarget> abcTargets = new ArrayList<>();
        for (RecordTarget t : record.targets())
            abcTargets.add(t.group().isEmpty() ? t : new RecordTarget(t.id(), t.measure(), t.period(), t.group(), t.observed(), t.low(), t.high(),
                    t.quality(), 0, t.source(), t.line()));
        List<String> all = new ArrayList<>(latent);
        all.addAll(composition);
        ParameterSpace whole = ParameterSpace.of(a.free(), all, first, lastYear, priors);
        ChannelProblem full = new ChannelProblem(base, whole, abcTargets, a.errorModel(), a.scale());
        List<RecordTarget> nationality = record.targets().stream().filter(t -> !t.group().isEmpty()).toList();
        return new ChannelProblem(base, space, abcTargets, a.errorModel(), a.scale()).withComposition(full, nationality);
    }

    /** What a journal must agree with to be resumed: the data fitted, the settings, the scenario, the model's parameters. */
    static String fingerprint(ChannelProblem p, Options o, AbcSettings a) {
        StringBuilder sb = new StringBuilder();
        for (RecordTarget t : p.targets()) sb.append(t.id()).append('=').append(t.observed()).append(t.low()).append(t.high()).append(t.quality()).append(';');
        sb.append(p.space().columns()).append(a.priorOnly()).append(p.error()).append(a.alpha()).append(a.firstTolerance()).append(p.scale()).append(o.particles()).append(o.budget()).append(o.seed());
        sb.append(p.base().values()).append(p.base().timeline()).append(p.base().groups());
        if (p.refinement() != null) sb.append("composition after the ABC, steps ").append(AbcSmc.refinementSteps(p.refinement())).append(p.posteriorProblem().space().columns());
        for (var e : channelsim.config.ParameterRegistry.all()) sb.append(e.key()).append(e.defaultValue());
        return Integer.toHexString(sb.toString().hashCode()) + "-" + Long.toHexString(channelsim.experiment.Seeds.mix(sb.toString().hashCode() * 31L + sb.length()));
    }

    public static Outcome run(TargetFile tf, Options o, AbcSmc.Listener listener) throws ConfigException, IOException, InterruptedException {
        return run(tf, o, listener, null);
    }

    /** The same, with the simulations run by {@code engine} (null: {@code o.threads()} threads here); the same posterior either way. */
    public static Outcome run(TargetFile tf, Options o, AbcSmc.Listener listener, Simulations engine)
            throws ConfigException, IOException, InterruptedException {
        ChannelProblem p = problem(tf, o.fitUntil());
        int particles = o.particles() > 0 ? o.particles() : defaultParticles(o.budget());
        int least = AbcSmc.minimumBudget(p, particles);
        if (o.budget() < least)
            throw new ConfigException(Problem.option("budget", "must be at least " + least + " for " + particles + " particles: "
                    + (least == particles ? "one history per particle"
                    : "a history per particle, and " + (least / particles - 1) + " more per particle to fit the composition after the ABC")));
        Options opt = new Options(o.budget(), particles, o.seed(), o.threads(), o.resume(), o.out(), o.fitUntil());
        AbcSmc smc = new AbcSmc(p, new AbcSmc.Options(o.budget(), particles, tf.posterior().alpha(), tf.posterior().firstTolerance(), o.seed(), o.threads(),
                o.out().resolve("journal.bin"), o.resume(), fingerprint(p, opt, tf.posterior())), listener, engine);
        AbcSmc.Result r;
        try {
            r = smc.run();
        } catch (Journal.Mismatch m) {
            throw new ConfigException(List.of(new channelsim.config.Problem(o.out().resolve("journal.bin").toString(), 1, 1, "--resume", m.getMessage())));
        }
        return condense(p, r, o.seed(), tf.posterior().priorOnly());
    }

    static Outcome condense(ChannelProblem abc, AbcSmc.Result r, long seed, List<String> priorOnly) {
        ChannelProblem p = abc.posteriorProblem();
        List<AbcSmc.Particle> ps = r.last().particles();
        PosteriorFile post = PosteriorFile.of(p.space(), ps).withPriorDraws(priorOnly, seed);
        List<double[]> sims = new ArrayList<>();
        for (AbcSmc.Particle x : ps) sims.add(x.simulated());
        List<Predictive.Band> bands = Predictive.bands(p.targets(), sims, post.weights(), p.error(), seed ^ 0x9E3779B97F4A7C15L);
        return new Outcome(p, r, post, bands, Predictive.coverage(bands), identification(p.space(), post), priorOnly);
    }

    static List<Identified> identification(ParameterSpace space, PosteriorFile post) {
        int n = 4000, d = space.size();
        double[][] prior = new double[d][n];
        SplittableRandom rng = new SplittableRandom(12345);
        for (int i = 0; i < n; i++) {
            double[] x = space.values(space.sample(rng));
            for (int k = 0; k < d; k++) prior[k][i] = x[k];
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        List<Identified> out = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double[] v = new double[post.values().size()];
            for (int i = 0; i < v.length; i++) v[i] = post.values().get(i)[k];
            double[] ms = Predictive.meanSd(v, post.weights()), pm = Predictive.meanSd(prior[k], ones);
            double[] q = Predictive.quantiles(v, post.weights(), 0.05, 0.95);
            ParameterSpace.Dim dim = space.dims().get(k);
            out.add(new Identified(dim.column(), dim.prior().text(), pm[0], pm[1], ms[0], ms[1], q[0], q[1]));
        }
        return out;
    }
}
