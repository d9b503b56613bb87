package channelsim.model;

import ec.util.MersenneTwisterFast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;

/**
 * The continuation of a {@link MersenneTwisterFast} stream, for the migrants' daily loop: the same
 * MT19937 words in the same order, and {@link #nextDouble()} and {@link #nextInt(int)} built from them
 * exactly as MersenneTwisterFast builds them, so every draw is bit-for-bit the number the original
 * generator would have returned.
 *
 * <p>Why: MersenneTwisterFast regenerates its 624-word block inside each draw method, which makes those
 * methods too big for the JIT to inline. Every draw in the hot loop was then a real call, and HotSpot
 * saves every live register around a call. Here the block is regenerated and tempered ahead, in one
 * separate method, so a draw is two array loads and a few shifts that inline into the loop.
 *
 * <p>Only the methods the loop uses exist; the generator it was made from must not be used afterwards
 * (the two would then hand out the same numbers twice).
 */
final class MtStream implements Serializable {
    private static final long serialVersionUID = 1;
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER = 0x80000000, LOWER = 0x7fffffff;
    private static final double TWO_TO_MINUS_53 = 0x1.0p-53; // exact: same result as dividing by 2^53

    /** The raw MT19937 state of the current block. */
    private final int[] mt = new int[N];
    /** The current block, tempered: the words handed out, in order. */
    private final int[] words = new int[N];
    /** Next unused word of {@link #words}; N when the block is used up. */
    private int pos;

    /** Takes over {@code source}'s stream at its current position (through its public state format). */
    MtStream(MersenneTwisterFast source) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            source.writeState(out);
            out.flush();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
            for (int k = 0; k < N; k++) mt[k] = in.readInt();
            in.readInt(); // mag01[0] and [1]: the constants 0 and MATRIX_A
            in.readInt();
            int mti = in.readInt();
            if (mti >= N) { // the source would regenerate before its next word
                twist();
                mti = 0;
            }
            temper();
            pos = mti;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the generator's state", e);
        }
    }

    /** A double in [0, 1) from two words, as MersenneTwisterFast.nextDouble(). */
    double nextDouble() {
        int p = pos;
        if (p > N - 2) return nextDoubleAcrossBlocks();
        pos = p + 2;
        return ((((long) (words[p] >>> 6)) << 27) + (words[p + 1] >>> 5)) * TWO_TO_MINUS_53;
    }

    private double nextDoubleAcrossBlocks() {
        int y = nextWord(), z = nextWord();
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) * TWO_TO_MINUS_53;
    }

    /** An int in [0, n), as MersenneTwisterFast.nextInt(n): one word for powers of two, else rejection. */
    int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive, got: " + n);
        if ((n & -n) == n) return (int) ((n * (long) (nextWord() >>> 1)) >> 31);
        int bits, val;
        do {
            bits = nextWord() >>> 1;
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    private int nextWord() {
        if (pos >= N) refill();
        return words[pos++];
    }

    private void refill() {
        twist();
        temper();
        pos = 0;
    }

    /** The MT19937 recurrence: the next 624 words of state from the current ones. */
    private void twist() {
        final int[] s = mt;
        int k = 0;
        for (; k < N - M; k++) {
            int y = (s[k] & UPPER) | (s[k + 1] & LOWER);
            s[k] = s[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; k < N - 1; k++) {
            int y = (s[k] & UPPER) | (s[k + 1] & LOWER);
            s[k] = s[k + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (s[N - 1] & UPPER) | (s[0] & LOWER);
        s[N - 1] = s[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }

    /** MT19937's output tempering of the whole block. */
    private void temper() {
        for (int k = 0; k < N; k++) {
            int y = mt[k];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            words[k] = y;
        }
    }
}
