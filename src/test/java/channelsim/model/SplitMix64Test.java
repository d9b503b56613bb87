package channelsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrants' fast generator: the published algorithm, uniform, and reproducible by seed. */
class SplitMix64Test {

    @Test
    void matchesTheReferenceSequence() {
        // first outputs of the reference splitmix64.c (Vigna) from state 0
        SplitMix64 r = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, r.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, r.nextLong());
        assertEquals(0x06C45D188009454FL, r.nextLong());
    }

    @Test
    void sameSeedSameNumbersAndStreamsDifferByPurpose() {
        SplitMix64 a = new SplitMix64(Streams.of(42, Streams.Purpose.MIGRANTS));
        SplitMix64 b = new SplitMix64(Streams.of(42, Streams.Purpose.MIGRANTS));
        SplitMix64 c = new SplitMix64(Streams.of(42, Streams.Purpose.HOME_OFFICE));
        int same = 0;
        for (int k = 0; k < 1000; k++) {
            double x = a.nextDouble();
            assertEquals(x, b.nextDouble());
            if (x == c.nextDouble()) same++;
        }
        assertEquals(0, same);
        assertNotEquals(new SplitMix64(1).nextLong(), new SplitMix64(2).nextLong());
    }

    @Test
    void doublesAreUniformOnTheUnitInterval() {
        SplitMix64 r = new SplitMix64(7);
        int[] bins = new int[10];
        int n = 1_000_000;
        for (int k = 0; k < n; k++) {
            double x = r.nextDouble();
            assertTrue(x >= 0 && x < 1, "out of [0, 1): " + x);
            bins[(int) (x * 10)]++;
        }
        assertTrue(chiSquare(bins, n) < 27.9, "chi-square over 10 bins (p = 0.001 at 27.9)"); // 9 degrees of freedom
    }

    @Test
    void boundedIntsAreUniformAndInRange() {
        SplitMix64 r = new SplitMix64(11);
        for (int bound : new int[]{1, 7, 8, 1_000_003}) {
            int[] bins = new int[Math.min(bound, 20)];
            int n = 200_000;
            for (int k = 0; k < n; k++) {
                int v = r.nextInt(bound);
                assertTrue(v >= 0 && v < bound, v + " outside [0, " + bound + ")");
                bins[(int) ((long) v * bins.length / bound)]++;
            }
            if (bins.length > 1) assertTrue(chiSquare(bins, n) < 45.3, "bound " + bound); // p = 0.001 at 19 dof
        }
    }

    private static double chiSquare(int[] bins, int n) {
        double e = (double) n / bins.length, x = 0;
        for (int b : bins) x += (b - e) * (b - e) / e;
        return x;
    }
}
