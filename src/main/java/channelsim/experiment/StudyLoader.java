package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.GroupSpec;
import channelsim.config.ParamSpec;
import channelsim.config.ParamType;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.experiment.YamlNodes.YEntry;
import channelsim.experiment.YamlNodes.YList;
import channelsim.experiment.YamlNodes.YMap;
import channelsim.experiment.YamlNodes.YNode;
import channelsim.experiment.YamlNodes.YScalar;
import channelsim.model.Metric;
import channelsim.output.Num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a study file. Every problem is collected (with file:line:column) and reported at
 * once in a {@link ConfigException}; nothing is run from a study with problems.
 */
public final class StudyLoader {
    static final List<String> TOP_KEYS = List.of(
            "name", "description", "scenario", "replicates", "seed", "days", "baseline", "policies", "sweeps", "metrics");
    static final List<String> SWEEP_KEYS = List.of("base", "grid", "latin_hypercube");
    static final List<String> LHS_KEYS = List.of("samples", "ranges");
    /** Totals a study can report besides the daily metrics (see RunResult.totalsOf). */
    static final List<String> EXTRA_TOTALS = List.of("prevention_rate", "busiest_day", "crossing_days");
    public static final int DEFAULT_REPLICATES = 20;
    public static final long DEFAULT_SEED = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Keys a policy may not change: the study sets them for every policy alike. */
    private static final Set<String> STUDY_LEVEL = Set.of("seed", "days", "name");

    private StudyLoader() {}

    public static Study load(Path file) throws ConfigException, IOException {
        return new StudyLoader.Run(file).load();
    }

    /** Names a study's {@code metrics:} list may use. */
    public static List<String> reportableMetrics() {
        List<String> l = new ArrayList<>();
        for (Metric m : Metric.values()) l.add(m.column);
        l.addAll(EXTRA_TOTALS);
        return l;
    }

    /** One load: the file, its shown name and the problems found so far. */
    private static final class Run {
        final Path file;
        final String shown;
        final List<Problem> problems = new ArrayList<>();
        Scenario base;

        Run(Path file) {
            this.file = file;
            this.shown = file.toString();
        }

        Study load() throws ConfigException, IOException {
            if (!Files.isRegularFile(file))
                throw new ConfigException(new Problem(shown, 1, 1, "", "no such study file"));
            YNode root = YamlNodes.parse(file, shown, problems);
            if (root == null) throw new ConfigException(problems);
            if (!(root instanceof YMap top)) {
                problems.add(new Problem(shown, root.line(), root.col(), "", "a study file must be a mapping of keys"));
                throw new ConfigException(problems);
            }
            for (YEntry e : top.entries().values())
                if (!TOP_KEYS.contains(e.key())) unknown(e, TOP_KEYS, "study key");

            String defaultName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            String name = text(top, "name", defaultName);
            if (!NAME.matcher(name).matches())
                at(top.entries().get("name"), "use letters, digits, '.', '_' or '-' (it names the output folder)");
            String description = text(top, "description", "");
            int replicates = (int) integer(top, "replicates", DEFAULT_REPLICATES, 1, 1_000_000);
            long seed = integer(top, "seed", DEFAULT_SEED, 0, 9e15);
            Long days = top.entries().containsKey("days") ? integer(top, "days", 366, 1, 36500) : null;

            Path scenarioFile = null;
            YEntry sc = top.entries().get("scenario");
            if (sc == null) problems.add(new Problem(shown, 1, 1, "scenario", "missing: the base scenario file"));
            else if (!(sc.value() instanceof YScalar s) || !(s.value() instanceof String p))
                at(sc, "expected a file path");
            else {
                Path parent = file.toAbsolutePath().getParent();
                scenarioFile = parent.resolve(p).normalize();
                if (!Files.isRegularFile(scenarioFile))
                    at(sc, "no such scenario file: " + scenarioFile);
                else {
                    // base scenario problems carry the scenario file's own positions
                    base = ScenarioBridge.loadScenario(scenarioFile, scenarioFile.toString(), problems);
                }
            }

            Map<String, Map<String, Object>> overrides = new LinkedHashMap<>();
            Map<String, String> origins = new LinkedHashMap<>();
            YEntry pol = top.entries().get("policies");
            if (pol == null) problems.add(new Problem(shown, 1, 1, "policies", "missing: at least one policy"));
            else if (!(pol.value() instanceof YMap pm) || pm.entries().isEmpty())
                at(pol, "expected a mapping of policy names to overrides, e.g. no-scheme: {}");
            else
                for (YEntry e : pm.entries().values()) {
                    if (!NAME.matcher(e.key()).matches()) {
                        at(e, "policy name: use letters, digits, '.', '_' or '-'");
                        continue;
                    }
                    overrides.put(e.key(), overrides(e));
                    origins.put(e.key(), "policy");
                }

            YEntry sw = top.entries().get("sweeps");
            if (sw != null) {
                if (!(sw.value() instanceof YMap sm)) at(sw, "expected a mapping of sweep names to grid or latin_hypercube");
                else for (YEntry e : sm.entries().values()) sweep(e, seed, overrides, origins);
            }

            String baseline = null;
            YEntry bl = top.entries().get("baseline");
            if (bl == null) problems.add(new Problem(shown, 1, 1, "baseline", "missing: the policy others are compared with"));
            else if (!(bl.value() instanceof YScalar s) || !(s.value() instanceof String b)) at(bl, "expected a policy name");
            else if (!overrides.containsKey(b)) {
                String sug = ScenarioBridge.suggest(b, overrides.keySet());
                at(bl, "\"" + b + "\" is not one of the policies" + (sug == null ? "" : "; did you mean " + sug + "?"));
            } else baseline = b;

            List<String> metrics = metrics(top.entries().get("metrics"));
            if (!problems.isEmpty()) throw new ConfigException(sorted());

            List<Study.Policy> policies = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> e : overrides.entrySet()) {
                Map<String, Object> o = new LinkedHashMap<>(e.getValue());
                Scenario s = base.with(o);
                if (days != null) s = s.with(Map.of("days", days));
                policies.add(new Study.Policy(policies.size(), e.getKey(), origins.get(e.getKey()), e.getValue(), s.named(e.getKey())));
            }
            return new Study(name, description, file, scenarioFile, replicates, seed, baseline, policies, metrics);
        }

