package channelsim.calibration;

import channelsim.config.ParameterRegistry;
import channelsim.config.Prior;
import channelsim.config.Problem;
import channelsim.config.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code posterior:} block of a targets file: what the Bayesian calibration fits and how.
 *
 * @param record     the CSV of figures (relative to the targets file)
 * @param scale      population scale of the calibration's runs (counts are compared per real person, and the
 *                   Poisson noise of a smaller population widens the error model accordingly)
 * @param free       parameters with a scalar prior in the registry
 * @param latent     parameters that are latent yearly series (a log random walk prior in the registry)
 * @param priorOnly  parameters with a scalar prior that the record cannot inform (they act only after its last
 *                   year, e.g. on returns to France or the maritime doctrine): not fitted, since the ABC would
 *                   only let their marginal drift with its resampling; each posterior draw carries an
 *                   independent draw from the prior instead, so studies carry their uncertainty
 * @param errorSd    observation-error sd by quality flag (log or logit scale, {@link ErrorModel})
 * @param countOffset c in log(x + c) for counts
 * @param alpha      the quantile of the last generation's distances that sets the next tolerance
 * @param firstTolerance the distance beyond which a prior draw is dropped in generation 0
 */
public record AbcSettings(Path record, double scale, List<String> free, List<String> latent, List<String> priorOnly,
                         Map<String, Double> errorSd, double countOffset, double alpha, double firstTolerance) {

    static AbcSettings read(YamlTree tree, Node n, Path dir, List<Problem> problems) {
        if (!(n instanceof MappingNode m)) {
            problems.add(tree.problem(n, "posterior", "expected a map with record, scale, free, latent, error"));
            return null;
        }
        Path record = null;
        double scale = 0.25, offset = 5, alpha = 0.5, first = 25;
        List<String> free = new ArrayList<>(), latent = new ArrayList<>(), priorOnly = new ArrayList<>();
        Map<String, Double> error = new LinkedHashMap<>(ErrorModel.DEFAULT_SD);
        for (YamlTree.Entry e : tree.entries(m)) {
            String k = "posterior." + e.key();
            switch (e.key()) {
                case "record" -> {
                    Object v = YamlTree.isScalar(e.value()) ? tree.scalar(e.value()) : null;
                    if (v == null) problems.add(tree.problem(e.value(), k, "expected a file name"));
                    else record = dir.resolve(String.valueOf(v)).normalize();
                }
                case "scale" -> scale = number(tree, e.value(), k, 0.01, 100, problems);
                case "count_offset" -> offset = number(tree, e.value(), k, 0.01, 1e6, problems);
                case "alpha" -> alpha = number(tree, e.value(), k, 0.05, 0.95, problems);
                case "first_tolerance" -> first = number(tree, e.value(), k, 0.01, 1e9, problems);
                case "free", "latent", "prior_only" -> {
                    if (!(e.value() instanceof SequenceNode seq)) {
                        problems.add(tree.problem(e.value(), k, "expected a list of parameter keys"));
                        continue;
                    }
                    for (Node item : seq.getValue()) {
                        Object v = YamlTree.isScalar(item) ? tree.scalar(item) : null;
                        String key = v == null ? null : String.valueOf(v);
                        Prior p = key == null ? null : ParameterRegistry.prior(key);
                        if (p == null) problems.add(tree.problem(item, k, "'" + key + "' has no prior in the registry (see describe)"));
                        else if (p.isSeries() != e.key().equals("latent"))
                            problems.add(tree.problem(item, k, "'" + key + "' has a " + (p.isSeries() ? "yearly-series prior: list it under latent" : "scalar prior: list it under free or prior_only")));
                        else if (free.contains(key) || latent.contains(key) || priorOnly.contains(key)) problems.add(tree.problem(item, k, "'" + key + "' listed twice"));
                        else (e.key().equals("free") ? free : e.key().equals("latent") ? latent : priorOnly).add(key);
                    }
                }
                case "error" -> {
                    if (!(e.value() instanceof MappingNode em)) {
                        problems.add(tree.problem(e.value(), k, "expected quality: sd pairs"));
                        continue;
                    }
                    for (YamlTree.Entry q : tree.entries(em)) {
                        if (!ErrorModel.DEFAULT_SD.containsKey(q.key()))
                            problems.add(tree.problem(q.keyNode(), k + "." + q.key(), "unknown quality (expected " + ErrorModel.DEFAULT_SD.keySet() + ")"));
                        else error.put(q.key(), number(tree, q.value(), k + "." + q.key(), 1e-4, 10, problems));
                    }
                }
                default -> problems.add(tree.problem(e.keyNode(), k, "unknown key (expected record, scale, free, latent, prior_only, error, count_offset, alpha, first_tolerance)"));
            }
        }
        if (record == null) problems.add(tree.problem(n, "posterior.record", "missing: the CSV of figures to fit"));
        if (free.isEmpty() && latent.isEmpty()) problems.add(tree.problem(n, "posterior.free", "no parameter to fit"));
        return record == null ? null : new AbcSettings(record, scale, List.copyOf(free), List.copyOf(latent), List.copyOf(priorOnly), Map.copyOf(error), offset, alpha, first);
    }

    private static double number(YamlTree tree, Node n, String key, double min, double max, List<Problem> problems) {
        Object v = YamlTree.isScalar(n) ? tree.scalar(n) : null;
        if (!(v instanceof Number x) || x.doubleValue() < min || x.doubleValue() > max) {
            problems.add(tree.problem(n, key, "expected a number in [" + min + ", " + max + "]"));
            return Double.NaN;
        }
        return x.doubleValue();
    }

    public ErrorModel errorModel() { return new ErrorModel(errorSd, countOffset, scale); }
}
