package channelsim.config;

/** The value types a scenario parameter can take. */
public enum ParamType {
    NUMBER("number"), INTEGER("integer"), BOOLEAN("true/false"), DATE("date YYYY-MM-DD"),
    /** A date that may be left empty in a file, which means none: the parameter's default stands for it. */
    OPTIONAL_DATE("date YYYY-MM-DD, or empty for none"),
    TEXT("text");

    private final String label;

    ParamType(String label) { this.label = label; }

    public String label() { return label; }
}
