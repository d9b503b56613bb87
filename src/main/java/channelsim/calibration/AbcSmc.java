package channelsim.calibration;

import channelsim.experiment.Seeds;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with adaptive tolerances (Del Moral, Doucet
 * and Jasra 2012, "An adaptive sequential Monte Carlo method for approximate Bayesian computation"):
 *
 * <ol>
 * <li>Generation 0: draws from the prior, kept when within {@code firstTolerance} (infinity keeps all; a finite
 *     one drops absurd histories, such as a million people a year, as soon as a simulated month shows them),
 *     until {@code particles} are kept.</li>
 * <li>Generation t: the tolerance is the {@code alpha}-quantile of generation t-1's distances; the particles
 *     within it are resampled (systematically) to {@code particles}, then each is moved by Metropolis-Hastings
 *     steps that leave the ABC posterior at that tolerance unchanged: a Gaussian random-walk proposal with the
 *     population's covariance times min(2, 2.38^2 / dimensions) on the priors' transformed scales, accepted
 *     with the prior ratio (checked before simulating) and only if its history comes within the tolerance.
 *     Sweeps are repeated until half the particles have moved, at most ten; once fewer than 15% of the moves
 *     are accepted, the tolerance is no longer lowered and the rest of the budget moves the particles. Weights stay equal. (Importance
 *     weights of population Monte Carlo collapsed onto one or two particles in this 25-dimensional problem.)</li>
 * <li>It stops when the budget of simulations is spent (a sweep the budget cuts short is still a valid move
 *     of the particles it reached); the last generation is the posterior.</li>
 * <li>If the problem has a {@link AbcProblem#refinement() refinement} (the Channel's composition of the inflow),
 *     its share of the budget is kept for it: after the ABC, each particle's block is fitted given the rest by a
 *     short Metropolis-Hastings chain with a data-informed proposal (see {@link #refine}); that is the posterior.</li>
 * </ol>
 *
 * <p>Nothing depends on the number of threads: proposals are drawn in order from one stream per generation,
 * each simulation has its own seed (its index in the run), and results are taken in index order. A
 * simulation whose distance is sure to exceed the tolerance is stopped as soon as that is known
 * ({@link AbcProblem#simulate}). Every simulation is journaled, so {@code resume} replays the run and reruns
 * nothing already done.
 */
public final class AbcSmc {

    public record Options(int budget, int particles, double alpha, double firstTolerance, long seed, int threads, Path journal,
                          boolean resume, String fingerprint) {}

    public record Particle(double[] z, double weight, double distance, double[] simulated, int index) {}

    public record Generation(int number, double epsilon, List<Particle> particles, int proposed, int accepted, double ess) {
        public double acceptance() { return proposed == 0 ? 0 : (double) accepted / proposed; }
    }

    public record Result(List<Generation> generations, int simulations, int stoppedEarly, int reused) {
        public Generation last() { return generations.get(generations.size() - 1); }
    }

    /** Told after each simulation; {@code status} says where the run is. */
    public interface Listener {
        void simulated(int done, int budget, String status);
    }

    /** Fewest proposals in a batch, so a batch keeps every thread busy on any machine with a few cores. */
    static final int MIN_BATCH = 16;

    /** Sweeps of moves per generation at most, and the move acceptance below which the tolerance stays. */
    static final int MAX_SWEEPS = 10;
    static final double MIN_MOVE_ACCEPTANCE = 0.15;

    /**
     * Fewest steps of the refinement per particle (after a start read off its ABC history), in whole sweeps over
     * its stages: the start is already close when the figures move about one for one with the block, and each
     * step is nearly a draw from the block's conditional then.
     */
    static final int REFINEMENT_STEPS = 4;

    /** Steps of a refinement: whole sweeps over its stages, at least {@link #REFINEMENT_STEPS}. */
    /**
     * The smallest budget that runs: the particles' first generation, and, when the problem fits a block after the
     * ABC (the inflow's composition), one simulation per particle for its start and each of its steps.
     */
    public static int minimumBudget(AbcProblem problem, int particles) {
        AbcProblem.Refinement r = problem.refinement();
        return r == null ? particles : particles * (refinementSteps(r) + 2);
    }

    static int refinementSteps(AbcProblem.Refinement r) {
        int stages = 1;
        for (int s : r.stage()) stages = Math.max(stages, s + 1);
        return stages * (int) Math.ceil(REFINEMENT_STEPS / (double) stages);
    }

    /** The standard normal, for the refinement's truncated proposals (drawn by inversion from the run's streams). */
    private static final org.apache.commons.math3.distribution.NormalDistribution NORMAL =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

    private final AbcProblem problem;
    private final Options opt;
    private final Listener listener;
    private final Simulations engine; // null: a thread pool of opt.threads(), owned by run()
    private int simulations, stoppedEarly, reused;
    // seconds each history took, by index: a proposal is expected to cost what its parent did (Simulations.Job#cost)
    private final java.util.Map<Integer, Double> seconds = new java.util.HashMap<>();

    public AbcSmc(AbcProblem problem, Options options, Listener listener) {
        this(problem, options, listener, null);
    }

    /**
     * The same calibration with its simulations run by {@code engine} (e.g. Spark), which the caller closes;
     * null runs them on {@code options.threads()} threads here. The result does not depend on which.
     */
    public AbcSmc(AbcProblem problem, Options options, Listener listener, Simulations engine) {
        if (options.particles() < 2) throw new IllegalArgumentException("need at least 2 particles");
        if (options.budget() < options.particles()) throw new IllegalArgumentException("the budget must be at least the number of particles");
        this.problem = problem;
        this.opt = options;
        this.listener = listener == null ? (d, b, s) -> {} : listener;
        this.engine = engine;
    }

    public Result run() throws InterruptedException, IOException {
        Simulations owned = engine == null ? Simulations.threads(opt.threads()) : null;
        Simulations pool = engine == null ? owned : engine;
        try (owned; Journal journal = Journal.open(opt.journal(), opt.fingerprint(), opt.resume())) {
            List<Generation> gens = new ArrayList<>();
            AbcProblem.Refinement refinement = problem.refinement();
            // the refinement's simulations come out of the budget: the ABC gets the rest
            int steps = refinement == null ? 0 : refinementSteps(refinement);
            int abcBudget = refinement == null ? opt.budget() : opt.budget() - opt.particles() * (steps + 1);
            if (abcBudget < opt.particles()) // callers check minimumBudget first and say so as bad input
                throw new IllegalArgumentException("the budget must be at least " + minimumBudget(problem, opt.particles()));
            // generation 0: the prior, less the draws beyond the first tolerance (absurd histories, stopped early)
            SplittableRandom rng0 = new SplittableRandom(Seeds.mix(opt.seed() * 31 + 1));
            List<Particle> p0 = new ArrayList<>();
            int proposed0 = 0;
            while (p0.size() < opt.particles() && simulations < abcBudget) {
                int batch = Math.min(abcBudget - simulations, Math.max(MIN_BATCH, opt.particles() - p0.size()));
                double[][] z0 = new double[batch][];
                for (int i = 0; i < batch; i++) z0[i] = problem.samplePrior(rng0);
                int first = simulations;
                double[][] v0 = simulateAll(problem, pool, journal, z0, opt.firstTolerance(), "generation 0 (prior), kept " + p0.size() + "/" + opt.particles());
                for (int i = 0; i < batch; i++) {
                    if (v0[i] == null) continue;
                    double d = problem.distance(v0[i]);
                    if (d <= opt.firstTolerance()) p0.add(new Particle(z0[i], 1, d, v0[i], first + i));
                }
                proposed0 += batch;
            }
            if (p0.size() < 2) throw new IllegalStateException("the budget ran out before two prior draws came within the first tolerance "
                    + fmt(opt.firstTolerance()) + "; raise the budget or the first tolerance");
            normalise(p0);
            gens.add(new Generation(0, opt.firstTolerance(), p0, proposed0, p0.size(), ess(p0)));
            // later generations: a lower tolerance, the particles within it resampled to the population size,
            // then moved by Metropolis-Hastings steps that leave the ABC posterior at that tolerance unchanged
            // (Del Moral, Doucet and Jasra 2012): weights stay equal, which importance weights do not in 25
            // dimensions (they collapsed onto one or two particles)
            for (int t = 1; simulations < abcBudget; t++) {
                Generation prev = gens.get(gens.size() - 1);
                // once few moves are accepted the tolerance is not lowered further: the rest of the budget moves
                // the particles at the same tolerance, so that the population spreads over the posterior
                // instead of shrinking onto a few duplicates
                double eps = t > 1 && prev.acceptance() < MIN_MOVE_ACCEPTANCE ? prev.epsilon() : quantile(prev.particles(), opt.alpha());
                List<Particle> alive = new ArrayList<>();
                for (Particle p : prev.particles()) if (p.distance() <= eps) alive.add(p);
                alive.sort((x, y) -> Integer.compare(x.index(), y.index()));
                int n = opt.particles();
                List<Particle> pop = new ArrayList<>(n);
                for (int i = 0; i < n; i++) pop.add(alive.get((int) ((i + 0.5) * alive.size() / n)));
                Kernel kernel = Kernel.of(equal(alive), problem.dims());
                SplittableRandom rng = new SplittableRandom(Seeds.mix(opt.seed() * 31 + 1 + t));
                boolean[] moved = new boolean[n];
                int proposed = 0, accepted = 0;
                // sweeps until half the particles have moved, each proposal costing a simulation
                // only if the prior lets it through
                for (int sweep = 0; sweep < MAX_SWEEPS && simulations < abcBudget; sweep++) {
                    int[] who = new int[n];
                    double[][] z = new double[n][];
                    double[] cost = new double[n];
                    int m = 0;
                    for (int i = 0; i < n; i++) {
                        double[] cand = kernel.step(pop.get(i).z(), rng);
                        double logA = problem.logPrior(cand) - problem.logPrior(pop.get(i).z());
                        double u = rng.nextDouble();
                        if (!Double.isFinite(logA) || Math.log(u) > logA) continue;
                        if (m >= abcBudget - simulations) continue; // the budget ends within this sweep
                        who[m] = i;
                        cost[m] = secondsOf(pop.get(i).index());
                        z[m++] = cand;
                    }
                    if (m == 0) break;
                    double[][] batch = java.util.Arrays.copyOf(z, m);
                    int first = simulations;
                    double[][] v = simulateAll(problem, pool, journal, batch, null, java.util.Arrays.copyOf(cost, m), eps, "generation " + t + " (tolerance " + fmt(eps) + "), sweep " + (sweep + 1));
                    for (int k = 0; k < m; k++) {
                        proposed++;
                        if (v[k] == null) continue;
                        double d = problem.distance(v[k]);
                        if (d > eps) continue;
                        pop.set(who[k], new Particle(batch[k], 1.0 / n, d, v[k], first + k));
                        moved[who[k]] = true;
                        accepted++;
                    }
                    int movedCount = 0;
                    for (boolean x : moved) if (x) movedCount++;
                    if (movedCount >= n / 2) break;
                }
                List<Particle> eq = equal(pop);
                gens.add(new Generation(t, eps, eq, proposed, accepted, distinct(eq)));
                if (proposed == 0) break;
            }
            if (refinement != null) gens.add(refine(refinement, gens.get(gens.size() - 1), pool, journal));
            journal.flush();
            return new Result(List.copyOf(gens), simulations, stoppedEarly, reused);
        }
    }

    /**
     * The refinement: the block of coordinates the ABC left out, fitted particle by particle given the others.
     * Each particle starts the block where its ABC history points ({@link AbcProblem.Refinement#start}) and takes
     * {@link #refinementSteps} Metropolis-Hastings steps on the block alone (each on one stage of it, in turn),
     * all particles in one batch per step, with the target prior x likelihood of the block's figures. A particle's
     * start is simulated with the seed of its ABC history, so that it differs from that history by the block alone;
     * each candidate is simulated with the seed of its own simulation number (fresh dice, set by the run's seed,
     * never chosen), and the current history and its likelihood are kept until a candidate is accepted: a
     * pseudo-marginal step (Andrieu and Roberts 2009) on the block and the model's dice together, whose seeds'
     * proposal is their own distribution and cancels from the ratio, so the model's dice are not tuned to the
     * record. The proposal is a conditional update: the guide's shift read off the
     * particle's history plus Gaussian noise of the likelihood's own sd (truncated to the block's range), so that for a model whose figures moved one for one with the
     * block it would be the block's exact conditional (a Gibbs step, accepted every time); the acceptance is the
     * target's ratio times q(back | candidate, its history) / q(there | particle, its history), which keeps the
     * conditional exact however rough the guide. This is a cut model (Plummer 2015, "Cuts in Bayesian graphical
     * models"): the block's figures inform the block, not the ABC's coordinates, and the ABC's figures are not
     * asked again of the refined histories (the distance of each is kept, to be reported).
     */
    private Generation refine(AbcProblem.Refinement ref, Generation last, Simulations pool, Journal journal)
            throws InterruptedException, IOException {
        AbcProblem full = ref.full();
        int n = last.particles().size();
        double eps = last.epsilon();
        int[] block = ref.block();
        double[] sd = ref.scale();
        double[] ub = ref.upper();
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) z[i] = ref.start(last.particles().get(i).z(), last.particles().get(i).simulated());
        // every history in full (no early stop): the block's figures are needed whatever the distance; a particle's
        // start keeps the random numbers of its ABC history (see the method's comment), so that it differs from that
        // history by the composition alone
        long[] seed = new long[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            seed[i] = Seeds.replicateSeed(opt.seed(), last.particles().get(i).index() + 1);
            cost[i] = secondsOf(last.particles().get(i).index());
        }
        double[][] x = simulateAll(full, pool, journal, z, seed, cost, Double.POSITIVE_INFINITY, "composition: starts");
        int[] index = new int[n];
        double[] logTarget = new double[n], d = new double[n];
        int first0 = simulations - n;
        for (int i = 0; i < n; i++) {
            index[i] = first0 + i;
            d[i] = full.distance(x[i]);
            logTarget[i] = full.logPrior(z[i]) + ref.logLikelihood(x[i]);
        }
        SplittableRandom rng = new SplittableRandom(Seeds.mix(opt.seed() * 31 + 7919));
        int proposed = 0, accepted = 0;
        int steps = refinementSteps(ref), stages = 1;
        int[] stage = ref.stage();
        for (int st : stage) stages = Math.max(stages, st + 1);
        for (int step = 0; step < steps; step++) {
            int now = step % stages;
            double[][] cand = new double[n][];
            double[] logU = new double[n], logQ = new double[n];
            for (int i = 0; i < n; i++) {
                double[] towards = ref.guide(z[i], x[i]);
                cand[i] = z[i].clone();
                double q = 0;
                for (int k = 0; k < block.length; k++) {
                    if (stage[k] != now) continue;
                    // a normal truncated to the coordinate's range (its largest value ub), centred no further than ub:
                    // by inversion, one uniform each
                    double mu = Math.min(ub[k], z[i][block[k]] + towards[k]), top = NORMAL.cumulativeProbability((ub[k] - mu) / sd[k]);
                    double e = NORMAL.inverseCumulativeProbability(Math.max(1e-12, rng.nextDouble() * top));
                    cand[i][block[k]] = Math.min(ub[k], mu + sd[k] * e);
                    q += -0.5 * e * e - Math.log(top);
                }
                logQ[i] = q;
                logU[i] = Math.log(rng.nextDouble());
            }
            // a candidate outside the prior's support is not simulated (nor rejected later: it is simply never kept)
            boolean[] inside = new boolean[n];
            int m = 0;
            for (int i = 0; i < n; i++) if (inside[i] = Double.isFinite(full.logPrior(cand[i]))) m++;
            double[][] batch = new double[m][];
            double[] batchCost = new double[m];
            for (int i = 0, j = 0; i < n; i++)
                if (inside[i]) {
                    batchCost[j] = secondsOf(index[i]);
                    batch[j++] = cand[i];
                }
            int first = simulations;
            double[][] got = simulateAll(full, pool, journal, batch, null, batchCost, Double.POSITIVE_INFINITY, "composition: step " + (step + 1) + " of " + steps);
            for (int i = 0, j = 0; i < n; i++) {
                proposed++;
                if (!inside[i]) continue;
                int at = j++;
                double[] v = got[at];
                double lt = full.logPrior(cand[i]) + ref.logLikelihood(v);
                double[] back = ref.guide(cand[i], v);
                double qBack = 0;
                for (int k = 0; k < block.length; k++) {
                    if (stage[k] != now) continue;
                    double mu = Math.min(ub[k], cand[i][block[k]] + back[k]), r = (z[i][block[k]] - mu) / sd[k];
                    qBack += -0.5 * r * r - Math.log(NORMAL.cumulativeProbability((ub[k] - mu) / sd[k]));
                }
                if (!(logU[i] <= lt - logTarget[i] + qBack - logQ[i])) continue;
                z[i] = cand[i];
                x[i] = v;
                d[i] = full.distance(v);
                logTarget[i] = lt;
                index[i] = first + at;
                accepted++;
            }
        }
        List<Particle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Particle(z[i], 1.0 / n, d[i], x[i], index[i]));
        return new Generation(last.number() + 1, eps, out, proposed, accepted, distinct(out));
    }

    /**
     * Runs (or replays from the journal) one batch of simulations; null entries were stopped early. Each
     * simulation is journaled as soon as it ends (by index, so their order in the file does not matter).
     */
    private double[][] simulateAll(AbcProblem problem, Simulations pool, Journal journal, double[][] z, double eps, String status)
            throws InterruptedException, IOException {
        return simulateAll(problem, pool, journal, z, null, null, eps, status);
    }

    /** Seconds the history of this index took here, 0 if unknown (replayed from the journal, or not run yet). */
    private double secondsOf(int index) { return seconds.getOrDefault(index, 0.0); }

    /**
     * As above, each simulation with its own seed ({@code seeds[i]}; null: the seed of its index in the run) and
     * expected cost in seconds ({@code cost[i]}, to order the work only; null: unknown).
     */
    private double[][] simulateAll(AbcProblem problem, Simulations pool, Journal journal, double[][] z, long[] seeds, double[] cost,
                                   double eps, String status)
            throws InterruptedException, IOException {
        int first = simulations;
        double[][] out = new double[z.length][];
        List<Simulations.Job> todo = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            int index = first + i;
            double[] j = journal.get(index);
            if (j != null) {
                out[i] = j.length == 0 ? null : j;
                reused++;
                continue;
            }
            todo.add(new Simulations.Job(index, z[i], seeds != null ? seeds[i] : Seeds.replicateSeed(opt.seed(), index + 1), eps,
                    cost != null ? cost[i] : 0));
        }
        int[] done = {first + z.length - todo.size()};
        listener.simulated(done[0], opt.budget(), status);
        try {
            // journaled as each ends (by index, so the order of the file does not matter); the results are taken by index
            pool.run(problem, todo, r -> {
                try {
                    journal.add(r.index(), r.values());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out[r.index() - first] = r.values();
                seconds.put(r.index(), r.seconds());
                listener.simulated(++done[0], opt.budget(), status);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException io) throw io.getCause();
            if (c instanceof InterruptedException ie) throw ie;
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException("a calibration simulation failed: " + c, c);
        } finally {
            journal.flush();
        }
        simulations = first + z.length;
        for (double[] v : out) if (v == null) stoppedEarly++;
        return out;
    }

    /** The Gaussian perturbation kernel: the weighted covariance of the population, widened (see {@link #of}). */
    static final class Kernel {
        final double[][] chol; // lower triangle L, with cov = L L^T
        final double[][] inv;  // inverse of the covariance
        final double logNorm;
        final double[] cumulative;

        private Kernel(double[][] chol, double[][] inv, double logNorm, double[] cumulative) {
            this.chol = chol;
            this.inv = inv;
            this.logNorm = logNorm;
            this.cumulative = cumulative;
        }

        static Kernel of(List<Particle> ps, int d) {
            double[] mean = new double[d];
            for (Particle p : ps) for (int k = 0; k < d; k++) mean[k] += p.weight() * p.z()[k];
            double[][] cov = new double[d][d];
            for (Particle p : ps)
                for (int a = 0; a < d; a++)
                    for (int b = 0; b <= a; b++) cov[a][b] += p.weight() * (p.z()[a] - mean[a]) * (p.z()[b] - mean[b]);
            // twice the covariance (Beaumont et al.) in one or two dimensions; in more, the random-walk scaling
            // 2.38^2 / d (Roberts, Gelman and Gilks): a kernel as wide as twice the population in 25 dimensions
            // proposes far outside it, and the importance weights of what is kept collapse onto a few particles
            double widen = Math.min(2, 2.38 * 2.38 / d);
            for (int a = 0; a < d; a++)
                for (int b = 0; b <= a; b++) {
                    cov[a][b] *= widen;
                    cov[b][a] = cov[a][b];
                }
            RealMatrix m = new Array2DRowRealMatrix(cov);
            CholeskyDecomposition ch = null;
            for (double ridge = 1e-9; ch == null; ridge *= 10) {
                try {
                    ch = new CholeskyDecomposition(m, 1e-12, 1e-14);
                } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
                    for (int a = 0; a < d; a++) m.addToEntry(a, a, ridge + 1e-6 * Math.abs(m.getEntry(a, a)));
                }
            }
            double[][] l = ch.getL().getData();
            double logDet = 0;
            for (int a = 0; a < d; a++) logDet += 2 * Math.log(l[a][a]);
            double[][] inv = ch.getSolver().getInverse().getData();
            double[] cum = new double[ps.size()];
            double s = 0;
            for (int i = 0; i < cum.length; i++) cum[i] = s += ps.get(i).weight();
            return new Kernel(l, inv, -0.5 * logDet - 0.5 * d * Math.log(2 * Math.PI), cum);
        }

        /** A Gaussian random-walk step from z. */
        double[] step(double[] z0, SplittableRandom rng) {
            int d = chol.length;
            double[] e = new double[d];
            for (int k = 0; k < d; k++) e[k] = ParameterSpace.gaussian(rng);
            double[] z = z0.clone();
            for (int a = 0; a < d; a++) for (int b = 0; b <= a; b++) z[a] += chol[a][b] * e[b];
            return z;
        }

    }

    /** The same particles with equal weights. */
    static List<Particle> equal(List<Particle> ps) {
        List<Particle> out = new ArrayList<>(ps.size());
        for (Particle p : ps) out.add(new Particle(p.z(), 1.0 / ps.size(), p.distance(), p.simulated(), p.index()));
        return out;
    }

    /** Distinct parameter sets among the particles (resampling duplicates them; moves make them distinct again). */
    static double distinct(List<Particle> ps) {
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (Particle p : ps) s.add(p.index());
        return s.size();
    }

    static void normalise(List<Particle> ps) {
        double s = 0;
        for (Particle p : ps) s += p.weight();
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            ps.set(i, new Particle(p.z(), p.weight() / s, p.distance(), p.simulated(), p.index()));
        }
    }

    static double ess(List<Particle> ps) {
        double s = 0;
        for (Particle p : ps) s += p.weight() * p.weight();
        return s > 0 ? 1 / s : 0;
    }

    /** Weighted quantile of the distances. */
    static double quantile(List<Particle> ps, double q) {
        Particle[] a = ps.toArray(new Particle[0]);
        Arrays.sort(a, (x, y) -> Double.compare(x.distance(), y.distance()));
        double c = 0;
        for (Particle p : a) {
            c += p.weight();
            if (c >= q) return p.distance();
        }
        return a[a.length - 1].distance();
    }

    static String fmt(double v) { return String.format(java.util.Locale.ROOT, "%.3f", v); }
}
