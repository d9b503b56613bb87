package channelsim.model;

/**
 * One block of parameters as typed fields (see {@link Settings}): each subclass names its keys once, as
 * constants, and reads them in {@link #read}. Fields change only when the parameters do.
 */
public abstract class BlockSettings {
    /** Reads every key of the block from the parameters in force. */
    abstract void read(Params p);
}
