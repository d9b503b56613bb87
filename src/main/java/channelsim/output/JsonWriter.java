package channelsim.output;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small deterministic JSON writer (two-space indentation, keys in the order written, numbers via
 * {@link Numbers#json}) for summaries and manifests. Usage:
 * <pre>{@code
 * JsonWriter j = new JsonWriter();
 * j.beginObject().field("scenario", "x").field("seed", 1L)
 *  .name("arrivals_by_group").beginObject().field("afghan", 12.0).endObject()
 *  .endObject();
 * String text = j.toString();   // ends with a newline
 * }</pre>
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    /** Per open container: whether it already has an element (to place commas). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() { return begin('{'); }

    public JsonWriter endObject() { return end('}'); }

    public JsonWriter beginArray() { return begin('['); }

    public JsonWriter endArray() { return end(']'); }

    /** The name of the next value inside an object. */
    public JsonWriter name(String name) {
        element();
        string(name);
        sb.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        element();
        if (s == null) sb.append("null");
        else string(s);
        return this;
    }

    public JsonWriter value(double v) {
        element();
        sb.append(Numbers.json(v));
        return this;
    }

    public JsonWriter value(long v) {
        element();
        sb.append(v);
        return this;
    }

    public JsonWriter value(boolean v) {
        element();
        sb.append(v);
        return this;
    }

    public JsonWriter field(String name, String v) { return name(name).value(v); }

    public JsonWriter field(String name, double v) { return name(name).value(v); }

    public JsonWriter field(String name, long v) { return name(name).value(v); }

    public JsonWriter field(String name, boolean v) { return name(name).value(v); }

    /** The document, with a final newline once every container is closed. */
    @Override
    public String toString() {
        return open.isEmpty() ? sb + "\n" : sb.toString();
    }

    private JsonWriter begin(char c) {
        element();
        sb.append(c);
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char c) {
        boolean[] state = open.pop();
        if (state[0]) newline();
        sb.append(c);
        return this;
    }

    /** Places the comma and indentation before a value (nothing after a name). */
    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) return;
        boolean[] state = open.peek();
        if (state[0]) sb.append(',');
        state[0] = true;
        newline();
    }

    private void newline() {
        sb.append('\n');
        for (int i = 0; i < open.size(); i++) sb.append("  ");
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
