package channelsim.model;

/**
 * Why someone died crossing: the causes {@code deaths_by_cause} counts, each with its own rule and its
 * own switch ({@code sea.deaths_<cause>}). The order is the order of the timeseries columns.
 */
public enum DeathCause {
    /** Crushed or suffocated while a crowd boards an overloaded dinghy at the water's edge. */
    EMBARKATION("embarkation"),
    /** Drowned or crushed at sea: by load, boat type and weather. */
    AT_SEA("at_sea"),
    /** During a French shallow-water intervention under the maritime doctrine. */
    INTERVENTION("intervention"),
    /** Wading or swimming out to a taxi boat picking people up in the water. */
    TAXI_PICKUP("taxi_pickup");

    /** The key in {@code deaths_by_cause}. */
    public final String key;

    DeathCause(String key) { this.key = key; }

    private static final DeathCause[] VALUES = values();

    public static DeathCause of(int i) { return VALUES[i]; }

    public static int count() { return VALUES.length; }
}
