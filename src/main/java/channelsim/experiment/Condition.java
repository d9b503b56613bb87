package channelsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition on named numbers, as a user writes it for {@code discover --where}: comparisons
 * ({@code <, <=, >, >=, ==, !=}) of names and numbers joined by {@code and}, {@code or}, {@code not} and
 * parentheses, e.g. {@code deterrence >= 0.3 and deaths_change <= 0}. Names are metrics or dotted keys.
 */
public final class Condition implements Predicate<Map<String, Double>> {
    private final Node root;
    private final Set<String> names = new LinkedHashSet<>();
    private final String text;

    private interface Node {
        boolean test(Map<String, Double> v);
    }

    private Condition(String text) {
        this.text = text;
        this.tokens = tokenize(text);
        this.root = or();
        if (pos < tokens.size()) throw new IllegalArgumentException("unexpected '" + tokens.get(pos) + "' in: " + text);
    }

    /** Parses a condition; an IllegalArgumentException says what is wrong, in words. */
    public static Condition parse(String text) { return new Condition(text); }

    /** The names the condition uses (so a caller can check them against its data). */
    public Set<String> names() { return names; }

    @Override
    public boolean test(Map<String, Double> values) { return root.test(values); }

    @Override
    public String toString() { return text; }

    private final List<String> tokens;
    private int pos;

    private static List<String> tokenize(String s) {
        List<String> t = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (c == '(' || c == ')') { t.add(String.valueOf(c)); i++; continue; }
            if ("<>=!".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '=') j++;
                String op = s.substring(i, j);
                if (op.equals("=") || op.equals("!")) throw new IllegalArgumentException("use == or != (not '" + op + "') in: " + s);
                t.add(op);
                i = j;
                continue;
            }
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "._-+".indexOf(s.charAt(j)) >= 0)) {
                // a minus or plus only inside a number's exponent or at its start
                char d = s.charAt(j);
                if ((d == '-' || d == '+') && j > i && !(s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E') ) break;
                j++;
            }
            if (j == i) throw new IllegalArgumentException("unexpected '" + c + "' in: " + s);
            t.add(s.substring(i, j));
            i = j;
        }
        return t;
    }

    private String peek() { return pos < tokens.size() ? tokens.get(pos) : null; }

    private String next() {
        if (pos >= tokens.size()) throw new IllegalArgumentException("the condition ends too early: " + text);
        return tokens.get(pos++);
    }

    private Node or() {
        Node a = and();
        while ("or".equals(peek())) {
            next();
            Node l = a, r = and();
            a = v -> l.test(v) || r.test(v);
        }
        return a;
    }

    private Node and() {
        Node a = not();
        while ("and".equals(peek())) {
            next();
            Node l = a, r = not();
            a = v -> l.test(v) && r.test(v);
        }
        return a;
    }

    private Node not() {
        if ("not".equals(peek())) {
            next();
            Node n = not();
            return v -> !n.test(v);
        }
        if ("(".equals(peek())) {
            next();
            Node n = or();
            if (!")".equals(next())) throw new IllegalArgumentException("missing ')' in: " + text);
            return n;
        }
        return comparison();
    }

    private Node comparison() {
        java.util.function.ToDoubleFunction<Map<String, Double>> a = term(), b;
        String op = next();
        if (!List.of("<", "<=", ">", ">=", "==", "!=").contains(op))
            throw new IllegalArgumentException("expected a comparison (<, <=, >, >=, ==, !=), got '" + op + "' in: " + text);
        b = term();
        return switch (op) {
            case "<" -> v -> a.applyAsDouble(v) < b.applyAsDouble(v);
            case "<=" -> v -> a.applyAsDouble(v) <= b.applyAsDouble(v);
            case ">" -> v -> a.applyAsDouble(v) > b.applyAsDouble(v);
            case ">=" -> v -> a.applyAsDouble(v) >= b.applyAsDouble(v);
            case "==" -> v -> a.applyAsDouble(v) == b.applyAsDouble(v);
            default -> v -> a.applyAsDouble(v) != b.applyAsDouble(v);
        };
    }

    private java.util.function.ToDoubleFunction<Map<String, Double>> term() {
        String t = next();
        try {
            double x = Double.parseDouble(t);
            return v -> x;
        } catch (NumberFormatException e) {
            if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_')
                throw new IllegalArgumentException("expected a name or a number, got '" + t + "' in: " + text);
            names.add(t);
            return v -> {
                Double x = v.get(t);
                return x == null ? Double.NaN : x;
            };
        }
    }
}
