package channelsim.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a scenario YAML file strictly: every key must be a {@link ParameterRegistry} key, every value
 * must have the key's type and range, and every problem is collected and thrown at once as a
 * {@link ConfigException} whose {@link Problem}s carry file, line and column.
 *
 * <p>File layout: nested maps mirroring the dotted keys (a key may also be written dotted, e.g.
 * {@code policies.one_in_one_out.enabled: true}), plus these special top-level keys:
 * <ul>
 * <li>{@code extends: PATH} — a parent scenario, relative to this file. The parent is loaded first and
 *     this file's values override it; chains are allowed, cycles are reported. {@code name} is never
 *     inherited (a child would otherwise write into its parent's output folder); a child's
 *     {@code timeline} is appended to its parent's.</li>
 * <li>{@code migrants.groups} — a map {@code name: {attr: value}} (or a list of maps with a
 *     {@code name}) that REPLACES the inherited or default groups; missing attributes take
 *     {@link ParameterRegistry#groupDefault}. A dotted key {@code migrants.groups.<name>.<attr>} instead
 *     changes one attribute of an existing group. Shares are normalised to sum to 1.</li>
 * <li>{@code timeline} — a list of {@code {date: YYYY-MM-DD, set: {key: value, ...}}} dated changes.</li>
 * </ul>
 * {@code --set key=value} overrides are applied after the files, each value parsed as a YAML scalar and
 * validated the same way; their problems are reported as {@code --set:<position>:1}.
 */
public final class ScenarioLoader {

    /** Keys that describe the run as a whole and cannot change on a date. */
    private static final Set<String> RUN_KEYS = Set.of("name", "description", "start", "days", "warmup_days", "seed", "scale");

    private static final Pattern GROUP_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private static final String GROUPS = "migrants.groups";

    /** Deepest chain of {@code extends:} files: far beyond real use, well short of exhausting the stack. */
    public static final int MAX_EXTENDS_DEPTH = 32;

    /** Longest scenario name: it names a folder, and file systems allow 255 bytes. */
    public static final int MAX_NAME_LENGTH = 100;

    /** Every proper prefix of a registry key ("policies", "policies.french_police", ...). */
    private static final Set<String> SECTIONS;

    /** What a did-you-mean can propose: concrete keys, sections and the special top-level keys. */
    private static final List<String> CANDIDATES;

    static {
        Set<String> sections = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>();
        for (ParamSpec p : ParameterRegistry.all()) {
            String k = p.key();
            for (int i = k.indexOf('.'); i > 0; i = k.indexOf('.', i + 1)) {
                String s = k.substring(0, i);
                if (!s.contains("*")) sections.add(s);
            }
            if (!p.isGroupTemplate()) candidates.add(k);
        }
        candidates.addAll(sections);
        candidates.add("extends");
        candidates.add("timeline");
        SECTIONS = Set.copyOf(sections);
        CANDIDATES = List.copyOf(candidates);
    }

    private ScenarioLoader() {}

    /** Loads a scenario file (and the files it extends). */
    public static Scenario load(Path file) throws ConfigException {
        return load(file, List.of(), Map.of());
    }

    /** Loads a scenario file, then applies {@code --set key=value} overrides in order. */
    public static Scenario load(Path file, List<String> sets) throws ConfigException {
        return load(file, sets, Map.of());
    }

    /**
     * Loads a scenario file, applies {@code --set} overrides, then command-line options that set a
     * parameter directly (e.g. {@code "seed" -> 7L} for {@code --seed 7}). Option values are validated like
     * file values and their problems are reported with file {@code --<key>}, line 1, column 1.
     *
     * @throws ConfigException with every problem found, if any
     */
    public static Scenario load(Path file, List<String> sets, Map<String, Object> options) throws ConfigException {
        return load(file, sets, options, new ArrayList<>());
    }

    /**
     * As {@link #load(Path, List, Map)}. A {@code --set} value holds for the whole run: the scenario's timeline
     * changes of that key are dropped, and {@code notes} gets one line for each (never silently lost).
     */
    public static Scenario load(Path file, List<String> sets, Map<String, Object> options, List<String> notes) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        List<Layer> chain = new ArrayList<>();
        String display = file.toString();
        loadChain(file, display, chain, new ArrayDeque<>(), problems);

        // Merge the chain, oldest ancestor first: later layers override earlier ones.
        Map<String, Located> values = new LinkedHashMap<>();
        List<Edit> groupEdits = new ArrayList<>();
        Map<String, Map<String, Double>> groupBlock = null;
        Located groupsAt = null;
        List<Timed> timeline = new ArrayList<>();
        for (Layer l : chain) {
            values.putAll(l.values);
            if (l.groups != null) {
                groupBlock = l.groups;
                groupsAt = l.groupsAt;
                groupEdits.clear(); // edits were meant for the groups being replaced
            }
            groupEdits.addAll(l.groupEdits);
            timeline.addAll(l.timeline);
        }
        Layer main = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        if (main != null && main.name != null) values.put("name", main.name);
        else values.remove("name");

        for (int i = 0; i < sets.size(); i++) {
            String a = sets.get(i);
            applySet(a, i + 1, values, groupEdits, problems);
            String k = a.indexOf('=') > 0 ? a.substring(0, a.indexOf('=')).trim() : a;
            for (java.util.Iterator<Timed> it = timeline.iterator(); it.hasNext(); ) {
                Timed t = it.next();
                if (!t.key.equals(k)) continue;
                it.remove();
                notes.add("note: --set " + a + " holds for the whole run; the scenario's timeline change of " + k + " to "
                        + describe(t.value.value) + " on " + t.date + " (" + t.value.file + ":" + t.value.line + ") is not applied");
            }
        }
        for (Map.Entry<String, Object> o : options.entrySet()) {
            String where = "--" + o.getKey();
            Object v = convertValue(o.getKey(), o.getValue(), where, 1, 1, problems);
            if (v != null) values.put(o.getKey(), new Located(v, where, 1, 1));
        }
        Located explicitName = values.get("name");
        if (explicitName != null) checkName((String) explicitName.value, explicitName, problems);

        List<GroupSpec> groups = resolveGroups(groupBlock, groupsAt, groupEdits, display, problems);
        List<TimedChange> changes = new ArrayList<>();
        Set<String> groupNames = new LinkedHashSet<>();
        for (GroupSpec g : groups) groupNames.add(g.name());
        for (Timed t : timeline) {
            if (isGroupKey(t.key) && !groupNames.contains(t.key.split("\\.")[2])) {
                problems.add(t.value.problem(t.key, noGroupMessage(t.key, groupNames)));
                continue;
            }
            changes.add(new TimedChange(t.date, t.key, t.value.value));
        }
        if (!problems.isEmpty()) throw new ConfigException(sorted(problems));

        Map<String, Object> all = new LinkedHashMap<>();
        for (ParamSpec p : ParameterRegistry.all()) if (!p.isGroupTemplate()) all.put(p.key(), p.defaultValue());
        for (Map.Entry<String, Located> e : values.entrySet()) all.put(e.getKey(), e.getValue().value);
        String name = values.containsKey("name") ? (String) values.get("name").value : baseName(file);
        all.put("name", name);
        return new Scenario(name, display, all, groups, changes);
    }

    /** Problems in reading order: files as first met, then by line and column (stable otherwise). */
    static List<Problem> sorted(List<Problem> problems) {
        Map<String, Integer> fileOrder = new LinkedHashMap<>();
        for (Problem p : problems) fileOrder.putIfAbsent(p.file(), fileOrder.size());
        List<Problem> out = new ArrayList<>(problems);
        out.sort(java.util.Comparator.<Problem>comparingInt(p -> fileOrder.get(p.file()))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    // ------------------------------------------------------------------ files and extends

    /** Parses {@code path} and its ancestors; appends their layers to {@code chain}, oldest first. */
    private static void loadChain(Path path, String display, List<Layer> chain, Deque<Path> stack, List<Problem> problems) {
        YamlTree tree = YamlTree.parse(path, display, problems);
        if (tree == null) return;
        Layer layer = new Layer();
        Node root = tree.root();
        if (root != null && !(root instanceof MappingNode)) {
            problems.add(tree.problem(root, "file", "expected a map of settings, got " + YamlTree.kind(root)));
            return;
        }
        stack.push(path.toAbsolutePath().normalize());
        if (root instanceof MappingNode m) {
            YamlTree.Entry ext = null;
            for (YamlTree.Entry e : tree.entries(m)) {
                switch (e.key()) {
                    case "extends" -> ext = e;
                    case "name" -> {
                        Object v = textValue("name", e.value(), tree, problems);
                        if (v != null) layer.name = at(tree, e.value(), v);
                    }
                    case "timeline" -> readTimeline(tree, e, layer.timeline, problems);
                    default -> walk(tree, e, "", layer, problems);
                }
            }
            if (ext != null) loadParent(path, tree, ext, chain, stack, problems);
        }
        stack.pop();
        chain.add(layer);
    }

    private static void loadParent(Path child, YamlTree tree, YamlTree.Entry ext, List<Layer> chain, Deque<Path> stack, List<Problem> problems) {
        Object v = YamlTree.isScalar(ext.value()) ? tree.scalar(ext.value()) : null;
        if (!(v instanceof String s) || s.isBlank()) {
            problems.add(tree.problem(ext.value(), "extends", "expected the path of a scenario file"));
            return;
        }
        Path dir = child.getParent();
        Path parent = (dir == null ? Path.of(s) : dir.resolve(s)).normalize();
        Path real = parent.toAbsolutePath().normalize();
        if (!Files.exists(parent)) {
            problems.add(tree.problem(ext.value(), "extends", "file not found: " + parent));
            return;
        }
        if (!Files.isRegularFile(parent)) {
            problems.add(tree.problem(ext.value(), "extends", "not a regular file: " + parent));
            return;
        }
        if (stack.size() >= MAX_EXTENDS_DEPTH) {
            problems.add(tree.problem(ext.value(), "extends", "more than " + MAX_EXTENDS_DEPTH + " files deep in extends: chains"));
            return;
        }
        if (stack.contains(real)) {
            StringBuilder cycle = new StringBuilder();
            List<Path> order = new ArrayList<>(stack);
            java.util.Collections.reverse(order);
            for (Path p : order) cycle.append(p.getFileName()).append(" -> ");
            cycle.append(real.getFileName());
            problems.add(tree.problem(ext.value(), "extends", "extends cycle: " + cycle));
            return;
        }
        loadChain(parent, parent.toString(), chain, stack, problems);
    }

    private static String baseName(Path file) {
        String n = file.getFileName() == null ? "scenario" : file.getFileName().toString();
        if (n.endsWith(".yaml")) return n.substring(0, n.length() - 5);
        if (n.endsWith(".yml")) return n.substring(0, n.length() - 4);
        return n;
    }

    private static void checkName(String name, Located at, List<Problem> problems) {
        if (name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.codePoints().anyMatch(Character::isISOControl) || name.length() > MAX_NAME_LENGTH)
            problems.add(at.problem("name", "'" + shorten(name) + "' cannot name the output folder runs/<name>/ "
                    + "(it must be non-empty, at most " + MAX_NAME_LENGTH + " characters, without / or \\ or control "
                    + "characters such as a newline, not starting with '.')"));
    }

    /** A user's text fit for a one-line message: control characters escaped, long text cut. */
    public static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return s.codePointCount(0, s.length()) > 60 ? b + "..." : b.toString();
    }

    // ------------------------------------------------------------------ walking a file

    /** Flattens one entry of a settings map into dotted keys, validating as it goes. */
    private static void walk(YamlTree tree, YamlTree.Entry e, String prefix, Layer layer, List<Problem> problems) {
        String key = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
        Node value = e.value();
        if (key.equals(GROUPS)) {
            if (layer.timedOnly) {
                problems.add(tree.problem(e.keyNode(), key, "groups cannot be replaced on a date; set migrants.groups.<name>.<attr>"));
                return;
            }
            readGroups(tree, value, layer, problems);
            return;
        }
        if (isGroupPath(key)) {
            String[] parts = key.split("\\.");
            if (parts.length == 3 && value instanceof MappingNode m) {
                for (YamlTree.Entry c : tree.entries(m)) walk(tree, c, key, layer, problems);
                return;
            }
            if (parts.length == 4 && ParameterRegistry.find(key) != null) {
                if (!GROUP_NAME.matcher(parts[2]).matches()) {
                    problems.add(tree.problem(e.keyNode(), key, groupNameMessage(parts[2])));
                    return;
                }
                Object v = leafValue(key, value, tree, problems);
                if (v != null) layer.groupEdits.add(new Edit(key, at(tree, value, v)));
                return;
            }
            problems.add(tree.problem(e.keyNode(), key, unknownKeyMessage(key)));
            return;
        }
        ParamSpec spec = ParameterRegistry.find(key);
        if (spec != null) {
            if (layer.timedOnly && RUN_KEYS.contains(key)) {
                problems.add(tree.problem(e.keyNode(), key, "cannot change during a run"));
                return;
            }
            Object v = spec.type() == ParamType.TEXT ? textValue(key, value, tree, problems) : leafValue(key, value, tree, problems);
            if (v != null) layer.values.put(key, at(tree, value, v));
            return;
        }
        if (SECTIONS.contains(key)) {
            if (value instanceof MappingNode m) {
                for (YamlTree.Entry c : tree.entries(m)) walk(tree, c, key, layer, problems);
            } else {
                problems.add(tree.problem(value, key, "is a section: expected a map of settings, got " + describeNode(tree, value)));
            }
            return;
        }
        problems.add(tree.problem(e.keyNode(), key, unknownKeyMessage(key)));
    }

    /** A validated scalar value for {@code key}, or null after adding a problem. */
    private static Object leafValue(String key, Node value, YamlTree tree, List<Problem> problems) {
        ParamSpec spec = ParameterRegistry.find(key);
        if (!YamlTree.isScalar(value)) {
            problems.add(tree.problem(value, key, "expected " + spec.type().label() + ", got " + YamlTree.kind(value)));
            return null;
        }
        return convertValue(key, tree.scalar(value), tree.file(), YamlTree.line(value), YamlTree.column(value), problems);
    }

    /** Text keys take the scalar as written (so {@code description: yes} stays "yes"). */
    private static Object textValue(String key, Node value, YamlTree tree, List<Problem> problems) {
        if (!YamlTree.isScalar(value)) {
            problems.add(tree.problem(value, key, "expected text, got " + YamlTree.kind(value)));
            return null;
        }
        Object raw = tree.scalar(value);
        return raw == null ? "" : YamlTree.text(value);
    }

    private static String describeNode(YamlTree tree, Node n) {
        return YamlTree.isScalar(n) ? describe(tree.scalar(n)) : YamlTree.kind(n);
    }

    private static void readGroups(YamlTree tree, Node value, Layer layer, List<Problem> problems) {
        Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
        if (value instanceof MappingNode m) {
            for (YamlTree.Entry g : tree.entries(m)) readGroup(tree, g.key(), g.keyNode(), g.value(), null, groups, problems);
        } else if (value instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (!(item instanceof MappingNode im)) {
                    problems.add(tree.problem(item, GROUPS, "expected a group {name: ..., share: ...}, got " + describeNode(tree, item)));
                    continue;
                }
                Node nameNode = tree.get(im, "name");
                Object n = nameNode != null && YamlTree.isScalar(nameNode) ? tree.scalar(nameNode) : null;
                if (!(n instanceof String name)) {
                    problems.add(tree.problem(nameNode != null ? nameNode : item, GROUPS, "each group in the list needs a name"));
                    continue;
                }
                readGroup(tree, name, nameNode, item, "name", groups, problems);
            }
        } else {
            problems.add(tree.problem(value, GROUPS, "expected a map of groups (name: {share: ..., ...}), got " + describeNode(tree, value)));
            return;
        }
        if (groups.isEmpty()) problems.add(tree.problem(value, GROUPS, "at least one group is needed"));
        if (groups.size() > ParameterRegistry.MAX_GROUPS)
            problems.add(tree.problem(value, GROUPS, groups.size() + " groups; at most " + ParameterRegistry.MAX_GROUPS));
        layer.groups = groups;
        layer.groupsAt = new Located(null, tree.file(), YamlTree.line(value), YamlTree.column(value));
    }

    private static void readGroup(YamlTree tree, String name, Node nameNode, Node attrs, String skip,
                                  Map<String, Map<String, Double>> groups, List<Problem> problems) {
        String gk = GROUPS + "." + name;
        if (!GROUP_NAME.matcher(name).matches()) {
            problems.add(tree.problem(nameNode, gk, groupNameMessage(name)));
            return;
        }
        if (groups.containsKey(name)) {
            problems.add(tree.problem(nameNode, gk, "duplicate group"));
            return;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        groups.put(name, values);
        if (YamlTree.isScalar(attrs) && tree.scalar(attrs) == null) return; // "afghan:" alone keeps defaults
        if (!(attrs instanceof MappingNode m)) {
            problems.add(tree.problem(attrs, gk, "expected a map of attributes (" + String.join(", ", ParameterRegistry.GROUP_ATTRIBUTES) + "), got " + describeNode(tree, attrs)));
            return;
        }
        for (YamlTree.Entry a : tree.entries(m)) {
            if (a.key().equals(skip)) continue;
            String key = gk + "." + a.key();
            if (!ParameterRegistry.GROUP_ATTRIBUTES.contains(a.key())) {
                problems.add(tree.problem(a.keyNode(), key, unknownKeyMessage(key)));
                continue;
            }
            Object v = leafValue(key, a.value(), tree, problems);
            if (v != null) values.put(a.key(), (Double) v);
        }
    }

    /** A {@code timeline:} list of dated changes outside a scenario file (a study policy's own), validated like one. */
    public static List<TimedChange> readTimeline(YamlTree tree, YamlTree.Entry e, List<Problem> problems) {
        List<Timed> l = new ArrayList<>();
        readTimeline(tree, e, l, problems);
        List<TimedChange> out = new ArrayList<>();
        for (Timed t : l) out.add(new TimedChange(t.date, t.key, t.value.value));
        return out;
    }

    private static void readTimeline(YamlTree tree, YamlTree.Entry e, List<Timed> out, List<Problem> problems) {
        if (!(e.value() instanceof SequenceNode s)) {
            problems.add(tree.problem(e.value(), "timeline", "expected a list of {date: YYYY-MM-DD, set: {key: value}}, got " + describeNode(tree, e.value())));
            return;
        }
        for (Node item : s.getValue()) {
            if (!(item instanceof MappingNode m)) {
                problems.add(tree.problem(item, "timeline", "expected {date: YYYY-MM-DD, set: {key: value}}, got " + describeNode(tree, item)));
                continue;
            }
            LocalDate date = null;
            boolean hasDate = false;
            Node set = null;
            for (YamlTree.Entry f : tree.entries(m)) {
                switch (f.key()) {
                    case "date" -> {
                        hasDate = true;
                        Object d = YamlTree.isScalar(f.value()) ? tree.scalar(f.value()) : null;
                        if (d instanceof LocalDate ld) date = ld;
                        else problems.add(tree.problem(f.value(), "timeline.date", "expected a date YYYY-MM-DD, got " + describeNode(tree, f.value())));
                    }
                    case "set" -> set = f.value();
                    default -> {
                        String hint = closest(f.key(), List.of("date", "set"));
                        problems.add(tree.problem(f.keyNode(), "timeline." + f.key(), "unknown key" + (hint == null ? " (expected date and set)" : " (did you mean '" + hint + "'?)")));
                    }
                }
            }
            if (!hasDate) problems.add(tree.problem(item, "timeline", "missing date"));
            if (set == null) {
                problems.add(tree.problem(item, "timeline", "missing set: {key: value}"));
                continue;
            }
            if (!(set instanceof MappingNode sm)) {
                problems.add(tree.problem(set, "timeline.set", "expected a map of key: value, got " + describeNode(tree, set)));
                continue;
            }
            Layer changes = new Layer();
            changes.timedOnly = true;
            for (YamlTree.Entry c : tree.entries(sm)) {
                if (c.key().equals("extends") || c.key().equals("timeline")) {
                    problems.add(tree.problem(c.keyNode(), c.key(), "not allowed in a timeline change"));
                    continue;
                }
                walk(tree, c, "", changes, problems);
            }
            if (date == null) continue;
            for (Map.Entry<String, Located> v : changes.values.entrySet()) out.add(new Timed(date, v.getKey(), v.getValue()));
            for (Edit g : changes.groupEdits) out.add(new Timed(date, g.key, g.value));
        }
    }

    // ------------------------------------------------------------------ --set

    private static void applySet(String assignment, int position, Map<String, Located> values, List<Edit> groupEdits, List<Problem> problems) {
        final String where = "--set";
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(where, position, 1, "set", "expected key=value, got '" + assignment + "'"));
            return;
        }
        String key = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1);
        Located at = new Located(null, where, position, 1);
        if (key.equals(GROUPS) || key.equals("extends") || key.equals("timeline")) {
            problems.add(at.problem(key, "cannot be set with --set" + (key.equals(GROUPS) ? "; set migrants.groups.<name>.<attr>" : "")));
            return;
        }
        ParamSpec spec = ParameterRegistry.find(key);
        if (spec == null || (isGroupPath(key) && key.split("\\.").length != 4)) {
            problems.add(at.problem(key, SECTIONS.contains(key) ? "is a section, not a parameter" : unknownKeyMessage(key)));
            return;
        }
        List<Problem> parse = new ArrayList<>();
        YamlTree tree = YamlTree.parseString(text, where, parse);
        if (tree == null || !parse.isEmpty()) {
            for (Problem p : parse) problems.add(at.problem(key, p.message()));
            return;
        }
        Node root = tree.root();
        if (root != null && !YamlTree.isScalar(root)) {
            problems.add(at.problem(key, "expected a single value, got " + YamlTree.kind(root)));
            return;
        }
        Object raw = root == null ? null : spec.type() == ParamType.TEXT ? YamlTree.text(root) : tree.scalar(root);
        Object v = convertValue(key, raw, where, position, 1, problems);
        if (v == null) return;
        if (isGroupKey(key)) {
            String g = key.split("\\.")[2];
            if (!GROUP_NAME.matcher(g).matches()) problems.add(at.problem(key, groupNameMessage(g)));
            else groupEdits.add(new Edit(key, new Located(v, where, position, 1)));
        } else {
            values.put(key, new Located(v, where, position, 1));
        }
    }

    // ------------------------------------------------------------------ groups

    private static List<GroupSpec> resolveGroups(Map<String, Map<String, Double>> block, Located blockAt, List<Edit> edits,
                                                 String file, List<Problem> problems) {
        Map<String, GroupSpec> groups = new LinkedHashMap<>();
        if (block == null) {
            for (String n : ParameterRegistry.DEFAULT_GROUPS) groups.put(n, Scenario.defaultGroup(n));
        } else {
            for (Map.Entry<String, Map<String, Double>> e : block.entrySet()) {
                GroupSpec g = Scenario.defaultGroup(e.getKey());
                for (Map.Entry<String, Double> a : e.getValue().entrySet()) g = g.with(a.getKey(), a.getValue());
                groups.put(e.getKey(), g);
            }
        }
        Located sharesAt = blockAt != null ? blockAt : new Located(null, file, 1, 1);
        for (Edit e : edits) {
            String[] parts = e.key.split("\\.");
            GroupSpec g = groups.get(parts[2]);
            if (g == null) {
                problems.add(e.value.problem(e.key, noGroupMessage(e.key, groups.keySet())));
                continue;
            }
            groups.put(parts[2], g.with(parts[3], (Double) e.value.value));
            if (parts[3].equals("share")) sharesAt = e.value;
        }
        if (groups.isEmpty()) return List.of();
        double sum = 0;
        for (GroupSpec g : groups.values()) sum += g.share();
        List<GroupSpec> out = new ArrayList<>();
        if (sum <= 0) {
            problems.add(sharesAt.problem(GROUPS, "group shares are all zero; at least one must be positive"));
            return out;
        }
        for (GroupSpec g : groups.values()) out.add(g.with("share", g.share() / sum));
        return out;
    }

    private static boolean isGroupPath(String key) { return key.startsWith(GROUPS + "."); }

    private static boolean isGroupKey(String key) { return isGroupPath(key) && key.split("\\.").length == 4; }

    private static String groupNameMessage(String name) {
        return "group name '" + name + "' must be lower-case letters, digits and '_' (it appears in keys and column names)";
    }

    private static String noGroupMessage(String key, Set<String> groups) {
        return "no group '" + key.split("\\.")[2] + "' in this scenario (groups: " + String.join(", ", groups) + ")";
    }

    // ------------------------------------------------------------------ values

    /**
     * Validates one raw value for a parameter key and returns it as the key's Java type: Double for
     * NUMBER, Long for INTEGER, Boolean, LocalDate or String. Raw values are what
     * {@link YamlTree#scalar} gives (Boolean, Long, Double, LocalDate, String, null); Integer and other
     * Numbers are accepted too. On a problem (unknown key with a did-you-mean, wrong type, not a whole
     * number, out of range, bad date, missing value) adds it at {@code file:line:col} and returns null.
     */
    public static Object convertValue(String key, Object raw, String file, int line, int col, List<Problem> problems) {
        ParamSpec spec = ParameterRegistry.find(key);
        if (spec == null) {
            problems.add(new Problem(file, line, col, key, unknownKeyMessage(key)));
            return null;
        }
        String bad = null;
        Object value = null;
        if (spec.type() == ParamType.OPTIONAL_DATE && (raw == null || raw instanceof String t && t.isBlank())) {
            value = spec.defaultValue(); // left empty: none, which the default stands for
        } else if (raw == null) {
            bad = "missing value (expected " + spec.type().label() + ")";
        } else {
            switch (spec.type()) {
                case NUMBER -> {
                    if (raw instanceof Number n && Double.isFinite(n.doubleValue())) value = n.doubleValue();
                    else if (raw instanceof Number) bad = "expected a finite number, got " + describe(raw);
                    else bad = "expected a number, got " + describe(raw);
                }
                case INTEGER -> {
                    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) value = ((Number) raw).longValue();
                    else if (raw instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() == Math.rint(n.doubleValue())
                            && Math.abs(n.doubleValue()) < 9.2e18) value = (long) n.doubleValue(); // 1e3 and 366.0 are whole
                    else bad = "expected a whole number, got " + describe(raw);
                }
                case BOOLEAN -> {
                    if (raw instanceof Boolean) value = raw;
                    else bad = "expected true or false, got " + describe(raw);
                }
                case DATE, OPTIONAL_DATE -> {
                    if (raw instanceof LocalDate) value = raw;
                    else if (raw instanceof String s && YamlTree.date(s.trim()) instanceof LocalDate d) value = d;
                    else if (raw instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) bad = "'" + s + "' is not a real calendar date";
                    else bad = "expected a date YYYY-MM-DD, got " + describe(raw);
                }
                case TEXT -> value = raw instanceof LocalDate || raw instanceof String || raw instanceof Boolean ? raw.toString() : describe(raw);
            }
        }
        if (value instanceof Number n && (spec.type() == ParamType.NUMBER || spec.type() == ParamType.INTEGER)) {
            double v = n.doubleValue();
            if (v < spec.min() || v > spec.max()) {
                bad = describe(value) + " is out of range " + spec.rangeText();
                value = null;
            }
        }
        if (bad != null) {
            problems.add(new Problem(file, line, col, key, bad));
            return null;
        }
        return value;
    }

    /**
     * Reads a map of settings (nested maps or dotted keys, as in a scenario file) into validated
     * values by dotted key, in document order. Group keys {@code migrants.groups.<name>.<attr>} are
     * accepted as written; whether the group exists is for the caller to check against its scenario.
     * Used by study files for per-policy overrides.
     */
    public static Map<String, Object> readSettings(YamlTree tree, MappingNode settings, List<Problem> problems) {
        Layer layer = new Layer();
        layer.timedOnly = false;
        for (YamlTree.Entry e : tree.entries(settings)) {
            if (e.key().equals("extends") || e.key().equals("timeline") || e.key().equals("name")) {
                problems.add(tree.problem(e.keyNode(), e.key(), "not allowed here"));
                continue;
            }
            walk(tree, e, "", layer, problems);
        }
        if (layer.groups != null)
            problems.add(new Problem(tree.file(), layer.groupsAt.line, layer.groupsAt.col, GROUPS,
                    "groups cannot be replaced here; set migrants.groups.<name>.<attr>"));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Located> e : layer.values.entrySet()) out.put(e.getKey(), e.getValue().value);
        for (Edit g : layer.groupEdits) out.put(g.key, g.value.value);
        return out;
    }

    /** How a raw value reads in a message: text quoted, dates marked, numbers plain. */
    static String describe(Object raw) {
        if (raw == null) return "nothing";
        if (raw instanceof String s) return "'" + s + "'";
        if (raw instanceof LocalDate d) return "date " + d;
        if (raw instanceof Double d) {
            if (!Double.isFinite(d) || Math.abs(d) >= 1e15) return d.toString();
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return raw.toString();
    }

    // ------------------------------------------------------------------ did you mean

    /** "unknown key" with a did-you-mean suggestion when a close key exists. */
    public static String unknownKeyMessage(String key) {
        String s = suggest(key);
        return s == null ? "unknown key (see: channelsim describe)" : "unknown key (did you mean '" + s + "'?)";
    }

    /**
     * The known key closest to an unknown one, or null. Tries the edit distance on the full dotted key
     * first (typos), then on the last segment (a right name in the wrong section).
     */
    public static String suggest(String key) {
        List<String> candidates = CANDIDATES;
        String[] parts = key.split("\\.", -1);
        if (isGroupPath(key) && parts.length == 4) {
            candidates = new ArrayList<>();
            for (String a : ParameterRegistry.GROUP_ATTRIBUTES) candidates.add(GROUPS + "." + parts[2] + "." + a);
        }
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(key, c);
            if (d < bestD) { bestD = d; best = c; }
        }
        if (best != null && bestD <= Math.max(2, key.length() / 4)) return best;

        String last = parts[parts.length - 1];
        best = null;
        int bestLast = Integer.MAX_VALUE;
        bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            String cl = c.substring(c.lastIndexOf('.') + 1);
            int dl = distance(last, cl);
            if (dl > Math.max(1, last.length() / 4)) continue;
            int d = distance(key, c);
            if (dl < bestLast || (dl == bestLast && d < bestD)) { bestLast = dl; bestD = d; best = c; }
        }
        return best;
    }

    private static String closest(String word, List<String> options) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String o : options) {
            int d = distance(word, o);
            if (d < bestD) { bestD = d; best = o; }
        }
        return bestD <= Math.max(1, word.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    // ------------------------------------------------------------------ small holders

    private static Located at(YamlTree tree, Node n, Object value) {
        return new Located(value, tree.file(), YamlTree.line(n), YamlTree.column(n));
    }

    /** A validated value and where it was written. */
    private record Located(Object value, String file, int line, int col) {
        Problem problem(String key, String message) { return new Problem(file, line, col, key, message); }
    }

    /** A change to one attribute of an existing group. */
    private record Edit(String key, Located value) {}

    /** A dated change before group names are checked. */
    private record Timed(LocalDate date, String key, Located value) {}

    /** What one file (or one timeline change) says. */
    private static final class Layer {
        final Map<String, Located> values = new LinkedHashMap<>();
        final List<Edit> groupEdits = new ArrayList<>();
        final List<Timed> timeline = new ArrayList<>();
        Map<String, Map<String, Double>> groups;
        Located groupsAt;
        Located name;
        boolean timedOnly;
    }
}
