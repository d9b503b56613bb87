package channelsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014; the generator behind java.util.SplittableRandom), for the two streams drawn once per migrant per day
 * (MIGRANTS and HOME_OFFICE), and ChannelSim's only SplitMix: {@link #mix} spreads seeds for {@link Streams}
 * and the studies' replicate seeds, and study-level sampling draws from it. A draw is an add and the
 * {@link #mix} finaliser, small enough to inline
 * into the migrants' loop; Mersenne Twister cost about 10 ns a draw there, a third of a camp migrant's day
 * (see docs/PERFORMANCE.md). It passes BigCrush; its period, 2^64, is far beyond the few hundred million
 * draws of a long run. Each stream is still one per (replicate seed, purpose): its state is taken from that
 * purpose's Mersenne Twister ({@link Streams#of}).
 */
public final class SplitMix64 implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    /** The state's increment per draw. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    /** A generator whose first draw is {@code mix(seed + GAMMA)}. */
    public SplitMix64(long seed) { state = seed; }

    /** Seeded with 64 bits of the purpose's generator. */
    SplitMix64(MersenneTwisterFast source) { this(source.nextLong()); }

    /** SplitMix64's output function (Steele, Lea and Flood 2014): a bijective 64-bit finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() { return mix(state += GAMMA); }

    /** Uniform in [0, 1), from the top 53 bits. */
    public double nextDouble() { return doubleAt(state += GAMMA); }

    /**
     * The double drawn when the state becomes s. A hot loop can keep the state in a local (a register),
     * add {@link #GAMMA} per draw and store it back with {@link #state(long)}: the same numbers as
     * {@link #nextDouble()}, without a load and store through memory per draw.
     */
    static double doubleAt(long s) { return (mix(s) >>> 11) * 0x1.0p-53; }

    long state() { return state; }

    /**
     * A generator state addressed by a salt (one per replicate and purpose, {@link Streams#salt}) and two
     * coordinates (a day and a gang, or a day and a boat): the j-th draw for that address is
     * {@code doubleAt(keyed(...) + j * GAMMA)}, whatever was drawn for other addresses (counter-based draws,
     * as in Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011).
     */
    static long keyed(long salt, long a, long b) { return mix(mix(salt + a * GAMMA) ^ (b * 0xD1B54A32D192ED03L)); }

    void state(long s) { state = s; }

    /** Uniform in [0, n), without bias (rejection of the incomplete last range of 31-bit values). */
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive, got: " + n);
        int bits, val;
        do {
            bits = (int) (nextLong() >>> 33);
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    /**
     * Uniform in [0, bound) by the remainder of a 64-bit draw: a bias below 2^-40 for small bounds, kept
     * because the studies' Latin hypercube strata were shuffled this way (same seed, same design).
     */
    public int nextIndex(int bound) { return (int) Long.remainderUnsigned(nextLong(), bound); }
}
