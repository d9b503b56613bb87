package channelsim.model;

import ec.util.MersenneTwisterFast;

/**
 * One random stream per (replicate seed, purpose). Each purpose draws from its own generator, so a policy
 * that changes, say, how many boats the police stop does not shift the weather: replicates compared
 * across policies share their random numbers (common random numbers).
 */
public final class Streams {

    /** What a stream is used for; the ordinal enters the seed, so never reorder. */
    public enum Purpose { WEATHER, INFLOW, MIGRANTS, GANGS, POLICE, SEA, HOME_OFFICE, EUROPE, INIT, NETWORK, MARKET }

    private Streams() {}

    /** A generator for this seed and purpose. MersenneTwisterFast uses only 32 bits of a long, so seed with int[]. */
    public static MersenneTwisterFast of(long seed, Purpose purpose) {
        long s = mix(seed ^ (0x9E3779B97F4A7C15L * (purpose.ordinal() + 1)));
        int[] key = new int[4];
        for (int i = 0; i < 4; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            key[i] = (int) (s ^ (s >>> 32));
        }
        return new MersenneTwisterFast(key);
    }

    /**
     * The salt of a purpose's keyed draws ({@link SplitMix64#keyed}): draws made for one boat or one gang on
     * one day, addressed by (day, gang, launch) rather than taken in turn from a stream, so that a policy
     * that changes how many boats one gang launches does not shift the draws of every other gang and boat.
     */
    public static long salt(long seed, Purpose purpose) {
        return mix(mix(seed ^ (0x9E3779B97F4A7C15L * (purpose.ordinal() + 1))) + 0x632BE59BD9B4E019L);
    }

    /** SplitMix64 finaliser: spreads nearby seeds (1, 2, 3...) to unrelated streams. */
    public static long mix(long z) { return SplitMix64.mix(z); }
}