        /** A policy's overrides: dotted keys (nested mappings are flattened), each validated like a scenario value. */
        Map<String, Object> overrides(YEntry policy) {
            Map<String, Object> out = new LinkedHashMap<>();
            YNode v = policy.value();
            if (v instanceof YScalar s && s.value() == null) return out; // "name:" with nothing = no overrides
            if (!(v instanceof YMap m)) {
                at(policy, "expected a mapping of parameter overrides, e.g. {policies.return_all.enabled: true}");
                return out;
            }
            flatten("", m, out);
            return out;
        }

        private void flatten(String prefix, YMap m, Map<String, Object> out) {
            for (YEntry e : m.entries().values()) {
                String key = prefix + e.key();
                if (e.value() instanceof YMap sub && ParameterRegistry.find(key) == null) {
                    flatten(key + ".", sub, out);
                    continue;
                }
                Object v = value(key, e);
                if (v != null) out.put(key, v);
            }
        }

        /** Validates one override at its own position; null (with a problem recorded) if bad. */
        private Object value(String key, YEntry e) {
            if (STUDY_LEVEL.contains(key)) {
                at(e, key + " is set for the whole study (top level), not per policy");
                return null;
            }
            if (!(e.value() instanceof YScalar s)) {
                problems.add(new Problem(shown, e.value().line(), e.value().col(), key, "expected a value, got " + e.value().kind()));
                return null;
            }
            return convert(key, s.value(), s.line(), s.col());
        }

        private Object convert(String key, Object raw, int line, int col) {
            Object v = ScenarioBridge.convertValue(key, raw, shown, line, col, problems);
            if (v != null && key.startsWith("migrants.groups.") && base != null) {
                String g = key.split("\\.")[2];
                boolean known = false;
                for (GroupSpec gs : base.groups()) known |= gs.name().equals(g);
                if (!known) {
                    List<String> names = new ArrayList<>();
                    for (GroupSpec gs : base.groups()) names.add(gs.name());
                    String sug = ScenarioBridge.suggest(g, names);
                    problems.add(new Problem(shown, line, col, key, "no origin group \"" + g + "\" in the base scenario"
                            + (sug == null ? "" : "; did you mean " + sug + "?")));
                    return null;
                }
            }
            return v;
        }

