package channelsim.calibration;

import channelsim.config.ConfigException;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A calibration targets file: the scenario to fit, where to write the fitted scenario, the targets and
 * the free parameters. Loaded strictly (unknown keys, missing fields and bad values are all reported
 * as {@code file:line:column: key: message}). See models/targets/channel-2018-2024.yaml for the layout.
 */
public record TargetFile(Path file, String name, Path scenario, Path calibrated, List<Target> targets,
                         List<FreeParameter> free) {

    private static final Set<String> TOP = Set.of("name", "description", "scenario", "calibrated", "targets", "free");
    private static final Set<String> TARGET_KEYS = Set.of("id", "measure", "period", "observed", "low", "high",
            "tolerance", "weight", "source");
    private static final Set<String> FREE_KEYS = Set.of("key", "matches", "min", "max", "why");

    public List<FreeParameter> yearly() { return free.stream().filter(f -> f.kind() == FreeParameter.Kind.YEARLY).toList(); }

    public List<FreeParameter> global() { return free.stream().filter(f -> f.kind() == FreeParameter.Kind.GLOBAL).toList(); }

    /** Years covered by the targets of one measure, in order. */
    public List<Integer> yearsOf(String measure) {
        return targets.stream().filter(t -> t.measure().equals(measure) && t.period().isYear())
                .map(t -> t.period().year()).distinct().sorted().toList();
    }

    public static TargetFile load(Path file) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        YamlTree tree = YamlTree.parse(file, file.toString(), problems);
        if (tree == null || !(tree.root() instanceof MappingNode root)) {
            if (problems.isEmpty()) problems.add(new Problem(file.toString(), 1, 1, "file", "expected a map with scenario, targets and free"));
            throw new ConfigException(problems);
        }
        String name = null;
        Path scenario = null, calibrated = null;
        List<Target> targets = new ArrayList<>();
        List<FreeParameter> free = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (YamlTree.Entry e : tree.entries(root)) {
            switch (e.key()) {
                case "name", "description" -> { if (e.key().equals("name")) name = text(tree, e.value(), e.key(), problems); }
                case "scenario" -> {
                    String s = text(tree, e.value(), "scenario", problems);
                    if (s != null) scenario = dir.resolve(s).normalize();
                }
                case "calibrated" -> {
                    String s = text(tree, e.value(), "calibrated", problems);
                    if (s != null) calibrated = dir.resolve(s).normalize();
                }
                case "targets" -> readTargets(tree, e.value(), targets, problems);
                case "free" -> readFree(tree, e.value(), free, problems);
                default -> problems.add(tree.problem(e.keyNode(), e.key(), "unknown key (expected one of " + String.join(", ", TOP.stream().sorted().toList()) + ")"));
            }
        }
        if (scenario == null) problems.add(new Problem(file.toString(), 1, 1, "scenario", "missing: the scenario file to calibrate"));
        if (targets.isEmpty()) problems.add(new Problem(file.toString(), 1, 1, "targets", "missing: at least one target"));
        for (FreeParameter f : free)
            if (f.kind() == FreeParameter.Kind.YEARLY && targets.stream().noneMatch(t -> t.measure().equals(f.matches())))
                problems.add(new Problem(file.toString(), 1, 1, "free.yearly." + f.key(), "no target measures '" + f.matches() + "'"));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        if (name == null) name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (calibrated == null) calibrated = dir.resolve("calibrated.yaml");
        return new TargetFile(file, name, scenario, calibrated, List.copyOf(targets), List.copyOf(free));
    }

    private static void readTargets(YamlTree tree, Node n, List<Target> out, List<Problem> problems) {
        if (!(n instanceof SequenceNode seq)) {
            problems.add(tree.problem(n, "targets", "expected a list of targets"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problems.add(tree.problem(item, "targets", "expected {id, measure, period, observed or low/high, tolerance, weight, source}"));
                continue;
            }
            String id = null, measure = null, source = null;
            Period period = null;
            double observed = Double.NaN, low = Double.NaN, high = Double.NaN, tol = Double.NaN, weight = 1;
            for (YamlTree.Entry e : tree.entries(m)) {
                String k = "targets." + e.key();
                switch (e.key()) {
                    case "id" -> id = text(tree, e.value(), k, problems);
                    case "measure" -> {
                        measure = text(tree, e.value(), k, problems);
                        if (measure != null && !Measures.known(measure)) {
                            problems.add(tree.problem(e.value(), k, "unknown measure '" + measure + "' (a timeseries column, or people_per_boat, prevention_rate, busiest_day)"));
                            measure = null;
                        }
                    }
                    case "period" -> {
                        Object v = tree.scalar(e.value());
                        try {
                            period = Period.parse(String.valueOf(v));
                        } catch (IllegalArgumentException ex) {
                            problems.add(tree.problem(e.value(), k, ex.getMessage()));
                        }
                    }
                    case "observed" -> observed = number(tree, e.value(), k, 0, Double.MAX_VALUE, problems);
                    case "low" -> low = number(tree, e.value(), k, 0, Double.MAX_VALUE, problems);
                    case "high" -> high = number(tree, e.value(), k, 0, Double.MAX_VALUE, problems);
                    case "tolerance" -> tol = number(tree, e.value(), k, 1e-6, 100, problems);
                    case "weight" -> weight = number(tree, e.value(), k, 0, 1e6, problems);
                    case "source" -> source = text(tree, e.value(), k, problems);
                    default -> problems.add(tree.problem(e.keyNode(), k, "unknown key (expected one of " + String.join(", ", TARGET_KEYS.stream().sorted().toList()) + ")"));
                }
            }
            boolean point = !Double.isNaN(observed), range = !Double.isNaN(low) || !Double.isNaN(high);
            if (id == null) problems.add(tree.problem(item, "targets.id", "missing"));
            else if (!ids.add(id)) problems.add(tree.problem(item, "targets.id", "duplicate id '" + id + "'"));
            if (measure == null) problems.add(tree.problem(item, "targets.measure", "missing or unknown"));
            if (period == null) problems.add(tree.problem(item, "targets.period", "missing"));
            if (point == range) problems.add(tree.problem(item, "targets.observed", "give either observed or a range (low and/or high)"));
            if (!Double.isNaN(low) && !Double.isNaN(high) && low > high) problems.add(tree.problem(item, "targets.low", "low is above high"));
            if (Double.isNaN(tol)) problems.add(tree.problem(item, "targets.tolerance", "missing (relative, e.g. 0.2 for 20%)"));
            if (source == null || source.isBlank()) problems.add(tree.problem(item, "targets.source", "missing: say where the number comes from"));
            if (id != null && measure != null && period != null && point != range && !Double.isNaN(tol) && source != null)
                out.add(new Target(id, measure, period, observed, low, high, tol, weight, source));
        }
    }

    private static void readFree(YamlTree tree, Node n, List<FreeParameter> out, List<Problem> problems) {
        if (!(n instanceof MappingNode m)) {
            problems.add(tree.problem(n, "free", "expected a map with 'yearly' and/or 'global' lists"));
            return;
        }
        for (YamlTree.Entry e : tree.entries(m)) {
            FreeParameter.Kind kind;
            if (e.key().equals("yearly")) kind = FreeParameter.Kind.YEARLY;
            else if (e.key().equals("global")) kind = FreeParameter.Kind.GLOBAL;
            else {
                problems.add(tree.problem(e.keyNode(), "free." + e.key(), "unknown key (expected yearly or global)"));
                continue;
            }
            if (!(e.value() instanceof SequenceNode seq)) {
                problems.add(tree.problem(e.value(), "free." + e.key(), "expected a list of {key, min, max}"));
                continue;
            }
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode im)) {
                    problems.add(tree.problem(item, "free." + e.key(), "expected {key, min, max}"));
                    continue;
                }
                String key = null, matches = null, why = "";
                double min = Double.NaN, max = Double.NaN;
                for (YamlTree.Entry f : tree.entries(im)) {
                    String k = "free." + e.key() + "." + f.key();
                    switch (f.key()) {
                        case "key" -> {
                            key = text(tree, f.value(), k, problems);
                            ParamSpec spec = key == null ? null : ParameterRegistry.find(key);
                            if (key != null && (spec == null || (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER))) {
                                problems.add(tree.problem(f.value(), k, "'" + key + "' is not a numeric model parameter"));
                                key = null;
                            }
                        }
                        case "matches" -> matches = text(tree, f.value(), k, problems);
                        case "min" -> min = number(tree, f.value(), k, -Double.MAX_VALUE, Double.MAX_VALUE, problems);
                        case "max" -> max = number(tree, f.value(), k, -Double.MAX_VALUE, Double.MAX_VALUE, problems);
                        case "why" -> why = text(tree, f.value(), k, problems);
                        default -> problems.add(tree.problem(f.keyNode(), k, "unknown key (expected one of " + String.join(", ", FREE_KEYS.stream().sorted().toList()) + ")"));
                    }
                }
                if (key == null) problems.add(tree.problem(item, "free.key", "missing or unknown"));
                if (Double.isNaN(min) || Double.isNaN(max) || min >= max) problems.add(tree.problem(item, "free.min", "need min < max"));
                if (kind == FreeParameter.Kind.YEARLY && (matches == null || !Measures.known(matches)))
                    problems.add(tree.problem(item, "free.matches", "a yearly parameter needs the measure it is fitted to"));
                if (kind == FreeParameter.Kind.YEARLY && matches != null && Measures.known(matches) && min <= 0)
                    problems.add(tree.problem(item, "free.min", "a yearly parameter is fitted proportionally: min must be above 0"));
                if (key != null && !Double.isNaN(min) && !Double.isNaN(max) && min < max) {
                    ParamSpec spec = ParameterRegistry.find(key);
                    if (min < spec.min() || max > spec.max())
                        problems.add(tree.problem(item, "free.min", "[" + min + ", " + max + "] is outside the parameter's range " + spec.rangeText()));
                    else out.add(new FreeParameter(key, kind, matches, min, max, why == null ? "" : why));
                }
            }
        }
    }

    private static String text(YamlTree tree, Node n, String key, List<Problem> problems) {
        Object v = YamlTree.isScalar(n) ? tree.scalar(n) : null;
        if (v == null) {
            problems.add(tree.problem(n, key, "expected text"));
            return null;
        }
        return String.valueOf(v);
    }

    private static double number(YamlTree tree, Node n, String key, double min, double max, List<Problem> problems) {
        Object v = YamlTree.isScalar(n) ? tree.scalar(n) : null;
        if (!(v instanceof Number x)) {
            problems.add(tree.problem(n, key, "expected a number"));
            return Double.NaN;
        }
        double d = x.doubleValue();
        if (d < min || d > max) {
            problems.add(tree.problem(n, key, "out of range"));
            return Double.NaN;
        }
        return d;
    }
}
