package channelsim.model;

/**
 * What migrants hear of the UK through people: each origin group's diaspora (people who made it to the UK,
 * returnees, people sent away) is a ring of its most recent events, one bit each, and a migrant hears a
 * story by drawing one of them at random, as if asking a contact. There are no objects per contact: the
 * ring is the group's circulating news, and each hearing is an independent draw from it.
 *
 * <p>Events are {@link #STAYED} (someone of the group landed and is in the UK) and {@link #SENT_AWAY} (someone
 * was returned to France, removed home or to a third country). A migrant keeps its believed chance r of
 * being sent away after arriving; it holds it as b = r/(1+r), the share of "sent away" stories it expects, and
 * a story moves b towards 1 (by {@code story_weight x return_salience}) or towards 0 (by {@code story_weight}).
 * Hearing stories at random from a ring where a share q/(1+q) of events are people sent away (q sent away
 * per arrival) settles r at {@code return_salience x q}: the former group-level rule, but now each migrant
 * holds its own belief and takes news in one story at a time, so a return agreement is felt only as its
 * removals happen and are told, with a lag, and not by everyone at once. A small share of stories
 * ({@code announcement_weight}) is the official line: a group's return agreement as announced.
 *
 * <p>A returnee (returned to France under a returns scheme) knows more than this: it passed the pipeline's
 * eligibility, so, with {@code migrants.returnee_learning_rate} above 0, its return belief follows the share
 * of eligible arrivals returned instead ({@link CampLife}), and the stories it hears move only its job belief.
 *
 * <p>A contact who stayed also says whether they found work (a draw with today's true job chance), which
 * moves the hearer's believed job chance by {@code job_story_weight}.
 */
