package channelsim.config;

import java.util.List;

/** Bad input: carries every problem found, so the user sees them all at once. The CLI prints them and exits 2. */
public class ConfigException extends Exception {
    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ConfigException(Problem p) { this(List.of(p)); }

    public List<Problem> problems() { return problems; }
}
