package channelsim.calibration;

import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Prior;
import channelsim.config.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The parameters a Bayesian calibration moves, as one vector of transformed values {@code z} (see
 * {@link Prior}): each free parameter once, and each latent yearly series once per simulated year, named
 * {@code key@year} in the posterior file. Priors come from the registry ({@code describe} shows them).
 */
public final class ParameterSpace implements java.io.Serializable {

    /** One coordinate: a parameter, or one year of a latent series ({@code previous} its year before, or -1). */
    public record Dim(String key, int year, Prior prior, int previous, ParamSpec spec) implements java.io.Serializable {
        public String column() { return year == 0 ? key : key + "@" + year; }
    }

    private final List<Dim> dims;

    private ParameterSpace(List<Dim> dims) { this.dims = List.copyOf(dims); }

    /**
     * @param free   keys with a scalar prior
     * @param latent keys with a log-random-walk prior, one value per year from {@code firstYear} to {@code lastYear}
     */
    public static ParameterSpace of(List<String> free, List<String> latent, int firstYear, int lastYear) {
        return of(free, latent, firstYear, lastYear, Map.of());
    }

    /** As above, with the priors of some keys given here rather than by the registry (an origin group's share, centred on the scenario's). */
    public static ParameterSpace of(List<String> free, List<String> latent, int firstYear, int lastYear, Map<String, Prior> priors) {
        List<Dim> d = new ArrayList<>();
        for (String k : free) {
            Prior p = ParameterRegistry.prior(k);
            if (p == null || p.isSeries()) throw new IllegalArgumentException(k + " has no scalar prior in the registry");
            d.add(new Dim(k, 0, p, -1, ParameterRegistry.find(k)));
        }
        for (String k : latent) {
            Prior p = priors.getOrDefault(k, ParameterRegistry.prior(k));
            if (p == null || !p.isSeries()) throw new IllegalArgumentException(k + " has no yearly-series prior in the registry");
            for (int y = firstYear; y <= lastYear; y++)
                d.add(new Dim(k, y, p, y == firstYear ? -1 : d.size() - 1, ParameterRegistry.find(k)));
        }
        return new ParameterSpace(d);
    }

    public List<Dim> dims() { return dims; }

    public int size() { return dims.size(); }

    public List<String> columns() { return dims.stream().map(Dim::column).toList(); }

    /** A draw from the prior (truncated: drawn again until inside every parameter's range). */
    public double[] sample(SplittableRandom rng) {
        while (true) {
            double[] z = draw(rng);
            if (Double.isFinite(logPrior(z))) return z;
        }
    }

    private double[] draw(SplittableRandom rng) {
        double[] z = new double[dims.size()];
        for (int i = 0; i < z.length; i++) {
            Dim d = dims.get(i);
            z[i] = d.previous() < 0 ? d.prior().sampleZ(rng.nextDouble()) : z[d.previous()] + d.prior().step() * gaussian(rng);
        }
        return z;
    }

    /** Log prior density of z; -infinity outside the parameters' allowed ranges. */
    public double logPrior(double[] z) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            Dim d = dims.get(i);
            double x = d.prior().fromZ(z[i]);
            if (!(x >= d.spec().min() && x <= d.spec().max() && x <= d.prior().upper()) || !Double.isFinite(z[i])) return Double.NEGATIVE_INFINITY;
            s += d.previous() < 0 ? d.prior().logDensityZ(z[i]) : d.prior().logStepDensity(z[i], z[d.previous()]);
        }
        return s;
    }

    /** The parameter values of z, as the model uses them (integers rounded). */
    public double[] values(double[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            Dim d = dims.get(i);
            double v = d.prior().fromZ(z[i]);
            x[i] = d.spec().type() == ParamType.INTEGER ? Math.round(v) : v;
        }
        return x;
    }

    /** The base scenario with these values: free ones throughout, each year's latent value from 1 January. */
    public Scenario apply(Scenario base, double[] z, double scale) {
        double[] x = values(z);
        Map<String, Double> global = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Double>> yearly = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            Dim d = dims.get(i);
            if (d.year() == 0) global.put(d.key(), x[i]);
            else yearly.computeIfAbsent(d.key(), k -> new TreeMap<>()).put(d.year(), x[i]);
        }
        return Calibrator.apply(base, yearly, global, scale);
    }

    /**
     * The same space with every latent series continued to {@code lastYear}, and z extended by drawing the
     * new years from the series' yearly step (the latent process going on where the record stops).
     */
    public ParameterSpace extendedTo(int lastYear) {
        List<String> free = new ArrayList<>(), latent = new ArrayList<>();
        Map<String, Prior> priors = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        for (Dim d : dims) {
            if (d.year() == 0) free.add(d.key());
            else {
                if (!latent.contains(d.key())) latent.add(d.key());
                priors.put(d.key(), d.prior());
                first = Math.min(first, d.year());
            }
        }
        return latent.isEmpty() ? this : of(free, latent, first, lastYear, priors);
    }

    /** z of this space mapped into a wider one (from {@link #extendedTo}); new years continue the random walk. */
    public double[] extend(double[] z, ParameterSpace wider, SplittableRandom rng) {
        double[] w = new double[wider.size()];
        for (int i = 0; i < w.length; i++) {
            Dim d = wider.dims.get(i);
            int j = columns().indexOf(d.column());
            w[i] = j >= 0 ? z[j] : w[d.previous()] + d.prior().step() * gaussian(rng);
        }
        return w;
    }

    static double gaussian(SplittableRandom rng) {
        // Box-Muller from the stream itself, so that the draw depends on nothing but the stream
        double u = 1 - rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