        private void sweep(YEntry sweep, long seed, Map<String, Map<String, Object>> overrides, Map<String, String> origins) {
            if (!NAME.matcher(sweep.key()).matches()) {
                at(sweep, "sweep name: use letters, digits, '.', '_' or '-'");
                return;
            }
            if (!(sweep.value() instanceof YMap m)) {
                at(sweep, "expected a mapping with grid: or latin_hypercube:");
                return;
            }
            for (YEntry e : m.entries().values()) if (!SWEEP_KEYS.contains(e.key())) unknown(e, SWEEP_KEYS, "sweep key");
            Map<String, Object> start = new LinkedHashMap<>();
            YEntry b = m.entries().get("base");
            if (b != null) {
                if (b.value() instanceof YScalar s && s.value() instanceof String n && overrides.containsKey(n))
                    start.putAll(overrides.get(n));
                else at(b, "expected the name of a policy listed above under policies:");
            }
            YEntry grid = m.entries().get("grid"), lhs = m.entries().get("latin_hypercube");
            if ((grid == null) == (lhs == null)) {
                at(sweep, "give exactly one of grid: or latin_hypercube:");
                return;
            }
            List<Map<String, Object>> points = grid != null ? grid(grid) : latinHypercube(lhs, seed, sweep.key());
            for (int i = 0; i < points.size(); i++) {
                String n = sweep.key() + "-" + (i + 1);
                if (overrides.containsKey(n)) {
                    at(sweep, "sweep policy name " + n + " clashes with a policy of the same name");
                    continue;
                }
                Map<String, Object> o = new LinkedHashMap<>(start);
                o.putAll(points.get(i));
                overrides.put(n, o);
                origins.put(n, "sweep " + sweep.key());
            }
        }

