package channelsim.config;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A parsed YAML document that remembers where every node came from, so that loaders can report
 * problems as {@code file:line:column: key: message}.
 *
 * <p>Parsing uses snakeyaml's compose API (nodes with marks, no object construction). Scalars are
 * interpreted with {@link SafeConstructor} rules, so only plain data ever comes out: no arbitrary
 * classes, and explicit tags other than the standard ones ({@code !!str}, {@code !!int}, ...) are
 * refused. Duplicate keys in any mapping are refused at parse time, with the position of the
 * second occurrence (reported as problems; the tree is still returned so that other problems can be
 * reported in the same pass).
 *
 * <p>Typical use:
 * <pre>{@code
 * List<Problem> problems = new ArrayList<>();
 * YamlTree tree = YamlTree.parse(path, path.toString(), problems);   // null if unreadable
 * if (tree != null && tree.root() instanceof MappingNode m)
 *     for (YamlTree.Entry e : tree.entries(m)) {
 *         Object v = tree.scalar(e.value());          // Boolean, Long, Double, LocalDate, String or null
 *         ...  problems.add(tree.problem(e.value(), e.key(), "expected a number"));
 *     }
 * if (!problems.isEmpty()) throw new ConfigException(problems);
 * }</pre>
 *
 * <p>Instances are not thread-safe (scalar construction reuses one snakeyaml constructor); parse one
 * per thread.
 */
public final class YamlTree {

    /** One key of a mapping: its text, the key node (for positions) and the value node. */
    public record Entry(String key, Node keyNode, Node value) {}

    private static final Set<Tag> ALLOWED_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    /** YYYY-MM-DD only: four-digit year, two-digit month and day, real calendar dates. */
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final Node root;
    private final Scalars scalars = new Scalars();

    private YamlTree(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads and parses a file. If it is missing, unreadable or not YAML, adds the problem (naming
     * {@code displayName}) and returns null; otherwise as {@link #parseString}.
     *
     * @param displayName how the file is named in messages (usually the path as the user gave it)
     */
    public static YamlTree parse(Path path, String displayName, List<Problem> problems) {
        String text;
        try {
            if (Files.isDirectory(path)) {
                problems.add(new Problem(displayName, 1, 1, "", "is a directory, expected a YAML file"));
                return null;
            }
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(displayName, 1, 1, "", "file not found"));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(new Problem(displayName, 1, 1, "", "not a UTF-8 text file"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "", "cannot read file: " + e.getMessage()));
            return null;
        }
        return parseString(text, displayName, problems);
    }

    /**
     * Parses YAML text. An empty document gives a tree whose {@link #root()} is null. If the text is
     * not YAML, adds the problem and returns null. Duplicate keys, non-text keys and forbidden tags are
     * added as problems but the tree is still returned, so that a loader can go on and report the
     * file's other problems at the same time: callers must treat any added problem as failure.
     */
    public static YamlTree parseString(String text, String displayName, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(50);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 1 : m.getLine() + 1, col = m == null ? 1 : m.getColumn() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(new Problem(displayName, line, col, "", "malformed YAML: " + oneLine(what)));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(displayName, 1, 1, "", "malformed YAML: " + oneLine(e.getMessage())));
            return null;
        }
        YamlTree tree = new YamlTree(displayName, root);
        if (root != null) tree.check(root, Collections.newSetFromMap(new IdentityHashMap<>()), problems);
        return tree;
    }

    private static String oneLine(String s) {
        return s == null ? "cannot parse" : s.replaceAll("\\s+", " ").trim();
    }

    /** Refuses duplicate keys, non-text keys and non-standard tags anywhere in the document. */
    private void check(Node node, Set<Node> seen, List<Problem> problems) {
        if (!seen.add(node)) return; // aliases point at nodes already checked
        if (!ALLOWED_TAGS.contains(node.getTag()))
            problems.add(problem(node, "", "tag " + node.getTag() + " is not allowed (plain data only)"));
        if (node instanceof MappingNode m) {
            Map<String, Node> first = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (k instanceof ScalarNode s) {
                    Node prev = first.putIfAbsent(s.getValue(), k);
                    if (prev != null)
                        problems.add(problem(k, s.getValue(), "duplicate key (first at line " + line(prev) + ")"));
                } else {
                    problems.add(problem(k, "", "keys must be plain text, not " + kind(k)));
                }
                check(k, seen, problems);
                check(t.getValueNode(), seen, problems);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) check(n, seen, problems);
        }
    }

    /** The file name used in messages. */
    public String file() { return file; }

    /** The document's root node; null for an empty document. */
    public Node root() { return root; }

    /** The entries of a mapping in document order (keys are text: the parser refused other keys). */
    public List<Entry> entries(MappingNode mapping) {
        List<Entry> out = new ArrayList<>();
        for (NodeTuple t : mapping.getValue())
            if (t.getKeyNode() instanceof ScalarNode k) out.add(new Entry(k.getValue(), k, t.getValueNode()));
        return out;
    }

    /** The value node under {@code key} in a mapping, or null. */
    public Node get(MappingNode mapping, String key) {
        for (Entry e : entries(mapping)) if (e.key().equals(key)) return e.value();
        return null;
    }

    /**
     * The plain value of a scalar node under YAML 1.1 / SafeConstructor rules, narrowed to the types
     * the loaders use: Boolean, Long (integers), Double (floats, and integers too large for a long),
     * LocalDate (an unquoted YYYY-MM-DD that is a real date), String (anything else, including quoted
     * text and malformed dates) or null (empty or {@code ~} or {@code null}).
     *
     * @throws IllegalArgumentException if the node is not a scalar (check with {@link #isScalar})
     */
    public Object scalar(Node node) {
        if (!(node instanceof ScalarNode s)) throw new IllegalArgumentException("not a scalar: " + kind(node));
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.TIMESTAMP)) return date(s.getValue());
        if (tag.equals(Tag.STR)) return s.getValue();
        Object v;
        try {
            v = scalars.construct(s);
        } catch (RuntimeException e) {
            return s.getValue(); // e.g. "!!int abc": keep the text, callers report the wrong type
        }
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean || v instanceof Long) return v;
        return s.getValue();
    }

    /** A date if {@code text} is a real YYYY-MM-DD date, else the text unchanged. */
    public static Object date(String text) {
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** The raw text of a scalar node as written (without quotes), or null if not a scalar. */
    public static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    public static boolean isScalar(Node n) { return n instanceof ScalarNode; }

    public static boolean isMap(Node n) { return n instanceof MappingNode; }

    public static boolean isList(Node n) { return n instanceof SequenceNode; }

    /** "a map", "a list" or "a value", for messages such as "expected a number, got a map". */
    public static String kind(Node n) {
        if (n instanceof MappingNode) return "a map";
        if (n instanceof SequenceNode) return "a list";
        return "a value";
    }

    /** 1-based line of a node's start. */
    public static int line(Node n) { return n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 1; }

    /** 1-based column of a node's start. */
    public static int column(Node n) { return n.getStartMark() == null ? 1 : n.getStartMark().getColumn() + 1; }

    /** A problem located at a node of this file. */
    public Problem problem(Node at, String key, String message) {
        return new Problem(file, line(at), column(at), key, message);
    }

    /** Exposes SafeConstructor's scalar rules (ints in any YAML 1.1 notation, floats, booleans). */
    private static final class Scalars extends SafeConstructor {
        Scalars() { super(new LoaderOptions()); }

        Object construct(ScalarNode n) { return constructObject(n); }
    }
}
