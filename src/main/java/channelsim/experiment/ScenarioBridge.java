package channelsim.experiment;

import channelsim.config.ParamSpec;
import channelsim.config.ParameterRegistry;
import channelsim.config.Problem;
import channelsim.config.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for the CLI branch's ScenarioLoader until it lands: validates one override value and loads a
 * flat or nested base scenario file without timeline support. To be replaced, not extended.
 */
final class ScenarioBridge {
    private ScenarioBridge() {}

    static Object convertValue(String key, Object raw, String file, int line, int col, List<Problem> problems) {
        ParamSpec spec = ParameterRegistry.find(key);
        if (spec == null) {
            List<String> keys = new ArrayList<>();
            for (ParamSpec p : ParameterRegistry.all()) keys.add(p.key());
            String s = suggest(key, keys);
            problems.add(new Problem(file, line, col, key, "unknown parameter" + (s == null ? "" : "; did you mean " + s + "?")));
            return null;
        }
        String want = spec.type().label();
        switch (spec.type()) {
            case NUMBER, INTEGER -> {
                if (!(raw instanceof Number n) || raw instanceof Boolean) {
                    problems.add(new Problem(file, line, col, key, "expected " + want + ", got " + show(raw)));
                    return null;
                }
                double d = n.doubleValue();
                if (spec.type() == channelsim.config.ParamType.INTEGER && d != Math.rint(d)) {
                    problems.add(new Problem(file, line, col, key, "expected an integer, got " + show(raw)));
                    return null;
                }
                if (d < spec.min() || d > spec.max() || Double.isNaN(d)) {
                    problems.add(new Problem(file, line, col, key, show(raw) + " is outside " + spec.rangeText()));
                    return null;
                }
                return spec.type() == channelsim.config.ParamType.INTEGER ? (Object) (long) d : (Object) d;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) return b;
                problems.add(new Problem(file, line, col, key, "expected true/false, got " + show(raw)));
                return null;
            }
            case DATE -> {
                if (raw instanceof LocalDate d) return d;
                try {
                    if (raw instanceof String s) return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    // fall through to the message
                }
                problems.add(new Problem(file, line, col, key, "expected a date YYYY-MM-DD, got " + show(raw)));
                return null;
            }
            default -> {
                if (raw instanceof String s) return s;
                problems.add(new Problem(file, line, col, key, "expected text, got " + show(raw)));
                return null;
            }
        }
    }

    static Scenario loadScenario(Path file, String shown, List<Problem> problems) throws IOException {
        int before = problems.size();
        YamlNodes.YNode root = YamlNodes.parse(file, shown, problems);
        if (root == null) return null;
        if (!(root instanceof YamlNodes.YMap m)) {
            problems.add(new Problem(shown, root.line(), root.col(), "", "a scenario file must be a mapping"));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        flatten("", m, shown, values, problems);
        if (problems.size() > before) return null;
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = values.get("name") instanceof String s && !s.isEmpty() ? s : base;
        return Scenario.defaults(name).with(values);
    }

    private static void flatten(String prefix, YamlNodes.YMap m, String shown, Map<String, Object> out, List<Problem> problems) {
        for (YamlNodes.YEntry e : m.entries().values()) {
            String key = prefix + e.key();
            if (e.value() instanceof YamlNodes.YMap sub && ParameterRegistry.find(key) == null) {
                flatten(key + ".", sub, shown, out, problems);
            } else if (e.value() instanceof YamlNodes.YScalar s) {
                Object v = convertValue(key, s.value(), shown, e.line(), e.col(), problems);
                if (v != null) out.put(key, v);
            } else {
                problems.add(new Problem(shown, e.line(), e.col(), key, "expected a value, got " + e.value().kind()));
            }
        }
    }

    static String show(Object raw) {
        if (raw == null) return "nothing";
        if (raw instanceof String s) return "\"" + s + "\"";
        return String.valueOf(raw);
    }

    /** The closest candidate by edit distance, if close enough to be a plausible typo; else null. */
    static String suggest(String word, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestD) { bestD = d; best = c; }
        }
        // also accept a candidate ending with the word's last segment (e.g. "officers" for the full key)
        if (best != null && bestD <= Math.max(2, word.length() / 3)) return best;
        String last = word.substring(word.lastIndexOf('.') + 1);
        for (String c : candidates) if (c.endsWith("." + last)) return c;
        return null;
    }

    private static int distance(String a, String b) {
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
}
