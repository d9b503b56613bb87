package channelsim.experiment;

import channelsim.config.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that keeps the line and column of every key and value, so that study-file
 * problems can point at the exact place. Duplicate keys are reported, not silently overwritten.
 */
final class YamlNodes {
    private YamlNodes() {}

    sealed interface YNode permits YScalar, YList, YMap {
        int line();

        int col();

        default String kind() {
            if (this instanceof YMap) return "a mapping";
            if (this instanceof YList) return "a list";
            return "a value";
        }
    }

    /** value: Long, Double, Boolean, String or null (YAML null). */
    record YScalar(Object value, String text, int line, int col) implements YNode {}

    record YList(List<YNode> items, int line, int col) implements YNode {}

    record YEntry(String key, int line, int col, YNode value) {}

    record YMap(Map<String, YEntry> entries, int line, int col) implements YNode {}

    /** Parses a file; on a syntax error adds a problem and returns null. An empty file is an empty mapping. */
    static YNode parse(Path file, String shown, List<Problem> problems) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions opts = new LoaderOptions();
            opts.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their position
            Node root = new Yaml(opts).compose(r);
            if (root == null) return new YMap(Map.of(), 1, 1);
            return convert(root, shown, problems);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 1 : m.getLine() + 1, col = m == null ? 1 : m.getColumn() + 1;
            String msg = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(shown, line, col, "", "YAML syntax: " + msg.trim()));
            return null;
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            problems.add(new Problem(shown, 1, 1, "", "YAML: " + e.getMessage()));
            return null;
        }
    }

    private static YNode convert(Node n, String shown, List<Problem> problems) {
        int line = n.getStartMark().getLine() + 1, col = n.getStartMark().getColumn() + 1;
        if (n instanceof MappingNode m) {
            Map<String, YEntry> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Node k = t.getKeyNode();
                int kl = k.getStartMark().getLine() + 1, kc = k.getStartMark().getColumn() + 1;
                String key = k instanceof ScalarNode s ? s.getValue() : null;
                if (key == null) {
                    problems.add(new Problem(shown, kl, kc, "", "a key must be plain text"));
                    continue;
                }
                if (out.containsKey(key)) {
                    YEntry first = out.get(key);
                    problems.add(new Problem(shown, kl, kc, key, "duplicate key (first at line " + first.line() + ")"));
                    continue;
                }
                out.put(key, new YEntry(key, kl, kc, convert(t.getValueNode(), shown, problems)));
            }
            return new YMap(Collections.unmodifiableMap(out), line, col);
        }
        if (n instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node c : s.getValue()) items.add(convert(c, shown, problems));
            return new YList(List.copyOf(items), line, col);
        }
        ScalarNode s = (ScalarNode) n;
        return new YScalar(scalar(s), s.getValue(), line, col);
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        Tag t = s.getTag();
        try {
            if (Tag.NULL.equals(t)) return null;
            if (Tag.BOOL.equals(t)) {
                String l = v.toLowerCase(java.util.Locale.ROOT);
                return l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y");
            }
            if (Tag.INT.equals(t)) {
                String d = v.replace("_", "");
                try {
                    return Long.parseLong(d);
                } catch (NumberFormatException e) {
                    return Double.parseDouble(d);
                }
            }
            if (Tag.FLOAT.equals(t)) return Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }
}
