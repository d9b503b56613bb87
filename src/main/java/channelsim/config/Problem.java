package channelsim.config;

/** One problem with an input, reported as {@code file:line:column: key: message}. Line and column are 1-based. */
public record Problem(String file, int line, int column, String key, String message) {
    /** A problem with a command-line option: the option is the place, its name the key. */
    public static Problem option(String name, String message) {
        return new Problem("--" + name, 1, 1, name, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message;
    }
}
