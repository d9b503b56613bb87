package channelsim.model;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Claimants in the UK filed by the day they next have something to do (a decision, absconding): a
 * calendar of lists. Most claimants wait for months, so a day's work is one short list read from start to
 * end, wherever its people landed: with hundreds of thousands of claimants this reads memory in order
 * instead of jumping across it, and costs the same per claimant at any population.
 *
 * <p>A claimant is a record of {@link #U} ints: the migrant's packed state, group, camp and flags, its four
 * {@link MigrantPool.Side} aux ints (next event day, landing day, attempts, id), and the raw bits of its eight
 * record floats (money, beliefs, valuation, risk tolerance, gang), carried unchanged in case it is sent back.
 * A claimant is filed under its next event day, and that day is read back from the record when a block's
 * list is sorted into days.
 */
final class Claimants implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    static final int META = 0, AUX = 1, REC = AUX + PoolSide.A, U = REC + PoolSide.R;
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

        /**
         * Moves every record of {@code from} to the end of this list, leaving {@code from} empty; when this
         * list is empty the two simply swap arrays (the usual case: the daily list taking today's landings).
         */
        void takeAll(List from) {
            if (n == 0) {
                int[] mine = a;
                a = from.a;
                n = from.n;
                from.a = mine;
            } else {
                reserve(from.n);
                for (int q = 0; q < from.n; q++) copy(from.a, q * U, a, (n + q) * U);
                n += from.n;
            }
            from.n = 0;
        }

        /** Room for {@code more} records beyond those held, in one allocation (a may be replaced). */
        void reserve(int more) {
            if ((n + more) * U > a.length) a = Arrays.copyOf(a, (n + more) * U);
        }
    }

    /**
     * Days come in blocks of {@link #NEAR}: the current block's days have a list each (reused block after
     * block); a later block has one list for all its days, sorted into the day lists when its block comes.
     * So a claimant filed months ahead is appended to one of a few dozen lists, whose ends stay in the
     * processor's cache, rather than to one of hundreds scattered in memory (one extra copy for those filed
     * beyond the current block).
     */
    static final int SHIFT = 6, NEAR = 1 << SHIFT;
    private final List[] near = new List[NEAR];
    private List[] far = new List[64];
    /** The current block (today >> SHIFT), and the last block with a list. */
    private int block, lastBlock = -1;
    /** Lists of blocks gone by, emptied for reuse. */
    private final ArrayDeque<List> spare = new ArrayDeque<>();

    Claimants() {
        for (int k = 0; k < NEAR; k++) near[k] = new List();
    }

    /** Day d's list: d in the current block. */
    List day(int d) {
        if (d >> SHIFT != block) throw new IllegalArgumentException("day " + d + " is not in the current block " + block);
        return near[d & (NEAR - 1)];
    }

    /** The list of later block k (null if no one is filed in it). */
    List laterBlock(int k) { return k < far.length ? far[k] : null; }

    int block() { return block; }

    int lastBlock() { return Math.max(block, lastBlock); }

    /** Appends a copy of record b of array src to day d's list (d after today). */
    void file(int d, int[] src, int b) {
        int k = d >> SHIFT;
        List l;
        if (k == block) l = near[d & (NEAR - 1)];
        else {
            if (k >= far.length) far = Arrays.copyOf(far, Math.max(2 * far.length, k + 1));
            l = far[k];
            if (l == null) {
                l = spare.isEmpty() ? new List() : spare.pop();
                far[k] = l;
                if (k > lastBlock) lastBlock = k;
            }
        }
        int nb = l.add();
        copy(src, b, l.a, nb);
    }

    /**
     * Copies the record at src[b..] to dst[nb..]. A plain loop, which the compiler unrolls: for 13 ints,
     * System.arraycopy's call into a copy stub cost more than the copy (records are copied a few times each).
     */
    static void copy(int[] src, int b, int[] dst, int nb) {
        for (int k = 0; k < U; k++) dst[nb + k] = src[b + k];
    }

    /**
     * Today is day t: when a new block starts, its list is sorted into the day lists (by next event day,
     * the day each was filed under; one filed at the limit of the calendar is filed again further on).
     */
    void advanceTo(int t) {
        int k = t >> SHIFT;
        if (k == block) return;
        for (List l : near) if (l.n != 0) throw new IllegalStateException(l.n + " claimants left in block " + block);
        block = k;
        List l = laterBlock(k);
        if (l == null) return;
        far[k] = null;
        int first = k << SHIFT, last = first + NEAR - 1;
        for (int b = 0, end = l.n * U; b < end; b += U) {
            int d = Math.max(l.a[b + AUX + PoolSide.NEXT_DAY], first);
            file(d > last ? Math.min(d, t + FAR) : d, l.a, b);
        }
        l.n = 0;
        spare.push(l);
    }

    /** Every list, in the order of their days (the current block's days, then later blocks). */
    void lists(java.util.List<List> out) {
        for (List l : near) out.add(l);
        for (int k = block + 1; k <= lastBlock; k++) if (laterBlock(k) != null) out.add(laterBlock(k));
    }
}
