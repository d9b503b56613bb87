package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A weighted posterior sample: {@code draw,weight,} then one column per parameter ({@code key}, or
 * {@code key@year} for a year of a latent series). Weights sum to 1. Written atomically.
 */
public record PosteriorFile(List<String> columns, List<double[]> values, double[] weights) {

    public static PosteriorFile of(ParameterSpace space, List<AbcSmc.Particle> ps) {
        List<double[]> v = new ArrayList<>();
        double[] w = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            v.add(space.values(ps.get(i).z()));
            w[i] = ps.get(i).weight();
        }
        return new PosteriorFile(space.columns(), v, w);
    }

    /**
     * This sample with a column for each of {@code keys} (parameters the record cannot inform), each draw's value
     * an independent draw from the key's prior in the registry, from a stream of {@code seed}: the posterior of
     * such a parameter is its prior, and drawing it afresh keeps it independent of the fitted ones.
     */
    public PosteriorFile withPriorDraws(List<String> keys, long seed) {
        if (keys.isEmpty()) return this;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(channelsim.experiment.Seeds.mix(seed ^ 0x5DEECE66DL));
        List<String> cols = new ArrayList<>(columns);
        cols.addAll(keys);
        List<channelsim.config.Prior> priors = keys.stream().map(channelsim.config.ParameterRegistry::prior).toList();
        List<double[]> v = new ArrayList<>();
        for (double[] row : values) {
            double[] x = java.util.Arrays.copyOf(row, row.length + keys.size());
            for (int k = 0; k < priors.size(); k++) x[row.length + k] = priors.get(k).fromZ(priors.get(k).sampleZ(rng.nextDouble()));
            v.add(x);
        }
        return new PosteriorFile(cols, v, weights);
    }

    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("draw,weight");
        for (String c : columns) sb.append(',').append(c);
        sb.append('\n');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i + 1).append(',').append(num(weights[i]));
            for (double x : values.get(i)) sb.append(',').append(num(x));
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** Shortest text that reads back as the same double (Java's own rule): the file is exact and portable. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Reads a posterior file (see {@link channelsim.config.PosteriorSample#read}). */
    public static PosteriorFile read(Path file) throws ConfigException {
        channelsim.config.PosteriorSample p = channelsim.config.PosteriorSample.read(file);
        return new PosteriorFile(p.columns(), p.values(), p.weights());
    }

    /** Deterministic systematic resampling on the weights (see {@link channelsim.config.PosteriorSample#resample}). */
    public int[] resample(int n) { return new channelsim.config.PosteriorSample(null, columns, values, weights).resample(n); }
}
