package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.GroupSpec;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.config.YamlTree;
import channelsim.model.Metric;
import channelsim.model.SplitMix64;
import channelsim.output.Num;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a study file. Every problem is collected (with file:line:column) and reported at
 * once in a {@link ConfigException}; nothing is run from a study with problems. Policy overrides are read
 * and validated by {@link ScenarioLoader#readSettings}, exactly like scenario values.
 */
public final class StudyLoader {
    static final List<String> TOP_KEYS = List.of(
            "name", "description", "scenario", "replicates", "seed", "days", "baseline", "policies", "sweeps", "uncertainties", "levers", "metrics", "parameters");
    static final List<String> UNCERTAINTY_KEYS = List.of("method", "samples", "seed", "parameters");
    static final List<String> METHODS = List.of("lhs", "sobol");
    /** At most this many arms (policy x lever combination x sample): beyond it a study is a mistake, not a plan. */
    static final int MAX_ARMS = 10_000;
    /** Posterior draws of a study that names a posterior without saying how many. */
    public static final int DEFAULT_DRAWS = 20;
    static final List<String> SWEEP_KEYS = List.of("base", "grid", "latin_hypercube");
    static final List<String> LHS_KEYS = List.of("samples", "ranges");
    /** Totals a study can report besides the daily metrics (see RunResult.totalsOf). */
    static final List<String> EXTRA_TOTALS = channelsim.model.RunResult.EXTRA_SPECS.stream().map(channelsim.model.OutputSpec::name).toList();
    public static final int DEFAULT_REPLICATES = 20;
    /** Most replicates per policy, in a file or with --replicates. */
    public static final int MAX_REPLICATES = 1_000_000;
    /** Most policies in a study, listed and swept together. */
    public static final int MAX_POLICIES = 10_000;
    public static final long DEFAULT_SEED = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * Keys a policy may not change: the study sets them for every policy alike (seed: common random numbers;
     * start and days: the same calendar, so replicates and weeks line up across policies).
     */
    private static final Set<String> STUDY_LEVEL = Set.of("seed", "days", "name", "start");

    private StudyLoader() {}

    public static Study load(Path file) throws ConfigException {
        return new Run(file).load();
    }

    /**
     * Whether a YAML file is a study rather than a scenario: its top level has a key only studies have
     * ({@code scenario}, {@code baseline}, {@code replicates} or {@code sweeps}). Unreadable files are not studies
     * (the scenario loader then reports why).
     */
    public static boolean looksLikeStudy(Path file) {
        YamlTree t = YamlTree.parse(file, file.toString(), new ArrayList<>());
        if (t == null || !(t.root() instanceof MappingNode m)) return false;
        for (YamlTree.Entry e : t.entries(m))
            if (List.of("scenario", "baseline", "replicates", "sweeps").contains(e.key())) return true;
        return false;
    }

    /** Names a study's {@code metrics:} list may use. */
    public static List<String> reportableMetrics() {
        List<String> l = new ArrayList<>();
        for (Metric m : Metric.values()) l.add(m.column);
        l.addAll(EXTRA_TOTALS);
        return l;
    }

    /** The closest of a few words to a misspelt one, if plausibly a typo; else null. */
    static String closest(String word, Collection<String> options) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String o : options) {
            int d = ScenarioLoader.distance(word, o);
            if (d < bestD) { bestD = d; best = o; }
        }
        return bestD <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** One load: the file, its tree and the problems found so far. */
    private static final class Run {
        final Path file;
        final String shown;
        final List<Problem> problems = new ArrayList<>();
        YamlTree tree;
        Scenario base;

        Run(Path file) {
            this.file = file;
            this.shown = file.toString();
        }

        Study load() throws ConfigException {
            tree = YamlTree.parse(file, shown, problems);
            if (tree == null) throw new ConfigException(problems);
            if (!(tree.root() instanceof MappingNode top)) {
                problems.add(new Problem(shown, 1, 1, "file", tree.root() == null ? "empty study file"
                        : "a study file must be a map of keys, got " + YamlTree.kind(tree.root())));
                throw new ConfigException(problems);
            }
            for (YamlTree.Entry e : tree.entries(top))
                if (!TOP_KEYS.contains(e.key())) unknown(e, TOP_KEYS, "study key");

            String defaultName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            String name = text(top, "name", defaultName);
            if (!NAME.matcher(name).matches() || name.length() > ScenarioLoader.MAX_NAME_LENGTH)
                nameProblem(entry(top, "name"), "use letters, digits, '.', '_' or '-', at most "
                        + ScenarioLoader.MAX_NAME_LENGTH + " characters (it names the output folder)");
            String description = text(top, "description", "");
            int replicates = (int) integer(top, "replicates", DEFAULT_REPLICATES, 1, MAX_REPLICATES);
            long seed = integer(top, "seed", DEFAULT_SEED, 0, 9e15);
            Long days = entry(top, "days") != null ? integer(top, "days", 366, 1, 36500) : null;

            Path scenarioFile = null;
            YamlTree.Entry sc = entry(top, "scenario");
            if (sc == null) problems.add(new Problem(shown, 1, 1, "scenario", "missing: the base scenario file"));
            else if (!(tree.scalar(scalarOrNull(sc.value())) instanceof String p)) at(sc, "expected a file path");
            else {
                // kept relative as the user wrote the study path, so reports and shard manifests match across machines
                scenarioFile = file.resolveSibling(p).normalize();
                if (!Files.isRegularFile(scenarioFile)) at(sc, "no such scenario file: " + scenarioFile);
                else {
                    try {
                        base = ScenarioLoader.load(scenarioFile);
                    } catch (ConfigException e) {
                        problems.addAll(e.problems()); // at the scenario file's own positions
                    }
                }
            }

            Map<String, Map<String, Object>> overrides = new LinkedHashMap<>();
            Map<String, String> origins = new LinkedHashMap<>();
            YamlTree.Entry pol = entry(top, "policies");
            if (pol == null) problems.add(new Problem(shown, 1, 1, "policies", "missing: at least one policy"));
            else if (!(pol.value() instanceof MappingNode pm) || pm.getValue().isEmpty())
                at(pol, "expected a map of policy names to overrides, e.g. no-scheme: {}");
            else
                for (YamlTree.Entry e : tree.entries(pm)) {
                    if (!NAME.matcher(e.key()).matches()) {
                        at(e, "policy name: use letters, digits, '.', '_' or '-'");
                        continue;
                    }
                    overrides.put(e.key(), overrides(e));
                    origins.put(e.key(), "policy");
                    definedAt.put(e.key(), e);
                }

            YamlTree.Entry sw = entry(top, "sweeps");
            if (sw != null) {
                if (!(sw.value() instanceof MappingNode sm)) at(sw, "expected a map of sweep names to grid: or latin_hypercube:");
                else for (YamlTree.Entry e : tree.entries(sm)) sweep(e, seed, overrides, origins);
            }

            if (overrides.size() > MAX_POLICIES)
                problems.add(new Problem(shown, 1, 1, "policies", overrides.size() + " policies with the sweeps; at most " + MAX_POLICIES));

            String baseline = null;
            YamlTree.Entry bl = entry(top, "baseline");
            if (bl == null) problems.add(new Problem(shown, 1, 1, "baseline", "missing: the policy the others are compared with"));
            else if (!(tree.scalar(scalarOrNull(bl.value())) instanceof String b)) at(bl, "expected a policy name");
            else if (!overrides.containsKey(b)) {
                String sug = closest(b, overrides.keySet());
                at(bl, "'" + b + "' is not one of the policies" + (sug == null ? "" : " (did you mean '" + sug + "'?)"));
            } else baseline = b;

            Uncertainties unc = null;
            YamlTree.Entry ue = entry(top, "uncertainties");
            if (ue != null) unc = uncertainties(ue, seed);
            List<Map<String, Object>> combos = List.of(Map.of());
            List<String> leverKeys = new ArrayList<>();
            YamlTree.Entry le = entry(top, "levers");
            if (le != null) {
                combos = grid(le);
                if (!combos.isEmpty()) {
                    leverKeys.addAll(combos.get(0).keySet());
                    checkGroups(new LinkedHashMap<>(combos.get(0)), le);
                }
                else combos = List.of(Map.of());
                if (unc != null)
                    for (String k : leverKeys) if (unc.keys().contains(k)) at(le, k + " is both a lever and an uncertainty; give it in one of them");
            }
            if (unc != null)
                for (Map.Entry<String, Map<String, Object>> p : overrides.entrySet())
                    for (String k : p.getValue().keySet())
                        if (unc.keys().contains(k))
                            at(definedAt.get(p.getKey()), "policy " + p.getKey() + " sets " + k + ", an uncertainty of the study: "
                                    + "an uncertainty is sampled alike for every policy, so remove it from one of them");
            List<String> metrics = metrics(entry(top, "metrics"));
            Study.Posterior posterior = parameters(entry(top, "parameters"));
            int samples = unc == null ? 1 : unc.samples();
            long arms = (long) samples * (1 + (long) Math.max(0, overrides.size() - 1) * combos.size());
            if (arms > MAX_ARMS)
                problems.add(new Problem(shown, 1, 1, "levers", arms + " policy x lever x sample combinations; at most " + MAX_ARMS));
            if (!problems.isEmpty()) throw new ConfigException(sorted());

            List<String> factorKeys = new ArrayList<>(unc == null ? List.of() : unc.keys());
            factorKeys.addAll(leverKeys);
            List<Study.Policy> policies = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> e : overrides.entrySet()) {
                boolean isBase = e.getKey().equals(baseline);
                for (Map<String, Object> combo : isBase ? List.<Map<String, Object>>of(Map.of()) : combos)
                    for (int sm = 1; sm <= samples; sm++) {
                        Map<String, Object> factors = new LinkedHashMap<>(unc == null ? Map.of() : unc.points().get(sm - 1));
                        factors.putAll(combo);
                        Map<String, Object> all = new LinkedHashMap<>(e.getValue());
                        all.putAll(factors);
                        Scenario s = base.withHeld(all, changes.getOrDefault(e.getKey(), List.of()));
                        if (days != null) s = s.with(Map.of("days", days));
                        String group = isBase || combo.isEmpty() ? e.getKey() : e.getKey() + " " + leverLabel(combo, leverKeys);
                        Map<String, Object> shownOverrides = new LinkedHashMap<>(e.getValue());
                        for (channelsim.config.TimedChange c : changes.getOrDefault(e.getKey(), List.of()))
                            shownOverrides.put("timeline " + c.date() + " " + c.key(), c.value());
                        policies.add(new Study.Policy(policies.size(), e.getKey(), origins.get(e.getKey()), shownOverrides,
                                s.named(e.getKey()), unc == null && leverKeys.isEmpty() ? 0 : sm, factors, group, all.keySet()));
                    }
            }
            Map<String, Map<String, Object>> checked = new LinkedHashMap<>(overrides);
            if (!factorKeys.isEmpty()) {
                Map<String, Object> f = new LinkedHashMap<>();
                for (String k : factorKeys) f.put(k, 0);
                checked.put("(uncertainties and levers)", f);
            }
            return new Study(name, description, file, scenarioFile, replicates, seed, baseline, policies, metrics, notes(checked), factorKeys, posterior);
        }

        /** {@code parameters: {posterior: FILE, draws: N}}: run every policy over N draws of a calibration's posterior. */
        private Study.Posterior parameters(YamlTree.Entry e) {
            if (e == null) return null;
            if (!(e.value() instanceof MappingNode m)) {
                at(e, "expected {posterior: FILE, draws: N}");
                return null;
            }
            for (YamlTree.Entry k : tree.entries(m))
                if (!List.of("posterior", "draws").contains(k.key())) unknown(k, List.of("posterior", "draws"), "parameters key");
            int draws = (int) integer(m, "draws", DEFAULT_DRAWS, 1, 100_000);
            YamlTree.Entry pe = entry(m, "posterior");
            if (pe == null) {
                at(e, "missing posterior: the file calibrate --posterior wrote");
                return null;
            }
            if (!(tree.scalar(scalarOrNull(pe.value())) instanceof String f)) {
                at(pe, "expected a file path");
                return null;
            }
            Path pf = posteriorFile(file, f);
            if (!Files.isRegularFile(pf)) {
                at(pe, "no such posterior file: " + f + " (looked beside the study file, in the current folder and in the ChannelSim folder: "
                        + String.join(", ", posteriorCandidates(file, f).stream().map(Path::toString).toList()) + ")");
                return null;
            }
            try {
                return Study.Posterior.of(channelsim.config.PosteriorSample.read(pf), draws);
            } catch (ConfigException ce) {
                problems.addAll(ce.problems());
                return null;
            }
        }

        /** The places a study's relative posterior path may mean, in the order they are tried. */
        static List<Path> posteriorCandidates(Path study, String f) {
            Path p = Path.of(f);
            if (p.isAbsolute()) return List.of(p.normalize());
            List<Path> out = new ArrayList<>();
            // beside the study file first (a study and its posterior kept together), then the current folder and
            // the ChannelSim folder (the launcher's): a shipped study copied elsewhere still finds the shipped posterior
            out.add(study.toAbsolutePath().resolveSibling(f).normalize());
            out.add(Path.of("").toAbsolutePath().resolve(f).normalize());
            String home = System.getProperty("channelsim.home");
            if (home != null && !home.isBlank()) out.add(Path.of(home).toAbsolutePath().resolve(f).normalize());
            return out.stream().distinct().toList();
        }

        static Path posteriorFile(Path study, String f) {
            List<Path> c = posteriorCandidates(study, f);
            for (Path p : c) if (Files.isRegularFile(p)) return p;
            return c.get(0);
        }

        /** "returns_per_week=500": each lever by the last part of its key, or the whole key where two share it. */
        private static String leverLabel(Map<String, Object> combo, List<String> keys) {
            List<String> parts = new ArrayList<>();
            for (String k : keys) {
                String shortKey = k.substring(k.lastIndexOf('.') + 1);
                long same = keys.stream().filter(o -> o.endsWith("." + shortKey) || o.equals(shortKey)).count();
                parts.add((same > 1 ? k : shortKey) + "=" + Study.valueText(combo.get(k)));
            }
            return String.join(" ", parts);
        }

        /**
         * {@code uncertainties: {method: lhs|sobol, samples: N, seed: S, parameters: {key: [low, high] | {uniform: [low, high]}
         * | {triangular: [low, mode, high]} | {normal: [mean, sd]}}}}: one design point per sample, mapped to each
         * parameter's distribution. The Latin hypercube is seeded from the study seed (or its own {@code seed}).
         */
        private Uncertainties uncertainties(YamlTree.Entry ue, long studySeed) {
            if (!(ue.value() instanceof MappingNode m)) {
                at(ue, "expected {method: lhs, samples: N, parameters: {key: [low, high], ...}}");
                return null;
            }
            for (YamlTree.Entry e : tree.entries(m)) if (!UNCERTAINTY_KEYS.contains(e.key())) unknown(e, UNCERTAINTY_KEYS, "uncertainties key");
            String method = text(m, "method", "lhs");
            if (!METHODS.contains(method)) {
                String sug = closest(method, METHODS);
                at(entry(m, "method"), "unknown method '" + method + "'; expected lhs or sobol" + (sug == null ? "" : " (did you mean '" + sug + "'?)"));
                return null;
            }
            if (entry(m, "samples") == null) at(ue, "missing samples: N");
            int samples = (int) integer(m, "samples", -1, 1, MAX_ARMS);
            long seed = integer(m, "seed", studySeed, 0, 9e15);
            YamlTree.Entry pe = entry(m, "parameters");
            if (pe == null || !(pe.value() instanceof MappingNode pm) || pm.getValue().isEmpty()) {
                at(pe == null ? ue : pe, "expected parameters: {key: [low, high], ...}");
                return null;
            }
            List<String> keys = new ArrayList<>();
            List<Uncertainties.Distribution> dists = new ArrayList<>();
            List<YamlTree.Entry> where = new ArrayList<>();
            for (YamlTree.Entry e : tree.entries(pm)) {
                ParamSpec spec = numericSpec(e, "uncertainties");
                if (spec == null) continue;
                Uncertainties.Distribution d = distribution(e, spec);
                if (d == null) continue;
                keys.add(e.key());
                dists.add(d);
                where.add(e);
            }
            if (samples < 1 || keys.isEmpty()) return null;
            double[][] u = method.equals("sobol") ? Designs.sobol(samples, keys.size())
                    : Designs.latinHypercube(samples, keys.size(), new SplitMix64(Seeds.mix(seed ^ Seeds.mix("uncertainties".hashCode()))));
            List<Map<String, Object>> points = new ArrayList<>();
            for (double[] x : u) points.add(values(keys, x, dists, where));
            return new Uncertainties(method, keys, points);
        }

        /** One design point as validated parameter values: integers rounded, numbers to 6 significant digits. */
        private Map<String, Object> values(List<String> keys, double[] x, List<Uncertainties.Distribution> dists, List<YamlTree.Entry> where) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                ParamSpec spec = ParameterRegistry.find(keys.get(k));
                double v = dists.get(k).at(x[k]);
                Object raw = spec.type() == ParamType.INTEGER ? (Object) Math.round(v) : (Object) Double.parseDouble(Num.sig(v, 6));
                Node at = where.get(k).keyNode();
                Object c = ScenarioLoader.convertValue(keys.get(k), raw, shown, YamlTree.line(at), YamlTree.column(at), problems);
                if (c != null) p.put(keys.get(k), c);
            }
            return p;
        }

        /** A numeric, known, study-variable parameter, or null (with a problem). */
        private ParamSpec numericSpec(YamlTree.Entry e, String what) {
            ParamSpec spec = ParameterRegistry.find(e.key());
            if (spec == null) {
                problems.add(tree.problem(e.keyNode(), e.key(), ScenarioLoader.unknownKeyMessage(e.key())));
                return null;
            }
            if (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER) {
                at(e, what + " needs numeric parameters; this one is " + spec.type().label());
                return null;
            }
            if (STUDY_LEVEL.contains(e.key())) {
                at(e, e.key() + " is set for the whole study, not sampled");
                return null;
            }
            if (e.key().startsWith("migrants.groups.") && base != null) {
                Map<String, Object> probe = new LinkedHashMap<>();
                probe.put(e.key(), 0.0);
                checkGroups(probe, e);
                if (probe.isEmpty()) return null;
            }
            return spec;
        }

        /** [low, high], or a one-key map naming the distribution and its numbers, checked against the parameter's range. */
        private Uncertainties.Distribution distribution(YamlTree.Entry e, ParamSpec spec) {
            String kind = "uniform";
            Node list = e.value();
            if (e.value() instanceof MappingNode dm) {
                List<YamlTree.Entry> es = tree.entries(dm);
                if (es.size() != 1 || !Uncertainties.Distribution.KINDS.contains(es.get(0).key())) {
                    at(e, "expected [low, high] or one of {uniform: [low, high]}, {triangular: [low, mode, high]}, {normal: [mean, sd]}");
                    return null;
                }
                kind = es.get(0).key();
                list = es.get(0).value();
            }
            int want = kind.equals("triangular") ? 3 : 2;
            double[] p = new double[want];
            if (!(list instanceof SequenceNode l) || l.getValue().size() != want) {
                at(e, kind + " expects " + (want == 3 ? "[low, mode, high]" : kind.equals("normal") ? "[mean, sd]" : "[low, high]"));
                return null;
            }
            for (int i = 0; i < want; i++) {
                Node n = l.getValue().get(i);
                if (!(tree.scalar(scalarOrNull(n)) instanceof Number x)) {
                    problems.add(tree.problem(n, e.key(), "expected a number"));
                    return null;
                }
                p[i] = x.doubleValue();
                boolean isSd = kind.equals("normal") && i == 1;
                if (!isSd && (p[i] < spec.min() || p[i] > spec.max())) {
                    problems.add(tree.problem(n, e.key(), Num.sig(p[i], 6) + " is outside the parameter's range " + spec.rangeText()));
                    return null;
                }
            }
            if (kind.equals("normal") ? !(p[1] > 0) : (p[0] > p[want - 1] || (want == 3 && (p[1] < p[0] || p[1] > p[2])))) {
                at(e, kind.equals("normal") ? "the sd must be above 0" : want == 3 ? "expected low <= mode <= high" : "low is above high");
                return null;
            }
            return new Uncertainties.Distribution(kind, p, spec.min(), spec.max());
        }

        /** Overrides that the base scenario's timeline sets again later: the override holds only until then. */
        private List<String> notes(Map<String, Map<String, Object>> overrides) {
            List<String> notes = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> p : overrides.entrySet())
                for (String k : p.getValue().keySet())
                    for (channelsim.config.TimedChange t : base.timeline())
                        if (t.key().equals(k)) {
                            YamlTree.Entry at = definedAt.get(p.getKey());
                            String who = at == null ? "the study's uncertainties or levers set this" : "policy " + p.getKey() + " sets this";
                            notes.add((at == null ? new Problem(shown, 1, 1, k, "") : tree.problem(at.keyNode(), k, "")).toString()
                                    + "note: " + who + " for the whole horizon; the base scenario's timeline change to " + t.value() + " on " + t.date()
                                    + " is not applied to it (to change it on a date, give the policy its own timeline: [{date: ..., set: {...}}])");
                            break;
                        }
            return notes;
        }

        /** A policy's overrides, read like scenario settings (nested maps or dotted keys). */
        /** Where each policy was defined (the policy's or the sweep's key), for notes. */
        final Map<String, YamlTree.Entry> definedAt = new LinkedHashMap<>();
        /** Each policy's own dated changes ({@code timeline:} under the policy). */
        final Map<String, List<channelsim.config.TimedChange>> changes = new LinkedHashMap<>();

        Map<String, Object> overrides(YamlTree.Entry policy) {
            Node v = policy.value();
            if (YamlTree.isScalar(v) && tree.scalar(v) == null) return new LinkedHashMap<>(); // "name:" alone
            if (!(v instanceof MappingNode m)) {
                at(policy, "expected a map of parameter overrides, e.g. {policies.return_all.enabled: true}");
                return new LinkedHashMap<>();
            }
            List<org.yaml.snakeyaml.nodes.NodeTuple> settings = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                YamlTree.Entry e = tree.entries(new MappingNode(m.getTag(), List.of(t), m.getFlowStyle())).get(0);
                if (e.key().equals("timeline")) {
                    // the policy's own dated changes, e.g. returns scaled up on a date
                    List<channelsim.config.TimedChange> own = ScenarioLoader.readTimeline(tree, e, problems);
                    for (channelsim.config.TimedChange c : own)
                        if (STUDY_LEVEL.contains(c.key())) at(e, c.key() + " cannot change on a date in a study");
                    changes.put(policy.key(), own);
                    continue;
                }
                if (STUDY_LEVEL.contains(e.key()) && !e.key().equals("name"))
                    at(e, e.key() + " is the same for every policy of a study: set it at the top level (seed, days) or in the base scenario");
                settings.add(t);
            }
            Map<String, Object> out = new LinkedHashMap<>(ScenarioLoader.readSettings(tree,
                    new MappingNode(m.getTag(), settings, m.getFlowStyle()), problems));
            out.keySet().removeAll(STUDY_LEVEL);
            checkGroups(out, policy);
            return out;
        }

        /** Group overrides must name a group of the base scenario. */
        private void checkGroups(Map<String, Object> values, YamlTree.Entry where) {
            if (base == null) return;
            List<String> names = new ArrayList<>();
            for (GroupSpec g : base.groups()) names.add(g.name());
            for (String k : List.copyOf(values.keySet())) {
                if (!k.startsWith("migrants.groups.")) continue;
                String g = k.split("\\.")[2];
                if (names.contains(g)) continue;
                String sug = closest(g, names);
                problems.add(tree.problem(where.keyNode(), k, "no group '" + g + "' in the base scenario (groups: "
                        + String.join(", ", names) + ")" + (sug == null ? "" : "; did you mean '" + sug + "'?")));
                values.remove(k);
            }
        }

        private void sweep(YamlTree.Entry sweep, long seed, Map<String, Map<String, Object>> overrides, Map<String, String> origins) {
            if (!NAME.matcher(sweep.key()).matches()) {
                at(sweep, "sweep name: use letters, digits, '.', '_' or '-'");
                return;
            }
            if (!(sweep.value() instanceof MappingNode m)) {
                at(sweep, "expected a map with grid: or latin_hypercube:");
                return;
            }
            for (YamlTree.Entry e : tree.entries(m)) if (!SWEEP_KEYS.contains(e.key())) unknown(e, SWEEP_KEYS, "sweep key");
            Map<String, Object> start = new LinkedHashMap<>();
            List<channelsim.config.TimedChange> baseChanges = List.of();
            YamlTree.Entry b = entry(m, "base");
            if (b != null) {
                if (tree.scalar(scalarOrNull(b.value())) instanceof String n && overrides.containsKey(n)) {
                    start.putAll(overrides.get(n));
                    baseChanges = changes.getOrDefault(n, List.of());
                }
                else at(b, "expected the name of a policy listed under policies:");
            }
            YamlTree.Entry grid = entry(m, "grid"), lhs = entry(m, "latin_hypercube");
            if ((grid == null) == (lhs == null)) {
                at(sweep, "give exactly one of grid: or latin_hypercube:");
                return;
            }
            List<Map<String, Object>> points = grid != null ? grid(grid) : latinHypercube(lhs, seed, sweep.key());
            for (int i = 0; i < points.size(); i++) {
                String n = sweep.key() + "-" + (i + 1);
                if (overrides.containsKey(n)) {
                    at(sweep, "sweep policy " + n + " clashes with a policy of the same name");
                    continue;
                }
                Map<String, Object> o = new LinkedHashMap<>(start);
                o.putAll(points.get(i));
                checkGroups(o, sweep);
                overrides.put(n, o);
                changes.put(n, baseChanges);
                origins.put(n, "sweep " + sweep.key());
                definedAt.put(n, sweep);
            }
        }

        private static String gridSize(List<List<Object>> values) {
            List<String> n = new ArrayList<>();
            for (List<Object> v : values) n.add(String.valueOf(v.size()));
            return String.join(" x ", n) + " values";
        }

        /** Full factorial over the listed values; the last key varies fastest. */
        private List<Map<String, Object>> grid(YamlTree.Entry grid) {
            List<Map<String, Object>> points = new ArrayList<>();
            if (!(grid.value() instanceof MappingNode g) || g.getValue().isEmpty()) {
                at(grid, "expected a map of parameter keys to lists of values");
                return points;
            }
            List<String> keys = new ArrayList<>();
            List<List<Object>> values = new ArrayList<>();
            for (YamlTree.Entry e : tree.entries(g)) {
                if (STUDY_LEVEL.contains(e.key())) {
                    at(e, e.key() + " is set for the whole study, not swept");
                    continue;
                }
                if (!(e.value() instanceof SequenceNode l) || l.getValue().isEmpty()) {
                    at(e, "expected a non-empty list of values, e.g. [600, 900, 1200]");
                    continue;
                }
                List<Object> vs = new ArrayList<>();
                for (Node n : l.getValue()) {
                    if (!YamlTree.isScalar(n)) {
                        problems.add(tree.problem(n, e.key(), "expected a value, got " + YamlTree.kind(n)));
                        continue;
                    }
                    Object v = ScenarioLoader.convertValue(e.key(), tree.scalar(n), shown, YamlTree.line(n), YamlTree.column(n), problems);
                    if (v != null) vs.add(v);
                }
                keys.add(e.key());
                values.add(vs);
            }
            long total = 1; // capped as it grows: 16 keys of 16 values would overflow a long
            for (List<Object> v : values) total = Math.min(total * Math.max(1, v.size()), MAX_POLICIES + 1L);
            if (total > MAX_POLICIES) {
                at(grid, "the grid has more than " + MAX_POLICIES + " points (" + gridSize(values) + ")");
                return points;
            }
            points.add(new LinkedHashMap<>());
            for (int k = 0; k < keys.size(); k++) {
                List<Map<String, Object>> next = new ArrayList<>();
                for (Map<String, Object> p : points)
                    for (Object v : values.get(k)) {
                        Map<String, Object> q = new LinkedHashMap<>(p);
                        q.put(keys.get(k), v);
                        next.add(q);
                    }
                points = next;
            }
            return points;
        }

        /**
         * Latin hypercube: each parameter's range is cut into {@code samples} equal strata, each used exactly
         * once, in an order shuffled independently per parameter; a value is drawn uniformly inside its
         * stratum. The generator is seeded from the study seed and the sweep name, so the sample is fixed.
         */
        private List<Map<String, Object>> latinHypercube(YamlTree.Entry lhs, long seed, String sweepName) {
            List<Map<String, Object>> points = new ArrayList<>();
            if (!(lhs.value() instanceof MappingNode m)) {
                at(lhs, "expected {samples: N, ranges: {key: [low, high], ...}}");
                return points;
            }
            for (YamlTree.Entry e : tree.entries(m)) if (!LHS_KEYS.contains(e.key())) unknown(e, LHS_KEYS, "latin_hypercube key");
            if (entry(m, "samples") == null) at(lhs, "missing samples: N");
            int samples = (int) integer(m, "samples", -1, 1, MAX_POLICIES);
            YamlTree.Entry r = entry(m, "ranges");
            if (r == null || !(r.value() instanceof MappingNode rm) || rm.getValue().isEmpty()) {
                at(r == null ? lhs : r, "expected ranges: {key: [low, high], ...}");
                return points;
            }
            List<String> keys = new ArrayList<>();
            List<Uncertainties.Distribution> dists = new ArrayList<>();
            List<YamlTree.Entry> where = new ArrayList<>();
            for (YamlTree.Entry e : tree.entries(rm)) {
                ParamSpec spec = numericSpec(e, "latin_hypercube");
                if (spec == null) continue;
                if (!(e.value() instanceof SequenceNode)) {
                    at(e, "expected [low, high] numbers");
                    continue;
                }
                Uncertainties.Distribution d = distribution(e, spec);
                if (d == null) continue;
                keys.add(e.key());
                dists.add(d);
                where.add(e);
            }
            if (samples < 1 || keys.isEmpty()) return points;
            SplitMix64 rng = new SplitMix64(Seeds.mix(seed ^ Seeds.mix(sweepName.hashCode())));
            for (double[] x : Designs.latinHypercube(samples, keys.size(), rng)) points.add(values(keys, x, dists, where));
            return points;
        }

        private List<String> metrics(YamlTree.Entry e) {
            List<String> all = reportableMetrics();
            if (e == null) return all;
            if (!(e.value() instanceof SequenceNode l) || l.getValue().isEmpty()) {
                at(e, "expected a non-empty list of metric names, e.g. [arrivals, deaths]");
                return all;
            }
            Set<String> out = new LinkedHashSet<>();
            for (Node n : l.getValue()) {
                Object v = YamlTree.isScalar(n) ? tree.scalar(n) : null;
                if (v instanceof String m && all.contains(m)) {
                    if (!out.add(m)) problems.add(tree.problem(n, "metrics", "duplicate metric " + m));
                } else {
                    String w = YamlTree.isScalar(n) ? YamlTree.text(n) : YamlTree.kind(n);
                    String sug = closest(w, all);
                    problems.add(tree.problem(n, "metrics", "unknown metric '" + w + "'"
                            + (sug == null ? "" : " (did you mean '" + sug + "'?)")));
                }
            }
            return new ArrayList<>(out);
        }

        private String text(MappingNode m, String key, String dflt) {
            YamlTree.Entry e = entry(m, key);
            if (e == null) return dflt;
            if (!YamlTree.isScalar(e.value())) {
                at(e, "expected text, got " + YamlTree.kind(e.value()));
                return dflt;
            }
            Object v = tree.scalar(e.value());
            return v == null ? dflt : YamlTree.text(e.value());
        }

        private long integer(MappingNode m, String key, long dflt, double min, double max) {
            YamlTree.Entry e = entry(m, key);
            if (e == null) return dflt;
            Object v = YamlTree.isScalar(e.value()) ? tree.scalar(e.value()) : null;
            if (!(v instanceof Long n)) {
                problems.add(tree.problem(e.value(), key, "expected a whole number, got "
                        + (YamlTree.isScalar(e.value()) ? "'" + YamlTree.text(e.value()) + "'" : YamlTree.kind(e.value()))));
                return dflt;
            }
            if (n < min || n > max) {
                problems.add(tree.problem(e.value(), key, n + " is out of range [" + Num.sig(min, 15) + ", " + Num.sig(max, 15) + "]"));
                return dflt;
            }
            return n;
        }

        private YamlTree.Entry entry(MappingNode m, String key) {
            for (YamlTree.Entry e : tree.entries(m)) if (e.key().equals(key)) return e;
            return null;
        }

        /** The node if it is a scalar, else a null-valued stand-in (so non-scalars fail type checks). */
        private Node scalarOrNull(Node n) {
            return YamlTree.isScalar(n) ? n : new org.yaml.snakeyaml.nodes.ScalarNode(
                    org.yaml.snakeyaml.nodes.Tag.NULL, "", n.getStartMark(), n.getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
        }

        /** Problems in reading order: the study file first, then other files, each by line and column. */
        private List<Problem> sorted() {
            List<Problem> l = new ArrayList<>(problems);
            l.sort(Comparator.comparing((Problem p) -> !p.file().equals(shown)).thenComparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            return l;
        }

        private void unknown(YamlTree.Entry e, List<String> allowed, String what) {
            String s = closest(e.key(), allowed);
            problems.add(tree.problem(e.keyNode(), e.key(), "unknown " + what
                    + (s == null ? "" : " (did you mean '" + s + "'?)") + "; expected one of " + String.join(", ", allowed)));
        }

        /** A bad study name, written in the file or taken from the file's name. */
        private void nameProblem(YamlTree.Entry e, String message) {
            if (e != null) at(e, message);
            else problems.add(new Problem(shown, 1, 1, "name", "the file name gives the study name: " + message + "; or set name:"));
        }

        private void at(YamlTree.Entry e, String message) {
            problems.add(tree.problem(e.keyNode(), e.key(), message));
        }
    }
}
