package channelsim.config;

/**
 * One problem with an input, reported as {@code file:line:column: key: message}. Line and column are 1-based.
 * The text is always one line: control characters in a key or message taken from the input (a name with a
 * newline, say) are shown escaped; a problem without a key is keyed {@code input}.
 */
public record Problem(String file, int line, int column, String key, String message) {

    /** A problem with a command-line option: the option is the place, its name the key. */
    public static Problem option(String name, String message) {
        return new Problem("--" + name, 1, 1, name, message);
    }

    @Override
    public String toString() {
        return escape(file) + ":" + line + ":" + column + ": " + (key == null || key.isEmpty() ? "input" : escape(key)) + ": "
                + escape(message);
    }

    private static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
