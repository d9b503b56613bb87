package channelsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014; the generator behind java.util.SplittableRandom), for the two streams drawn once per migrant per day
 * (MIGRANTS and HOME_OFFICE). A draw is an add and the {@link Streams#mix} finaliser, small enough to inline
 * into the migrants' loop; Mersenne Twister cost about 10 ns a draw there, a third of a camp migrant's day
 * (see docs/PERFORMANCE.md). It passes BigCrush; its period, 2^64, is far beyond the few hundred million
 * draws of a long run. Each stream is still one per (replicate seed, purpose): its state is taken from that
 * purpose's Mersenne Twister ({@link Streams#of}).
 */
final class SplitMix64 implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    /** The state's increment per draw. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    SplitMix64(long seed) { state = seed; }

    /** Seeded with 64 bits of the purpose's generator. */
    SplitMix64(MersenneTwisterFast source) { this(source.nextLong()); }

    long nextLong() { return Streams.mix(state += GAMMA); }

    /** Uniform in [0, 1), from the top 53 bits. */
    double nextDouble() { return doubleAt(state += GAMMA); }

    /**
     * The double drawn when the state becomes s. A hot loop can keep the state in a local (a register),
     * add {@link #GAMMA} per draw and store it back with {@link #state(long)}: the same numbers as
     * {@link #nextDouble()}, without a load and store through memory per draw.
     */
    static double doubleAt(long s) { return (Streams.mix(s) >>> 11) * 0x1.0p-53; }

    long state() { return state; }

    void state(long s) { state = s; }

    /** Uniform in [0, n), without bias (rejection of the incomplete last range of 31-bit values). */
    int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive, got: " + n);
        int bits, val;
        do {
            bits = (int) (nextLong() >>> 33);
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }
}
