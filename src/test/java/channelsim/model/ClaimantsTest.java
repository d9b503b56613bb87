package channelsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UK claimants' calendar: everyone filed under a day comes out on that day, in the order filed. */
class ClaimantsTest {

    /** A record whose id is k and whose next event day is day. */
    private static int[] record(int k, int day) {
        int[] r = new int[Claimants.U];
        r[Claimants.AUX + PoolSide.ID] = k;
        r[Claimants.AUX + PoolSide.NEXT_DAY] = day;
        return r;
    }

    private static int id(Claimants.List l, int q) { return l.a[q * Claimants.U + Claimants.AUX + PoolSide.ID]; }

    @Test
    void everyoneFiledComesOutOnTheirDayInTheOrderFiled() {
        SplittableRandom r = new SplittableRandom(3);
        Claimants c = new Claimants();
        int days = 700, next = 0;
        List<List<Integer>> expected = new ArrayList<>();
        for (int d = 0; d <= days + 400; d++) expected.add(new ArrayList<>());
        for (int t = 0; t < days; t++) {
            c.advanceTo(t);
            Claimants.List today = c.day(t);
            List<Integer> got = new ArrayList<>();
            for (int q = 0; q < today.n; q++) got.add(id(today, q));
            assertEquals(expected.get(t), got, "day " + t);
            today.n = 0; // everyone due today was looked at and left
            // file a few for later days: tomorrow, within the block, months ahead
            for (int j = r.nextInt(6); j > 0; j--) {
                int day = t + 1 + (r.nextInt(4) == 0 ? r.nextInt(5) : r.nextInt(400));
                c.file(day, record(next, day), 0);
                expected.get(day).add(next++);
            }
        }
        assertTrue(next > 1000, "the test filed " + next);
    }

    @Test
    void aDayBeyondTheCalendarIsFiledFurtherOnUntouched() {
        Claimants c = new Claimants();
        int far = 3 * Claimants.FAR;
        c.file(Claimants.FAR, record(7, far), 0); // as MigrantPool files it: at today + FAR
        for (int t = 1; t <= 2 * Claimants.FAR; t++) {
            c.advanceTo(t);
            assertEquals(0, c.day(t).n, "day " + t); // not due before its day: never on a day's list
        }
        List<Claimants.List> all = new ArrayList<>();
        c.lists(all);
        int held = 0;
        for (Claimants.List l : all)
            for (int q = 0; q < l.n; q++) {
                held++;
                assertEquals(7, id(l, q));
                assertEquals(far, l.a[q * Claimants.U + Claimants.AUX + PoolSide.NEXT_DAY]);
            }
        assertEquals(1, held, "still filed, once");
        for (int t = 2 * Claimants.FAR + 1; t <= far; t++) c.advanceTo(t);
        assertEquals(1, c.day(far).n, "on its day");
    }

    @Test
    void aNewBlockWithSomeoneLeftOnAPastDayIsRefused() {
        Claimants c = new Claimants();
        c.file(3, record(1, 3), 0);
        c.advanceTo(3);
        assertEquals(1, c.day(3).n);
        assertThrows(IllegalStateException.class, () -> c.advanceTo(Claimants.NEAR)); // nobody looked at day 3
    }

    @Test
    void takingAllRecordsAppendsThemInOrderAndEmptiesTheOtherList() {
        Claimants.List daily = new Claimants.List(), landed = new Claimants.List();
        for (int round = 0; round < 3; round++) {
            // round 0: the daily list is empty (the lists swap arrays); then it holds some already
            List<Integer> expected = new ArrayList<>();
            for (int q = 0; q < daily.n; q++) expected.add(id(daily, q));
            for (int k = 0; k < 40 * (round + 1); k++) {
                int b = landed.add();
                System.arraycopy(record(1000 * round + k, k), 0, landed.a, b, Claimants.U);
                expected.add(1000 * round + k);
            }
            daily.takeAll(landed);
            List<Integer> got = new ArrayList<>();
            for (int q = 0; q < daily.n; q++) got.add(id(daily, q));
            assertEquals(expected, got, "round " + round);
            assertEquals(0, landed.n);
            int b = landed.add(); // the emptied list is usable again
            assertEquals(0, b);
            landed.n = 0;
        }
    }
}
