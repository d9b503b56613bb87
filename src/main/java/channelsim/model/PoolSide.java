package channelsim.model;

import java.util.Arrays;

/**
 * The migrants of one side of the Channel in dense primitive arrays, slots [0, n): the camps of France
 * live here, and a claimant in the UK is packed into a record of {@link Claimants}. A migrant leaving
 * leaves its slot to the last one (the daily loop runs backwards, so that one was already stepped).
 *
 * <p>Layout: what a decision reads is packed together, so that one migrant's decision, boarding or move
 * touches two or three cache lines rather than one per attribute (with 100,000 people in camps the
 * arrays outgrow the processor's own cache, and each line is a trip to the shared one). {@code meta}
 * holds state, group, camp and flags in one int; {@code rec} holds the floats, {@link #R} per migrant
 * (money, beliefs, valuation, risk tolerance, gang); {@code aux} the days and counts, {@link #A}
 * ints per migrant (next event day, landing day, attempts, id).
 */
final class PoolSide implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    /**
     * Floats per migrant in rec, and their offsets. The gang holding a booked place (-1: none) is kept here
     * as a float (exact for any index below 16 million): the camp loop reads it for every booked migrant,
     * and the record's line was just read by the belief pass.
     */
    static final int R = 8, MONEY = 0, B_SUCCESS = 1, B_DEATH = 2, B_RETURN = 3, B_JOB = 4, VALUATION = 5,
            RISK_TOL = 6, GANG = 7;
    int n;
    /** state | group << 8 | camp << 16 | flags << 24. */
    int[] meta;
    /** Floats: the daily passes stream these, and half the bytes is half the memory traffic. */
    float[] rec;
    /** Ints per migrant in aux, and their offsets. */
    static final int A = 4, NEXT_DAY = 0, ARRIVED_DAY = 1, ATTEMPTS = 2, ID = 3;
    int[] aux;

    PoolSide(int cap) {
        meta = new int[cap];
        rec = new float[cap * R];
        aux = new int[cap * A];
    }

    int state(int i) { return meta[i] & 0xFF; }

    int group(int i) { return (meta[i] >>> 8) & 0xFF; }

    int camp(int i) { return (meta[i] >>> 16) & 0xFF; }

    int flags(int i) { return meta[i] >>> 24; }

    float get(int i, int field) { return rec[i * R + field]; }

    int aux(int i, int field) { return aux[i * A + field]; }

    int gang(int i) { return (int) rec[i * R + GANG]; }

    void setGang(int i, int k) { rec[i * R + GANG] = k; }

    void setAux(int i, int field, int v) { aux[i * A + field] = v; }

    void setState(int i, int s) { meta[i] = (meta[i] & ~0xFF) | s; }

    void setCamp(int i, int c) { meta[i] = (meta[i] & ~0xFF0000) | c << 16; }

    void setFlags(int i, int f) { meta[i] = (meta[i] & 0xFFFFFF) | f << 24; }

    /** A new slot at the end (contents undefined until written). */
    int add() {
        if (holeCount > 0) throw new IllegalStateException("slots added before compact()");
        if (n == meta.length) {
            int c = meta.length * 2;
            meta = Arrays.copyOf(meta, c);
            rec = Arrays.copyOf(rec, c * R);
            aux = Arrays.copyOf(aux, c * A);
        }
        return n++;
    }

    /** Copies migrant j of side o into slot i of this side. */
    void copy(PoolSide o, int j, int i) {
        meta[i] = o.meta[j];
        System.arraycopy(o.rec, j * R, rec, i * R, R);
        System.arraycopy(o.aux, j * A, aux, i * A, A);
    }

    /**
     * Slot i leaves France: the last migrant will take it, at {@link #compact()}. The daily loop runs
     * backwards and calls compact() when it ends, which moves the last migrants into the emptied slots
     * in the order they were emptied: the same slots as moving each at once, so the same results, but
     * the migrants moved are read one after another from the end of the arrays instead of one at a time
     * while the loop is far below, where (with hundreds of thousands of migrants) each read missed the cache.
     */
    void remove(int i) {
        if (holeCount == holes.length) holes = Arrays.copyOf(holes, 2 * holes.length);
        holes[holeCount++] = i;
    }

    /** Emptied slots waiting for {@link #compact()}, in the order they were emptied. */
    private int[] holes = new int[256];
    private int holeCount;

    /** Fills the emptied slots with the last migrants, as if each had been filled when emptied. */
    void compact() {
        for (int k = 0; k < holeCount; k++) {
            int i = holes[k], last = --n;
            if (i != last) copy(this, last, i);
        }
        holeCount = 0;
    }

    /** Writes migrant i as a claimant record at a[b..] (see {@link Claimants}). */
    void pack(int i, int[] a, int b) {
        a[b + Claimants.META] = meta[i];
        System.arraycopy(aux, i * A, a, b + Claimants.AUX, A);
        for (int f = 0; f < R; f++) a[b + Claimants.REC + f] = Float.floatToRawIntBits(rec[i * R + f]);
    }

    /** Writes the claimant record at a[b..] into slot i. */
    void unpack(int[] a, int b, int i) {
        meta[i] = a[b + Claimants.META];
        System.arraycopy(a, b + Claimants.AUX, aux, i * A, A);
        for (int f = 0; f < R; f++) rec[i * R + f] = Float.intBitsToFloat(a[b + Claimants.REC + f]);
    }
}