public final class NewsNetwork implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    static final byte STAYED = 0, SENT_AWAY = 1;
    /**
     * Each group's ring, one bit an event (set: {@link #SENT_AWAY}), len[g] events: a byte an event made the
     * rings of a scale-8 run 80 kB, beyond the processor's first cache, and every story reads one at random.
     */
    private final long[][] ring;
    private final int[] len, head;
    private final SplitMix64 rng;

    NewsNetwork(Params p, Settings s, SplitMix64 rng) {
        this.rng = rng;
        int groups = p.groupCount();
        ring = new long[groups][];
        len = new int[groups];
        head = new int[groups];
        // before any news: a prior share of people sent away, spread evenly through the ring
        double prior = s.migrants.priorReturn, share = prior / (1 + prior);
        for (int g = 0; g < groups; g++) {
            // each group's share of the circulating news, so that every ring spans about the same time
            int n = (int) Math.max(20, Math.round(s.migrants.diasporaEvents * p.groupShare[g] * s.run.scale));
            ring[g] = new long[(n + 63) >>> 6];
            len[g] = n;
            double acc = 0;
            for (int k = 0; k < n; k++) {
                acc += share;
                if (acc >= 1) {
                    set(ring[g], k, SENT_AWAY);
                    acc -= 1;
                }
            }
        }
    }

    /** Someone of group g landed in the UK. */
    void noteStayed(int g) { push(g, STAYED); }

    /** Someone of group g was returned to France, removed home or to a third country. */
    void noteSentAway(int g) { push(g, SENT_AWAY); }

    private void push(int g, byte e) {
        int h = head[g];
        set(ring[g], h, e);
        head[g] = h + 1 == len[g] ? 0 : h + 1;
    }

    private static void set(long[] bits, int k, byte e) {
        if (e == SENT_AWAY) bits[k >>> 6] |= 1L << k;
        else bits[k >>> 6] &= ~(1L << k);
    }

    /** True if event k of a ring is of someone sent away. */
    private static boolean sentAway(long[] bits, int k) { return (bits[k >>> 6] >>> k & 1) != 0; }

    /** Share of group g's circulating events that are people sent away (for inspectors and tests). */
    public double sentAwayShare(int g) {
        int s = 0;
        for (long w : ring[g]) s += Long.bitCount(w); // bits past the ring's end are never set
        return (double) s / len[g];
    }

    /**
     * The believed return chance r after one story: from a contact (an event of the group's ring) or, with
     * chance {@code announce}, the official line on the group's return agreement {@code agreement}.
     * Writes the job belief into {@code rec[o + B_JOB]} if the story was of a contact who stayed.
     */
    float hear(float[] rec, int o, int g, double weight, double salience, double announce, double agreement,
               double jobWeight, double jobChance) {
        return afterStory(rec[o + PoolSide.B_RETURN], story(rec, o, g, announce, agreement, jobWeight, jobChance), weight, salience);
    }

    /**
     * One story heard (see {@link #hear}): true if it was of someone sent away. A story of a contact who
     * stayed moves the job belief at {@code rec[o + B_JOB]}; the return belief is left to {@link #afterStory}.
     */
    private boolean story(float[] rec, int o, int g, double announce, double agreement, double jobWeight, double jobChance) {
        final SplitMix64 rnd = rng;
        if (announce > 0 && rnd.nextDouble() < announce) return rnd.nextDouble() < agreement / (1 + agreement);
        if (sentAway(ring[g], (int) (rnd.nextDouble() * len[g]))) return true;
        rec[o + PoolSide.B_JOB] = afterJobStory(rec[o + PoolSide.B_JOB], rnd.nextDouble() < jobChance ? 1 : 0, jobWeight);
        return false;
    }

    /** The believed job chance after a contact's story of finding work (found 1) or not (0), from belief j. */
    static float afterJobStory(float j, int found, double jobWeight) {
        return j + (float) (jobWeight * (found - j));
    }

    /**
     * The believed return chance after a story of someone sent away (or not) from belief r: b = r/(1+r) moves
     * towards 1 or 0 (see the class comment). The one rule, for camps and newcomers alike.
     */
    static float afterStory(float r, boolean sent, double weight, double salience) {
        double b = r / (1 + (double) r);
        b += sent ? Math.min(1, weight * salience) * (1 - b) : -weight * b;
        return (float) Math.min(1.0, b / (1 - b));
    }

    /**
     * Everyone in a camp (or booked) in France may hear a story today: on average one in every
     * 1/{@code hearing_rate} migrants, visited in slot order with a random gap between hearers (even on
     * [1, 2/rate - 1], mean 1/rate), so the day's hearing reads the arrays forwards and draws once per hearer.
     * The camps' belief pass ({@link CampLife}) walks the slots forwards and lets the hearers hear as it
     * reaches them ({@link #hearAt}): with 100,000 people in camps, a pass of its own fetched every hearer's
     * record from memory (a gap the processor cannot foresee), the one cost that grew faster than the camps.
     * Returns the first hearer's slot ({@link #NO_HEARER} if no one hears stories).
     */
    int firstHearer(MigrantSettings q, double[] agreement, double jobChance) {
        final double h = q.hearingRate;
        if (h <= 0) return NO_HEARER;
        span = Math.max(0, 2 / Math.min(1, h) - 1);
        storyWeight = q.storyWeight;
        salience = q.returnSalience;
        announce = q.announcementWeight;
        jobWeight = q.jobStoryWeight;
        // returnees who judge their risk by cases like their own (CampLife) take only the job news from a story
        ownCase = q.returneeLearningRate > 0 ? MigrantPool.F_RETURNEE : 0;
        this.agreement = agreement;
        this.jobChance = jobChance;
        return (int) (rng.nextDouble() * (span + 1));
    }

    /** No one hears a story today (a slot past any side). */
    static final int NO_HEARER = Integer.MAX_VALUE;

    // today's hearing in the camps, set by firstHearer
    private double span, storyWeight, salience, announce, jobWeight, jobChance;
    private double[] agreement;
    private int ownCase;

    /**
     * The hearer at slot i of f (from {@link #firstHearer} or the last call) hears a story if it is in a camp
     * or booked; returns the next hearer's slot (past f's last slot when the day's hearing is done).
     */
    int hearAt(PoolSide f, int i) {
        final int mt = f.meta[i];
        if ((mt & 0xFF) <= 1) {
            final float[] rec = f.rec;
            final int g = (mt >>> 8) & 0xFF, o = i * PoolSide.R;
            final float r = hear(rec, o, g, storyWeight, salience, announce, agreement[g], jobWeight, jobChance);
            if (((mt >>> 24) & ownCase) == 0) rec[o + PoolSide.B_RETURN] = r;
        }
        return (int) Math.min(NO_HEARER, i + 1 + (long) (rng.nextDouble() * span)); // a tiny rate: far gaps, no overflow
    }

    /**
     * A newcomer (slot i of f, group g) hears {@code upstream_stories} stories on the way through Europe.
     * Every newcomer starts from the prior, so its return belief after them depends only on which stories
     * were of people sent away: the beliefs after each sequence are worked out once ({@link #upstreamBeliefs})
     * and the stories only pick the sequence (two divisions a story were most of a newcomer's cost).
     */
    void hearUpstream(PoolSide f, int i, int g, MigrantSettings q, double agreement, double jobChance) {
        final float[] rec = f.rec;
        final int o = i * PoolSide.R, n = q.upstreamStories;
        final float[] after = upstreamBeliefs(q);
        if (after == null || rec[o + PoolSide.B_RETURN] != after[1]) { // many stories, or not from the prior
            for (int k = 0; k < n; k++)
                rec[o + PoolSide.B_RETURN] = hear(rec, o, g, q.storyWeight, q.returnSalience, q.announcementWeight, agreement,
                        q.jobStoryWeight, jobChance);
            return;
        }
        // the same draws as story(), with the generator's state in a local; the return belief's sequence of
        // stories (node) and the job belief's sequence of stories of work found or not (jobNode) are noted,
        // and the beliefs looked up at the end
        final double announce = q.announcementWeight, sentIfAnnounced = agreement / (1 + agreement);
        final long[] r = ring[g];
        final int events = len[g];
        long s = rng.state();
        int node = 1, jobNode = 1;
        for (int k = 0; k < n; k++) {
            boolean sent;
            if (announce > 0 && SplitMix64.doubleAt(s += SplitMix64.GAMMA) < announce) {
                sent = SplitMix64.doubleAt(s += SplitMix64.GAMMA) < sentIfAnnounced;
            } else {
                sent = sentAway(r, (int) (SplitMix64.doubleAt(s += SplitMix64.GAMMA) * events));
                if (!sent) jobNode = 2 * jobNode + (SplitMix64.doubleAt(s += SplitMix64.GAMMA) < jobChance ? 1 : 0);
            }
            node = 2 * node + (sent ? 1 : 0);
        }
        rng.state(s);
        rec[o + PoolSide.B_RETURN] = after[node];
        rec[o + PoolSide.B_JOB] = jobBelief(rec[o + PoolSide.B_JOB], q.jobStoryWeight, jobNode, n);
    }

    // The job beliefs after each sequence of stories of work found or not, from the belief newcomers start
    // with (the camps' mean, the same for everyone arriving on a day): a tree like upstreamBeliefs', filled
    // as sequences occur and emptied when the starting belief or the weight changes (a new generation).
    private float[] jobAfter = new float[0];
    private int[] jobFilled = new int[0];
    private int jobGeneration;
    private float jobFrom = Float.NaN;
    private double jobWeightFrom = Double.NaN;

    /** The job belief after the sequence of job stories {@code node} (as in upstreamBeliefs), from belief j0. */
    private float jobBelief(float j0, double jobWeight, int node, int maxStories) {
        if (jobAfter.length < 2 << maxStories) {
            jobAfter = new float[2 << maxStories];
            jobFilled = new int[2 << maxStories];
            jobWeightFrom = Double.NaN; // a new generation below
        }
        if (Float.floatToRawIntBits(j0) != Float.floatToRawIntBits(jobFrom) || jobWeight != jobWeightFrom) {
            jobGeneration++;
            jobFrom = j0;
            jobWeightFrom = jobWeight;
            jobAfter[1] = j0;
            jobFilled[1] = jobGeneration;
        }
        return jobAfter(node);
    }

    private float jobAfter(int node) {
        if (jobFilled[node] == jobGeneration) return jobAfter[node];
        float j = afterJobStory(jobAfter(node >>> 1), node & 1, jobWeightFrom);
        jobAfter[node] = j;
        jobFilled[node] = jobGeneration;
        return j;
    }

    /** Most stories heard upstream for which the beliefs after every sequence are tabulated (2^(n+1) floats). */
    static final int MAX_TABULATED_STORIES = 12;
    private float[] upstreamAfter;
    private float tabPrior;
    private double tabWeight, tabSalience;

    /**
     * The return belief after each sequence of upstream stories, starting from the prior: a binary tree
     * in an array, the root (index 1) the prior, the children of node k after one more story 2k (not sent
     * away) and 2k + 1 (sent away); null if there are too many stories to tabulate. Rebuilt when the
     * settings it depends on change.
     */
    private float[] upstreamBeliefs(MigrantSettings q) {
        final int n = q.upstreamStories;
        if (n > MAX_TABULATED_STORIES) return null;
        final float prior = (float) q.priorReturn;
        if (upstreamAfter == null || upstreamAfter.length != 2 << n || Float.floatToRawIntBits(prior) != Float.floatToRawIntBits(tabPrior)
                || q.storyWeight != tabWeight || q.returnSalience != tabSalience) {
            float[] t = new float[2 << n];
            t[1] = prior;
            for (int k = 1; k < t.length / 2; k++) {
                t[2 * k] = afterStory(t[k], false, q.storyWeight, q.returnSalience);
                t[2 * k + 1] = afterStory(t[k], true, q.storyWeight, q.returnSalience);
            }
            upstreamAfter = t;
            tabPrior = prior;
            tabWeight = q.storyWeight;
            tabSalience = q.returnSalience;
        }
        return upstreamAfter;
    }
}
