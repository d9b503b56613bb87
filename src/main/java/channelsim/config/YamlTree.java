package channelsim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
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

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
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
 * <p>Parsing uses snakeyaml's compose API (nodes with marks, no object construction). Plain scalars are
 * resolved by the YAML 1.2 core schema ({@link CoreSchema}), so only plain data ever comes out: no arbitrary
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
 * <p>Instances are read-only after parsing.
 */
public final class YamlTree {

    /** One key of a mapping: its text, the key node (for positions) and the value node. */
    public record Entry(String key, Node keyNode, Node value) {}

    /** Largest settings file read (scenario, study, targets): far above any real one, far below trouble. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    /** YYYY-MM-DD only: four-digit year, two-digit month and day, real calendar dates. */
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final Node root;

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
        String text = readLimited(path, displayName, problems);
        return text == null ? null : parseString(text, displayName, problems);
    }

    /**
     * The text of a settings file, checked before anything is read: a regular file (not a folder, device,
     * FIFO or socket, which could block or never end), at most {@link #MAX_FILE_BYTES}, UTF-8. On a problem
     * adds it and returns null.
     */
    public static String readLimited(Path path, String displayName, List<Problem> problems) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (a.isDirectory()) {
                problems.add(new Problem(displayName, 1, 1, "file", "is a folder, expected a YAML file"));
                return null;
            }
            if (!a.isRegularFile()) {
                problems.add(new Problem(displayName, 1, 1, "file", "is not a regular file (a device, FIFO or socket), expected a YAML file"));
                return null;
            }
            if (a.size() > MAX_FILE_BYTES) {
                problems.add(new Problem(displayName, 1, 1, "file", tooBig(a.size())));
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1); // the file may have grown since it was measured
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new Problem(displayName, 1, 1, "file", tooBig(bytes.length)));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            problems.add(new Problem(displayName, 1, 1, "file", "file not found"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(displayName, 1, 1, "file", "not a UTF-8 text file"));
        } catch (AccessDeniedException e) {
            problems.add(new Problem(displayName, 1, 1, "file", "permission denied"));
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "file", "cannot read file" + ioReason(e)));
        }
        return null;
    }

    private static String tooBig(long bytes) {
        return "file is " + bytes + " bytes; settings files are limited to " + MAX_FILE_BYTES + " bytes (1 MiB)";
    }

    /** The operating system's reason for an I/O failure, without Java class or file names. */
    public static String ioReason(IOException e) {
        String r = e instanceof java.nio.file.FileSystemException f ? f.getReason() : null;
        return r == null || r.isBlank() ? "" : ": " + r.toLowerCase(java.util.Locale.ROOT);
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
        options.setCodePointLimit(MAX_FILE_BYTES);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new CoreSchema());
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 1 : m.getLine() + 1, col = m == null ? 1 : m.getColumn() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getContext();
            problems.add(new Problem(displayName, line, col, "yaml", "malformed YAML: " + oneLine(what)));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(displayName, 1, 1, "yaml", "malformed YAML: " + oneLine(e.getMessage())));
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
            problems.add(problem(node, "tag", "tag " + node.getTag() + " is not allowed (plain data only)"));
        if (node instanceof MappingNode m) {
            Map<String, Node> first = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                if (k instanceof ScalarNode s) {
                    Node prev = first.putIfAbsent(s.getValue(), k);
                    if (prev != null)
                        problems.add(problem(k, s.getValue(), "duplicate key (first at line " + line(prev) + ")"));
                } else {
                    problems.add(problem(k, "key", "keys must be plain text, not " + kind(k)));
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
     * The plain value of a scalar node under the YAML 1.2 core schema, narrowed to the types the loaders
     * use: Boolean ({@code true}/{@code false} only), Long (decimal integers, so {@code 010} is ten; also
     * {@code 0o17} and {@code 0x1F}), Double (floats, {@code .inf}, {@code .nan}, and integers too large for
     * a long), LocalDate (an unquoted YYYY-MM-DD that is a real date), String (anything else, including
     * quoted text, YAML 1.1 forms such as {@code 1:00}, {@code 1_000} or {@code yes}, and malformed dates)
     * or null (empty, {@code ~} or {@code null}).
     *
     * @throws IllegalArgumentException if the node is not a scalar (check with {@link #isScalar})
     */
    public Object scalar(Node node) {
        if (!(node instanceof ScalarNode s)) throw new IllegalArgumentException("not a scalar: " + kind(node));
        Tag tag = s.getTag();
        String text = s.getValue();
        if (tag.equals(Tag.NULL)) return null;
        if (tag.equals(Tag.TIMESTAMP)) return date(text);
        if (tag.equals(Tag.BOOL)) return switch (text) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> text; // "!!bool yes": callers report the wrong type
        };
        if (tag.equals(Tag.INT)) {
            BigInteger b = null;
            if (CoreSchema.DECIMAL.matcher(text).matches()) b = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            else if (CoreSchema.OCTAL.matcher(text).matches()) b = new BigInteger(text.substring(2), 8);
            else if (CoreSchema.HEX.matcher(text).matches()) b = new BigInteger(text.substring(2), 16);
            if (b == null) return text;
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (tag.equals(Tag.FLOAT)) {
            if (CoreSchema.FLOAT.matcher(text).matches() || CoreSchema.DECIMAL.matcher(text).matches()) return Double.parseDouble(text);
            if (CoreSchema.INF.matcher(text).matches()) return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (CoreSchema.NAN.matcher(text).matches()) return Double.NaN;
            return text;
        }
        return text;
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

    /**
     * Plain scalars resolved by the YAML 1.2 core schema (not snakeyaml's YAML 1.1 rules, under which
     * {@code 010} is eight, {@code 1:00} is sixty and {@code yes} is true), plus unquoted YYYY-MM-DD dates.
     */
    static final class CoreSchema extends Resolver {
        static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
        static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
        static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
        static final Pattern INT = Pattern.compile(DECIMAL + "|" + OCTAL + "|" + HEX);
        static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
        static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
        static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
        static final Pattern ANY_FLOAT = Pattern.compile(FLOAT + "|" + INF + "|" + NAN);
        static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
        static final Pattern NULL_TEXT = Pattern.compile("~|null|Null|NULL");
        static final Pattern EMPTY_TEXT = Pattern.compile("^$");
        static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, ANY_FLOAT, "-+.0123456789");
            addImplicitResolver(Tag.NULL, NULL_TEXT, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY_TEXT, null);
            addImplicitResolver(Tag.TIMESTAMP, DATE, "0123456789");
        }
    }
}
