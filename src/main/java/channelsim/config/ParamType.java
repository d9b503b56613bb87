package channelsim.config;

/** The value types a scenario parameter can take. */
public enum ParamType {
    NUMBER("number"), INTEGER("integer"), BOOLEAN("true/false"), DATE("date YYYY-MM-DD"), TEXT("text");

    private final String label;

    ParamType(String label) { this.label = label; }

    public String label() { return label; }
}
