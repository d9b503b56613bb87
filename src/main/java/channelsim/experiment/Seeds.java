package channelsim.experiment;

/**
 * Replicate seeds for common random numbers.
 *
 * <p>Rule: {@code seed_r = splitmix64(studySeed + r * 0x9E3779B97F4A7C15) >>> 12} for replicate
 * r = 1, 2, ...; that is the r-th output of a SplitMix64 generator started at the study seed, shifted
 * to 52 bits so it is non-negative and inside the {@code seed} parameter's range. Every policy of a study
 * uses the same seed_r for replicate r, so differences between policies are paired. A seed depends only
 * on (study seed, r), never on thread count, shard or run order.
 */
public final class Seeds {
    /** Text of the rule, written into manifests so a reader can recompute the seeds. */
    public static final String RULE =
            "seed_r = splitmix64_mix(study_seed + r * 0x9E3779B97F4A7C15) >>> 12, replicates r = 1..R";

    private Seeds() {}

    public static long replicateSeed(long studySeed, int replicate) {
        return mix(studySeed + replicate * 0x9E3779B97F4A7C15L) >>> 12;
    }

    /** SplitMix64's output function (Steele, Lea and Flood 2014): a bijective 64-bit finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A small deterministic generator for study-level sampling (Latin hypercube), not for the model. */
    public static final class SplitMix {
        private long state;

        public SplitMix(long seed) { this.state = seed; }

        public long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        /** Uniform in [0, 1) with 53 random bits. */
        public double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

        /** Uniform in [0, bound). The tiny modulo bias is irrelevant for shuffling a few strata. */
        public int nextInt(int bound) { return (int) Long.remainderUnsigned(nextLong(), bound); }
    }
}
