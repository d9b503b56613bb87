package channelsim.model;

/**
 * Tells a reader that caches parameter values when to read them again: for a new {@link Params} (a new
 * run) or after a change to it (a timeline step, the GUI). Agents read the map once per change, not once
 * per day or per agent.
 */
final class ParamsWatch {
    private Params seen;
    private int version;

    /** True the first time it sees p, and whenever p changed since the last call. */
    boolean changed(Params p) {
        if (p == seen && p.version() == version) return false;
        seen = p;
        version = p.version();
        return true;
    }
}
