package channelsim.config;

/** One problem with an input, reported as {@code file:line:column: key: message}. Line and column are 1-based. */
public record Problem(String file, int line, int column, String key, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message;
    }
}
