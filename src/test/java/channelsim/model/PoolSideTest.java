package channelsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The arrays of migrants in France: the daily loop runs backwards and empties slots as people leave; the
 * slots are filled when the loop ends. Results depend on which migrant ends up in which slot, so
 * this must place everyone exactly where filling each slot at once (the last migrant taking it) would.
 */
class PoolSideTest {

    /** A side holding migrants 0..n-1, each recognisable by its id, money and days. */
    private static PoolSide sideOf(int n) {
        PoolSide s = new PoolSide(4); // small, so that it grows on the way
        for (int k = 0; k < n; k++) {
            int i = s.add();
            s.meta[i] = k & 0xFF | (k % 7) << 8;
            for (int f = 0; f < PoolSide.R; f++) s.rec[i * PoolSide.R + f] = k + f / 10f;
            s.setAux(i, PoolSide.ID, k);
            s.setAux(i, PoolSide.NEXT_DAY, 1000 + k);
        }
        return s;
    }

    private static int[] ids(PoolSide s) {
        int[] ids = new int[s.n];
        for (int i = 0; i < s.n; i++) ids[i] = s.aux(i, PoolSide.ID);
        return ids;
    }

    @Test
    void fillingEmptiedSlotsAtTheEndPlacesEveryoneAsFillingThemAtOnce() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(300);
            // a backward loop: who leaves, slot by slot from the top (the top slots included)
            List<Integer> leaving = new ArrayList<>();
            for (int i = n - 1; i >= 0; i--) if (r.nextDouble() < (trial % 3 == 0 ? 0.9 : 0.2)) leaving.add(i);

            // reference: each emptied slot taken at once by the migrant then last
            List<Integer> reference = new ArrayList<>();
            for (int k = 0; k < n; k++) reference.add(k);
            for (int i : leaving) {
                int last = reference.size() - 1;
                reference.set(i, reference.get(last));
                reference.remove(last);
            }

            PoolSide s = sideOf(n);
            for (int i : leaving) s.remove(i);
            s.compact();
            assertArrayEquals(reference.stream().mapToInt(Integer::intValue).toArray(), ids(s), "trial " + trial);
            // a migrant moves whole: its record, days and wake day come with it
            for (int i = 0; i < s.n; i++) {
                int k = s.aux(i, PoolSide.ID);
                assertEquals(k & 0xFF, s.state(i));
                assertEquals(k % 7, s.group(i));
                assertEquals(k + PoolSide.B_DEATH / 10f, s.get(i, PoolSide.B_DEATH));
                assertEquals(1000 + k, s.aux(i, PoolSide.NEXT_DAY));
            }
        }
    }

    @Test
    void aMigrantLandingAndSentBackKeepsEveryAttribute() {
        PoolSide s = sideOf(5);
        s.rec[3 * PoolSide.R + PoolSide.B_RETURN] = Float.intBitsToFloat(0x00000001); // a subnormal, bit for bit
        int[] record = new int[Claimants.U + 3];
        s.pack(3, record, 3);
        int j = s.add();
        s.unpack(record, 3, j);
        assertEquals(s.meta[3], s.meta[j]);
        for (int f = 0; f < PoolSide.R; f++)
            assertEquals(Float.floatToRawIntBits(s.get(3, f)), Float.floatToRawIntBits(s.get(j, f)), "float " + f);
        for (int f = 0; f < PoolSide.A; f++) assertEquals(s.aux(3, f), s.aux(j, f), "int " + f);
    }

    @Test
    void addingBeforeTheEmptiedSlotsAreFilledIsRefused() {
        PoolSide s = sideOf(10);
        s.remove(3);
        assertThrows(IllegalStateException.class, s::add);
        s.compact();
        assertEquals(9, s.n);
        assertEquals(9, s.add()); // the next slot, after the nine left
    }
}
