package channelsim.model;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Claimants in the UK filed by the day they next have something to do (a decision, absconding): a
 * calendar of lists, one per day. Most claimants wait for months, so a day's work is one short list read
 * from start to end, wherever its people landed: with hundreds of thousands of claimants this reads memory
 * in order instead of jumping across it, and costs the same per claimant at any population.
 *
 * <p>A claimant is a record of {@link #U} ints: the migrant's packed state, group, camp and flags, its four
 * {@link MigrantPool.Side} aux ints (next event day, landing day, attempts, id), and the raw bits of its eight
 * record floats (money, beliefs, valuation, risk tolerance, gang), carried unchanged in case it is sent back.
 */
final class Claimants implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    static final int META = 0, AUX = 1, REC = AUX + MigrantPool.Side.A, U = REC + MigrantPool.Side.R;
    /**
     * Farthest day a claimant is filed ahead (about 90 years): one due later (an absconding rate near zero)
     * is filed this far, looked at then, and filed again.
     */
    static final int FAR = 1 << 15;

    /** Records, U ints each, in the order they were added. */
    static final class List implements java.io.Serializable {
        private static final long serialVersionUID = 1;
        int[] a = new int[16 * U];
        /** Records held. */
        int n;

        /** Room for one more record; returns its first index in a (a may have been replaced). */
        int add() {
            if ((n + 1) * U > a.length) a = Arrays.copyOf(a, 2 * a.length);
            return U * n++;
        }
    }

    /** Lists by day (null: no one filed that day). */
    private List[] byDay = new List[512];
    /** Lists of days gone by, emptied for reuse: a run allocates a few dozen lists, not one a day. */
    private final ArrayDeque<List> spare = new ArrayDeque<>();
    /** No list is filed after this day. */
    int lastDay = -1;

    /** Day d's list, or null if no one is filed that day. */
    List day(int d) { return d < byDay.length ? byDay[d] : null; }

    /** Day d's list, made if needed. */
    List at(int d) {
        if (d >= byDay.length) byDay = Arrays.copyOf(byDay, Math.max(2 * byDay.length, d + 1));
        List l = byDay[d];
        if (l == null) {
            l = spare.isEmpty() ? new List() : spare.pop();
            byDay[d] = l;
            if (d > lastDay) lastDay = d;
        }
        return l;
    }

    /** Day d is over and its list empty: kept for reuse. */
    void release(int d) {
        List l = day(d);
        if (l == null) return;
        if (l.n != 0) throw new IllegalStateException(l.n + " claimants left on the list of day " + d);
        byDay[d] = null;
        spare.push(l);
    }

    /** Appends a copy of record b of array src to day d's list. */
    void file(int d, int[] src, int b) {
        List l = at(d);
        int nb = l.add();
        System.arraycopy(src, b, l.a, nb, U);
    }
}
