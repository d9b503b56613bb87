package channelsim.experiment;

import channelsim.model.SplitMix64;

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

    /** SplitMix64's output function (one implementation: {@link SplitMix64#mix}). */
    public static long mix(long z) { return SplitMix64.mix(z); }
}
