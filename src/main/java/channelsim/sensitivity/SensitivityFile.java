package channelsim.sensitivity;

import channelsim.calibration.FreeParameter;
import channelsim.calibration.Measures;
import channelsim.config.ConfigException;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
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
 * A sensitivity study: a baseline scenario, policies as changes to it (as in a study file), the output
 * to screen ({@code deterrence} of each policy against the baseline, or a measure of the baseline such
 * as {@code arrivals}), the Morris design, and the uncertain parameters with their ranges. See
 * models/studies/sensitivity.yaml.
 */
public record SensitivityFile(Path file, String name, Scenario baseline, Map<String, Map<String, Object>> policies,
                              String output, int trajectories, int levels, int replicates, long seed, double scale,
                              List<FreeParameter> parameters) {

    private static final List<String> TOP = List.of("name", "description", "scenario", "policies", "output",
            "trajectories", "levels", "replicates", "seed", "scale", "parameters");

    public boolean deterrence() { return output.equals("deterrence"); }

    public static SensitivityFile load(Path file) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        YamlTree tree = YamlTree.parse(file, file.toString(), problems);
        if (tree == null || !(tree.root() instanceof MappingNode root)) {
            if (problems.isEmpty()) problems.add(new Problem(file.toString(), 1, 1, "file", "expected a map with scenario, policies and parameters"));
            throw new ConfigException(problems);
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", ""), output = "deterrence";
        Scenario baseline = null;
        Map<String, Map<String, Object>> policies = new LinkedHashMap<>();
        int trajectories = 8, levels = 4, replicates = 1;
        long seed = 1;
        double scale = 1;
        List<FreeParameter> params = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (YamlTree.Entry e : tree.entries(root)) {
            Object v = YamlTree.isScalar(e.value()) ? tree.scalar(e.value()) : null;
            switch (e.key()) {
                case "name" -> name = String.valueOf(v);
                case "description" -> { }
                case "scenario" -> {
                    if (!(v instanceof String s)) problems.add(tree.problem(e.value(), "scenario", "expected the path of a scenario file"));
                    else {
                        try {
                            baseline = ScenarioLoader.load(dir.resolve(s).normalize());
                        } catch (ConfigException ex) {
                            problems.addAll(ex.problems());
                        }
                    }
                }
                case "policies" -> {
                    if (!(e.value() instanceof MappingNode pm)) problems.add(tree.problem(e.value(), "policies", "expected a map of policy name: {settings}"));
                    else for (YamlTree.Entry p : tree.entries(pm)) {
                        if (!(p.value() instanceof MappingNode sm)) problems.add(tree.problem(p.value(), "policies." + p.key(), "expected a map of settings"));
                        else policies.put(p.key(), ScenarioLoader.readSettings(tree, sm, problems));
                    }
                }
                case "output" -> {
                    output = String.valueOf(v);
                    if (!output.equals("deterrence") && !Measures.known(output))
                        problems.add(tree.problem(e.value(), "output", "expected deterrence or a measure (arrivals, deaths, people_per_boat, ...)"));
                }
                case "trajectories" -> trajectories = (int) whole(tree, e.value(), "trajectories", 2, 10000, problems);
                case "levels" -> levels = (int) whole(tree, e.value(), "levels", 2, 100, problems);
                case "replicates" -> replicates = (int) whole(tree, e.value(), "replicates", 1, 10000, problems);
                case "seed" -> seed = whole(tree, e.value(), "seed", 0, 9e15, problems);
                case "scale" -> {
                    if (v instanceof Number n && n.doubleValue() > 0 && n.doubleValue() <= 100) scale = n.doubleValue();
                    else problems.add(tree.problem(e.value(), "scale", "expected a number in (0, 100]"));
                }
                case "parameters" -> readParameters(tree, e.value(), params, problems);
                default -> problems.add(tree.problem(e.keyNode(), e.key(), "unknown key (expected one of " + String.join(", ", TOP) + ")"));
            }
        }
        if (baseline == null && problems.isEmpty()) problems.add(new Problem(file.toString(), 1, 1, "scenario", "missing: the baseline scenario"));
        if (params.isEmpty()) problems.add(new Problem(file.toString(), 1, 1, "parameters", "missing: at least one uncertain parameter"));
        if (output.equals("deterrence") && policies.isEmpty())
            problems.add(new Problem(file.toString(), 1, 1, "policies", "deterrence needs at least one policy"));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new SensitivityFile(file, name, baseline, policies, output, trajectories, levels, replicates, seed, scale, List.copyOf(params));
    }

    private static void readParameters(YamlTree tree, Node n, List<FreeParameter> out, List<Problem> problems) {
        if (!(n instanceof SequenceNode seq)) {
            problems.add(tree.problem(n, "parameters", "expected a list of {key, min, max, why}"));
            return;
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problems.add(tree.problem(item, "parameters", "expected {key, min, max, why}"));
                continue;
            }
            String key = null, why = "";
            double min = Double.NaN, max = Double.NaN;
            for (YamlTree.Entry e : tree.entries(m)) {
                Object v = YamlTree.isScalar(e.value()) ? tree.scalar(e.value()) : null;
                switch (e.key()) {
                    case "key" -> {
                        key = String.valueOf(v);
                        ParamSpec spec = ParameterRegistry.find(key);
                        if (spec == null || (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER)) {
                            problems.add(tree.problem(e.value(), "parameters.key", "'" + key + "' is not a numeric model parameter"));
                            key = null;
                        }
                    }
                    case "min" -> min = v instanceof Number x ? x.doubleValue() : Double.NaN;
                    case "max" -> max = v instanceof Number x ? x.doubleValue() : Double.NaN;
                    case "why" -> why = String.valueOf(v);
                    default -> problems.add(tree.problem(e.keyNode(), "parameters." + e.key(), "unknown key (expected key, min, max, why)"));
                }
            }
            if (key == null) continue;
            ParamSpec spec = ParameterRegistry.find(key);
            if (Double.isNaN(min) || Double.isNaN(max) || min >= max) problems.add(tree.problem(item, "parameters.min", "need numbers min < max"));
            else if (min < spec.min() || max > spec.max()) problems.add(tree.problem(item, "parameters.min", "outside the parameter's range " + spec.rangeText()));
            else out.add(new FreeParameter(key, FreeParameter.Kind.GLOBAL, null, min, max, why));
        }
    }

    private static long whole(YamlTree tree, Node n, String key, double min, double max, List<Problem> problems) {
        Object v = YamlTree.isScalar(n) ? tree.scalar(n) : null;
        if (v instanceof Long l && l >= min && l <= max) return l;
        problems.add(tree.problem(n, key, "expected a whole number in [" + (long) min + ", " + (long) max + "]"));
        return (long) min;
    }
}
