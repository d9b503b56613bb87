package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
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

    public static PosteriorFile read(Path file) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        String f = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(new Problem(f, 1, 1, "posterior", "cannot read: " + e.getMessage())));
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("draw,weight,"))
            throw new ConfigException(List.of(new Problem(f, 1, 1, "posterior", "expected a header starting draw,weight, then parameter keys")));
        String[] head = lines.get(0).split(",", -1);
        List<String> cols = List.of(head).subList(2, head.length);
        for (int c = 0; c < cols.size(); c++) {
            String key = cols.get(c).contains("@") ? cols.get(c).substring(0, cols.get(c).indexOf('@')) : cols.get(c);
            if (channelsim.config.ParameterRegistry.find(key) == null)
                problems.add(new Problem(f, 1, c + 3, cols.get(c), "not a model parameter (see describe)"));
        }
        List<double[]> vals = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != head.length) {
                problems.add(new Problem(f, i + 1, 1, "posterior", cells.length + " cells, the header has " + head.length));
                continue;
            }
            double[] v = new double[cols.size()];
            try {
                double w = Double.parseDouble(cells[1]);
                if (!(w > 0)) throw new NumberFormatException();
                ws.add(w);
                for (int c = 0; c < v.length; c++) v[c] = Double.parseDouble(cells[c + 2]);
                vals.add(v);
            } catch (NumberFormatException e) {
                problems.add(new Problem(f, i + 1, 1, "posterior", "expected a positive weight and numbers"));
            }
        }
        if (vals.isEmpty() && problems.isEmpty()) problems.add(new Problem(f, 1, 1, "posterior", "no draws"));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        double[] w = new double[ws.size()];
        double s = 0;
        for (double x : ws) s += x;
        for (int i = 0; i < w.length; i++) w[i] = ws.get(i) / s;
        return new PosteriorFile(List.copyOf(cols), vals, w);
    }

    /**
     * {@code n} draws by systematic resampling on the weights (deterministic: the same file gives the same
     * draws), as row indices.
     */
    public int[] resample(int n) {
        int[] out = new int[n];
        double c = weights[0];
        int j = 0;
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) / n;
            while (u > c && j < weights.length - 1) c += weights[++j];
            out[i] = j;
        }
        return out;
    }
}
