package channelsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migrants' buffered generator must hand out exactly MersenneTwisterFast's numbers. */
class MtStreamTest {

    @Test
    void continuesTheSameStreamBitForBit() {
        for (long seed : new long[]{1, 42, 123456789L}) {
            MersenneTwisterFast reference = Streams.of(seed, Streams.Purpose.MIGRANTS);
            MersenneTwisterFast source = Streams.of(seed, Streams.Purpose.MIGRANTS);
            // start mid-block, with an odd word offset, so doubles straddle block ends
            for (int k = 0; k < 1001; k++) {
                reference.nextInt();
                source.nextInt();
            }
            MtStream fast = new MtStream(source);
            MersenneTwisterFast mix = new MersenneTwisterFast(seed);
            for (int k = 0; k < 2_000_000; k++) {
                int what = mix.nextInt(10);
                if (what < 7) {
                    assertEquals(Double.doubleToRawLongBits(reference.nextDouble()), Double.doubleToRawLongBits(fast.nextDouble()), "draw " + k);
                } else {
                    int n = what == 7 ? 8 : what == 8 ? 7 : 1 + mix.nextInt(1_000_000);
                    assertEquals(reference.nextInt(n), fast.nextInt(n), "draw " + k);
                }
            }
        }
    }

    @Test
    void takesOverAFreshGenerator() {
        MersenneTwisterFast reference = new MersenneTwisterFast(7);
        MtStream fast = new MtStream(new MersenneTwisterFast(7));
        for (int k = 0; k < 10_000; k++)
            assertEquals(Double.doubleToRawLongBits(reference.nextDouble()), Double.doubleToRawLongBits(fast.nextDouble()));
    }
}