        /** Full factorial over listed values; the last key varies fastest. */
        private List<Map<String, Object>> grid(YEntry grid) {
            List<Map<String, Object>> points = new ArrayList<>();
            if (!(grid.value() instanceof YMap g) || g.entries().isEmpty()) {
                at(grid, "expected a mapping of parameter keys to lists of values");
                return points;
            }
            List<String> keys = new ArrayList<>();
            List<List<Object>> values = new ArrayList<>();
            for (YEntry e : g.entries().values()) {
                if (!(e.value() instanceof YList l) || l.items().isEmpty()) {
                    at(e, "expected a non-empty list of values, e.g. [600, 900, 1200]");
                    continue;
                }
                List<Object> vs = new ArrayList<>();
                for (YNode n : l.items()) {
                    if (!(n instanceof YScalar s)) {
                        problems.add(new Problem(shown, n.line(), n.col(), e.key(), "expected a value, got " + n.kind()));
                        continue;
                    }
                    if (STUDY_LEVEL.contains(e.key())) {
                        at(e, e.key() + " is set for the whole study, not swept");
                        break;
                    }
                    Object v = convert(e.key(), s.value(), s.line(), s.col());
                    if (v != null) vs.add(v);
                }
                keys.add(e.key());
                values.add(vs);
            }
            long total = 1;
            for (List<Object> v : values) total *= Math.max(1, v.size());
            if (total > 10_000) {
                at(grid, "the grid has " + total + " points; at most 10000");
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
         * Latin hypercube: for each parameter the range is cut into {@code samples} equal strata, each used
         * exactly once, in an order shuffled independently per parameter; a value is drawn uniformly inside
         * its stratum. The generator is seeded from the study seed and the sweep name, so the sample is fixed.
         */
        private List<Map<String, Object>> latinHypercube(YEntry lhs, long seed, String sweepName) {
            List<Map<String, Object>> points = new ArrayList<>();
            if (!(lhs.value() instanceof YMap m)) {
                at(lhs, "expected {samples: N, ranges: {key: [low, high], ...}}");
                return points;
            }
            for (YEntry e : m.entries().values()) if (!LHS_KEYS.contains(e.key())) unknown(e, LHS_KEYS, "latin_hypercube key");
            int samples = (int) integer(m, "samples", -1, 1, 10_000);
            YEntry r = m.entries().get("ranges");
            if (!m.entries().containsKey("samples")) at(lhs, "missing samples: N");
            if (r == null || !(r.value() instanceof YMap rm) || rm.entries().isEmpty()) {
                at(r == null ? lhs : r, "expected ranges: {key: [low, high], ...}");
                return points;
            }
            List<String> keys = new ArrayList<>();
            List<double[]> ranges = new ArrayList<>();
            for (YEntry e : rm.entries().values()) {
                ParamSpec spec = ParameterRegistry.find(e.key());
                if (spec == null) {
                    convert(e.key(), 0.0, e.line(), e.col()); // reports unknown key with a suggestion
                    continue;
                }
                if (spec.type() != ParamType.NUMBER && spec.type() != ParamType.INTEGER) {
                    at(e, "latin_hypercube needs numeric parameters; " + e.key() + " is " + spec.type().label());
                    continue;
                }
                if (STUDY_LEVEL.contains(e.key())) {
                    at(e, e.key() + " is set for the whole study, not swept");
                    continue;
                }
                if (!(e.value() instanceof YList l) || l.items().size() != 2
                        || !(l.items().get(0) instanceof YScalar lo) || !(l.items().get(1) instanceof YScalar hi)
                        || !(lo.value() instanceof Number a) || !(hi.value() instanceof Number bnum)) {
                    at(e, "expected [low, high] numbers");
                    continue;
                }
                int before = problems.size();
                convert(e.key(), a, lo.line(), lo.col());
                convert(e.key(), bnum, hi.line(), hi.col());
                if (problems.size() > before) continue;
                if (a.doubleValue() > bnum.doubleValue()) {
                    at(e, "low is above high");
                    continue;
                }
                keys.add(e.key());
                ranges.add(new double[]{a.doubleValue(), bnum.doubleValue()});
            }
            if (samples < 1 || keys.isEmpty()) return points;
            Seeds.SplitMix rng = new Seeds.SplitMix(Seeds.mix(seed ^ Seeds.mix(sweepName.hashCode())));
            double[][] x = new double[keys.size()][samples];
            for (int k = 0; k < keys.size(); k++) {
                int[] perm = new int[samples];
                for (int i = 0; i < samples; i++) perm[i] = i;
                for (int i = samples - 1; i > 0; i--) { // Fisher-Yates
                    int j = rng.nextInt(i + 1);
                    int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
                }
                double lo = ranges.get(k)[0], hi = ranges.get(k)[1];
                for (int i = 0; i < samples; i++) x[k][i] = lo + (perm[i] + rng.nextDouble()) / samples * (hi - lo);
            }
            for (int i = 0; i < samples; i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    ParamSpec spec = ParameterRegistry.find(keys.get(k));
                    // readable values: integers rounded, numbers to 6 significant digits
                    Object raw = spec.type() == ParamType.INTEGER ? (Object) Math.round(x[k][i])
                            : (Object) Double.parseDouble(Num.sig(x[k][i], 6));
                    YEntry where = ((YMap) r.value()).entries().get(keys.get(k));
                    Object v = convert(keys.get(k), raw, where.line(), where.col());
                    if (v != null) p.put(keys.get(k), v);
                }
                points.add(p);
            }
            return points;
        }

        private List<String> metrics(YEntry e) {
            List<String> all = reportableMetrics();
            if (e == null) return all;
            if (!(e.value() instanceof YList l) || l.items().isEmpty()) {
                at(e, "expected a non-empty list of metric names, e.g. [arrivals, deaths]");
                return all;
            }
            Set<String> out = new LinkedHashSet<>();
            for (YNode n : l.items()) {
                if (n instanceof YScalar s && s.value() instanceof String m && all.contains(m)) {
                    if (!out.add(m)) problems.add(new Problem(shown, n.line(), n.col(), "metrics", "duplicate metric " + m));
                } else {
                    String w = n instanceof YScalar s ? String.valueOf(s.value()) : n.kind();
                    String sug = ScenarioBridge.suggest(w, all);
                    problems.add(new Problem(shown, n.line(), n.col(), "metrics", "unknown metric " + w
                            + (sug == null ? "" : "; did you mean " + sug + "?")));
                }
            }
            return new ArrayList<>(out);
        }

        private String text(YMap m, String key, String dflt) {
            YEntry e = m.entries().get(key);
            if (e == null) return dflt;
            if (e.value() instanceof YScalar s && s.value() == null) return dflt;
            if (e.value() instanceof YScalar s && s.value() instanceof String t) return t;
            if (e.value() instanceof YScalar s) return s.text();
            at(e, "expected text, got " + e.value().kind());
            return dflt;
        }

        private long integer(YMap m, String key, long dflt, double min, double max) {
            YEntry e = m.entries().get(key);
            if (e == null) return dflt;
            if (!(e.value() instanceof YScalar s) || !(s.value() instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                problems.add(new Problem(shown, e.value().line(), e.value().col(), key, "expected an integer"));
                return dflt;
            }
            if (n.doubleValue() < min || n.doubleValue() > max) {
                problems.add(new Problem(shown, s.line(), s.col(), key, s.text() + " is outside [" + Num.exact(min) + ", " + Num.exact(max) + "]"));
                return dflt;
            }
            return n.longValue();
        }

        /** Problems in reading order: by file (the study first), then line and column. */
        private List<Problem> sorted() {
            List<Problem> l = new ArrayList<>(problems);
            l.sort(java.util.Comparator.comparing((Problem p) -> !p.file().equals(shown)).thenComparing(Problem::file)
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            return l;
        }

        private void unknown(YEntry e, List<String> allowed, String what) {
            String s = ScenarioBridge.suggest(e.key(), allowed);
            problems.add(new Problem(shown, e.line(), e.col(), e.key(), "unknown " + what
                    + (s == null ? "" : "; did you mean " + s + "?") + " (expected one of " + String.join(", ", allowed) + ")"));
        }

        private void at(YEntry e, String message) {
            problems.add(new Problem(shown, e.line(), e.col(), e.key(), message));
        }
    }
}
