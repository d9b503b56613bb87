package channelsim.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A weighted posterior sample as written by {@code calibrate --posterior}: {@code draw,weight,} then one
 * column per parameter key, or {@code key@year} for one year of a latent yearly series. Read strictly
 * (every problem {@code file:line:column: key: message}); applied to a scenario as overrides, a latent
 * series from 1 January of each of its years. Past its last year within a scenario's horizon, a latent
 * series continues its random walk (the registry's prior step), from a stream seeded per draw.
 */
public record PosteriorSample(Path file, List<String> columns, List<double[]> values, double[] weights)
        implements java.io.Serializable {

    public int size() { return values.size(); }

    /** The same sample without the name of its file (null), e.g. to send it to another machine: a Path does not serialize. */
    public PosteriorSample withoutFile() { return new PosteriorSample(null, columns, values, weights); }

    public static PosteriorSample read(Path file) throws ConfigException {
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
        int at = "draw,weight,".length() + 1;
        for (String c : cols) {
            ParamSpec spec = ParameterRegistry.find(baseKey(c));
            if (spec == null || !(spec.type() == ParamType.NUMBER || spec.type() == ParamType.INTEGER))
                problems.add(new Problem(f, 1, at, c, "not a numeric model parameter (see describe)"));
            else if (c.contains("@") && !c.substring(c.indexOf('@') + 1).matches("\\d{4}"))
                problems.add(new Problem(f, 1, at, c, "a yearly value is written KEY@YEAR"));
            at += c.length() + 1;
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
                if (!(w > 0) || !Double.isFinite(w)) throw new NumberFormatException();
                for (int c = 0; c < v.length; c++) {
                    v[c] = Double.parseDouble(cells[c + 2]);
                    ParamSpec spec = ParameterRegistry.find(baseKey(cols.get(c)));
                    if (spec != null && (v[c] < spec.min() || v[c] > spec.max()))
                        problems.add(new Problem(f, i + 1, c + 3, cols.get(c), v[c] + " is outside " + spec.rangeText()));
                }
                ws.add(w);
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
        return new PosteriorSample(file, List.copyOf(cols), List.copyOf(vals), w);
    }

    static String baseKey(String column) { return column.contains("@") ? column.substring(0, column.indexOf('@')) : column; }

    /**
     * {@code n} rows by systematic resampling on the weights: deterministic, each row about n times its
     * weight, so that equal weights can be given to the draws.
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

    /** The scenario with row {@code row}'s values; {@code seed} drives a latent series past its last year. */
    public Scenario apply(Scenario base, int row, long seed) {
        double[] v = values.get(row);
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            if (col.contains("@")) series.computeIfAbsent(baseKey(col), k -> new TreeMap<>()).put(Integer.parseInt(col.substring(col.indexOf('@') + 1)), v[c]);
            else top.put(col, typed(col, v[c]));
        }
        List<TimedChange> timeline = new ArrayList<>(base.timeline());
        int first = base.start().getYear(), last = base.start().plusDays(Math.max(0, base.days() - 1)).getYear();
        SplittableRandom rng = new SplittableRandom(seed);
        for (Map.Entry<String, TreeMap<Integer, Double>> e : series.entrySet()) {
            TreeMap<Integer, Double> byYear = new TreeMap<>(e.getValue());
            Prior prior = ParameterRegistry.prior(e.getKey());
            double step = prior != null && prior.isSeries() ? prior.step() : 0;
            for (int y = byYear.lastKey() + 1; y <= last; y++) {
                double u = 1 - rng.nextDouble(), w = rng.nextDouble();
                double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
                ParamSpec spec = ParameterRegistry.find(e.getKey());
                double cap = prior != null ? Math.min(spec.max(), prior.upper()) : spec.max();
                byYear.put(y, Math.max(spec.min(), Math.min(cap, byYear.get(y - 1) * Math.exp(step * z))));
            }
            Integer startYear = byYear.floorKey(first);
            if (startYear != null) top.put(e.getKey(), typed(e.getKey(), byYear.get(startYear)));
            for (Map.Entry<Integer, Double> y : byYear.entrySet()) {
                LocalDate jan1 = LocalDate.of(y.getKey(), 1, 1);
                if (y.getKey() > first && y.getKey() <= last) timeline.add(new TimedChange(jan1, e.getKey(), typed(e.getKey(), y.getValue())));
            }
        }
        Scenario s = base.with(top);
        return new Scenario(s.name(), s.source(), s.values(), s.groups(), timeline);
    }

    static Object typed(String key, double v) {
        ParamSpec spec = ParameterRegistry.find(key);
        return spec != null && spec.type() == ParamType.INTEGER ? (Object) Math.round(v) : (Object) v;
    }
}
