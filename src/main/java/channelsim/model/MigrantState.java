package channelsim.model;

/**
 * Where a migrant is. Every migrant ever created is in exactly one of these (conservation of people).
 * Terminal states keep only a count; live states keep the agent.
 */
public enum MigrantState {
    IN_CAMP(false, "waiting in a camp in northern France"),
    BOOKED(false, "has paid a gang and waits for a launch"),
    LEGAL_WAIT(false, "applied for the legal route and waits"),
    UK_CLAIM(false, "landed in the UK, asylum claim pending"),
    REFUSED(false, "claim refused, still in the UK"),
    GRANTED(true, "granted asylum in the UK"),
    LEGAL_ARRIVED(true, "admitted to the UK by the legal route"),
    REMOVED_HOME(true, "removed to the home country under a return agreement"),
    REMOVED_THIRD(true, "removed to a third country (returns hub or Rwanda-like scheme)"),
    ONWARD(true, "sent on to a Med Five first-entry state"),
    ABSCONDED(true, "absconded after refusal"),
    DETERRED(true, "gave up crossing: asylum in France or elsewhere in Europe"),
    DEAD(true, "died at sea or in an intervention"),
    DETAINED(false, "landed in the UK, detained in the returns pipeline (identification, challenge, France's acceptance)"),
    DIVERTED(true, "went to another European destination from upstream instead of the Channel");

    public final boolean terminal;
    public final String meaning;

    MigrantState(boolean terminal, String meaning) {
        this.terminal = terminal;
        this.meaning = meaning;
    }

    static final MigrantState[] VALUES = values();
}
