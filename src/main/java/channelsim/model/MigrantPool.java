package channelsim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where every migrant is kept: a data structure, with no decisions. Those in France (in a camp, booked, or
 * waiting for the legal route) act every day and are kept together in dense arrays ({@link PoolSide}), so
 * a day streams through them; claimants in the UK mostly wait for a decision, and are filed by the day
 * they next have something to do ({@link Claimants}). A migrant who lands becomes a claimant record; one
 * returned to France moves back, beliefs and money intact. The pool creates, moves and retires migrants,
 * counts them by state, and checks its own consistency. What they decide is in {@link CampLife} (France)
 * and {@link AsylumSystem} (the UK); {@link Migrant} is a view of one migrant for the GUI inspectors.
 */
public final class MigrantPool {
    static final byte F_UK_LINKS = 1, F_FIRST_ENTRY = 2, F_RETURNABLE = 4, F_RETURNEE = 8;
    /**
     * More flags: a minor (never returnable to France); screened out of the returns pipeline (ineligible, or
     * released after a challenge: not referred again); a challenge that will succeed (drawn on detention);
     * landed in the UK at least once on a recorded day (so a second landing is not a new person).
     */
    static final int F_MINOR = 16, F_SCREENED = 32, F_RELEASE = 64, F_LANDED = 128;
    static final int UK_CLAIM = MigrantState.UK_CLAIM.ordinal(), REFUSED = MigrantState.REFUSED.ordinal(),
            DETAINED = MigrantState.DETAINED.ordinal();

    /** In France (IN_CAMP, BOOKED, LEGAL_WAIT). */
    final PoolSide france = new PoolSide(1024);
    /**
     * In the UK: claimants waiting for a decision (UK_CLAIM) filed by decision day, refused claimants
     * (REFUSED) by absconding day, claimants looked at every day (inside a window for returns while the
     * scheme has capacity; everyone on their first day), and those who landed today (looked at from tomorrow).
     */
    final Claimants claims = new Claimants(), refused = new Claimants();
    final Claimants.List daily = new Claimants.List(), landed = new Claimants.List();
    /** In the returns pipeline (DETAINED): detained, identified, challenging, or waiting for France to accept. */
    final Claimants.List detained = new Claimants.List();
    private int nextId;

    /** People ever created, and how many are in each state now (terminal states included). */
    long created;
    final long[] stateCount = new long[MigrantState.VALUES.length];
    /** Claimants still waiting for a decision, by landing day (those landed in the model only). */
    private int[] ukClaimsByDay = new int[512];
    /** Bumped whenever records may have moved, so that views by live index are rebuilt. */
    long changes;
    /** The day (step) the migrants last acted on: the calendars have advanced to it. */
    int today;

    /** Live migrants: those in France first (indices [0, france.n)), then those in the UK. */
    public int size() { return france.n + ukCount(); }

    private int ukCount() { return (int) (stateCount[UK_CLAIM] + stateCount[REFUSED] + stateCount[DETAINED]); }

    public long created() { return created; }

    public long count(MigrantState s) { return stateCount[s.ordinal()]; }

    // Views by live index k (0 <= k < size()), for inspectors, the map and tests, between steps. Indices
    // move as migrants leave or cross: a view is for looking, not for keeping. Claimants are numbered
    // through the daily list, today's landings, the returns pipeline, then the calendars day by day.
    private long viewAt = -1;
    private int[][] viewArrays = new int[0][];
    private int[] viewBase = new int[0];

    /** The array and first index of UK claimant u's record (u from 0). */
    private int[] ukRecord(int u, int[] base) {
        if (u < daily.n) { // the only case while the initial backlog is created
            base[0] = u * Claimants.U;
            return daily.a;
        }
        if (viewAt != changes) buildView();
        base[0] = viewBase[u];
        return viewArrays[u];
    }

    private void buildView() {
        int n = ukCount();
        if (viewBase.length < n) {
            viewBase = new int[n];
            viewArrays = new int[n][];
        }
        int u = 0;
        for (Claimants.List l : ukLists()) u = addToView(l, u);
        if (u != n) throw new IllegalStateException(u + " claimant records for " + n + " claimants");
        viewAt = changes;
    }

    private int addToView(Claimants.List l, int u) {
        for (int q = 0; q < l.n; q++, u++) {
            viewArrays[u] = l.a;
            viewBase[u] = q * Claimants.U;
        }
        return u;
    }

    private final int[] viewScratch = new int[1];

    /** Migrant k's packed state, group, camp and flags. */
    private int meta(int k) {
        if (k < france.n) return france.meta[k];
        int[] a = ukRecord(k - france.n, viewScratch);
        return a[viewScratch[0] + Claimants.META];
    }

    /** Migrant k's aux int (see {@link PoolSide#A}). */
    int aux(int k, int field) {
        if (k < france.n) return france.aux(k, field);
        int[] a = ukRecord(k - france.n, viewScratch);
        return a[viewScratch[0] + Claimants.AUX + field];
    }

    /** Migrant k's float (see {@link PoolSide#R}). */
    float value(int k, int field) {
        if (k < france.n) return france.get(k, field);
        int[] a = ukRecord(k - france.n, viewScratch);
        return Float.intBitsToFloat(a[viewScratch[0] + Claimants.REC + field]);
    }

    public byte state(int k) { return (byte) (meta(k) & 0xFF); }

    public int group(int k) { return (meta(k) >>> 8) & 0xFF; }

    public int camp(int k) { return (meta(k) >>> 16) & 0xFF; }

    int flags(int k) { return meta(k) >>> 24; }

    public int id(int k) { return aux(k, PoolSide.ID); }

    /** The gang holding migrant k's place, or -1. */
    public int gang(int k) { return (int) value(k, PoolSide.GANG); }

    /**
     * A new migrant in state s (in France or a UK claimant) of group g in camp c; returns its live index.
     * Attributes are drawn from r; newcomers arrive knowing what the camp and their community know.
     */
    int create(ChannelModel m, MersenneTwisterFast r, MigrantState s, int g, int c) {
        boolean inUk = s == MigrantState.UK_CLAIM;
        if (!inUk && s != MigrantState.IN_CAMP && s != MigrantState.BOOKED && s != MigrantState.LEGAL_WAIT)
            throw new IllegalArgumentException("a new migrant cannot start " + s);
        changes++;
        PoolSide d = france; // a new claimant is made in France's arrays, then filed as a record
        Params p = m.params();
        int i = d.add();
        d.setAux(i, PoolSide.ID, nextId++);
        created++;
        stateCount[s.ordinal()]++;
        byte f = 0;
        if (r.nextDouble() < p.ukLinks[g]) f |= F_UK_LINKS;
        if (r.nextDouble() < p.firstEntry[g]) f |= F_FIRST_ENTRY;
        MigrantSettings rules = m.settings().migrants;
        if (r.nextDouble() < rules.minorShare) f |= F_MINOR;
        d.meta[i] = s.ordinal() | g << 8 | c << 16 | f << 24;
        final float[] rec = d.rec;
        final int o = i * PoolSide.R;
        double ms = rules.moneySpread, vs = rules.valuationSpread;
        rec[o + PoolSide.MONEY] = (float) (rules.moneyMean * Math.exp(ms * r.nextGaussian() - ms * ms / 2));
        rec[o + PoolSide.RISK_TOL] = (float) Math.max(0.01, Math.min(0.99, rules.riskToleranceMean + rules.riskToleranceSpread * r.nextGaussian()));
        rec[o + PoolSide.VALUATION] = (float) Math.exp(vs * r.nextGaussian() - vs * vs / 2);
        Observations obs = m.observations();
        rec[o + PoolSide.B_SUCCESS] = (float) obs.success(c);
        rec[o + PoolSide.B_DEATH] = (float) obs.death(c);
        // what the newcomer believes of return and work before its own stories: the prior, and what people in
        // the camps believe of work now (see NewsNetwork)
        rec[o + PoolSide.B_RETURN] = (float) rules.priorReturn;
        rec[o + PoolSide.B_JOB] = (float) m.campJobBelief();
        d.setAux(i, PoolSide.NEXT_DAY, 0);
        d.setAux(i, PoolSide.ARRIVED_DAY, Integer.MIN_VALUE / 2);
        rec[o + PoolSide.GANG] = -1;
        d.setAux(i, PoolSide.ATTEMPTS, 0);
        if (!inUk) return i;
        // a claimant (the initial backlog) is looked at on the first day
        int b = daily.add(); // first: it may replace daily.a
        d.pack(i, daily.a, b);
        d.n--;
        return france.n + daily.n - 1;
    }

    /** Sets the day of migrant k's next event (a claimant's decision day, for the initial backlog). */
    void setNextDay(int k, int day) {
        if (k < france.n) {
            france.setAux(k, PoolSide.NEXT_DAY, day);
            return;
        }
        int[] a = ukRecord(k - france.n, viewScratch);
        a[viewScratch[0] + Claimants.AUX + PoolSide.NEXT_DAY] = day;
    }

    /** A claimant record in state from (UK_CLAIM, REFUSED or DETAINED), landed on day arrived, changes to state to. */
    void count(int from, int arrived, MigrantState to) {
        if (from == UK_CLAIM && to.ordinal() != UK_CLAIM) untrackClaim(arrived);
        if (from != UK_CLAIM && to.ordinal() == UK_CLAIM) trackClaim(arrived);
        stateCount[from]--;
        stateCount[to.ordinal()]++;
    }

    /** Migrant i of side d changes to state to. */
    void move(PoolSide d, int i, MigrantState to) {
        final int st = d.state(i);
        if (st == UK_CLAIM && to.ordinal() != UK_CLAIM) untrackClaim(d.aux(i, PoolSide.ARRIVED_DAY));
        stateCount[st]--;
        stateCount[to.ordinal()]++;
        d.setState(i, to.ordinal());
    }

    /** The newest migrant (slot i, the last of France's side, just created) leaves at once for terminal state to. */
    void retireNewest(int i, MigrantState to) {
        if (i != france.n - 1) throw new IllegalStateException("slot " + i + " is not the newest");
        changes++;
        move(france, i, to);
        france.n--;
    }

    /** Migrant i of side d leaves the live migrants for terminal state to. */
    void retire(PoolSide d, int i, MigrantState to) {
        move(d, i, to);
        d.remove(i);
    }

    /** A claimant landed on day t: counted among the claims by landing day. */
    void trackClaim(int t) {
        if (t < 0) return;
        if (t >= ukClaimsByDay.length) ukClaimsByDay = Arrays.copyOf(ukClaimsByDay, Math.max(2 * ukClaimsByDay.length, t + 1));
        ukClaimsByDay[t]++;
    }

    /** A claimant who landed on day d left the claims (decided, returned or removed). */
    private void untrackClaim(int d) {
        if (d >= 0 && d < ukClaimsByDay.length) ukClaimsByDay[d]--;
    }

    /** Claimants now waiting who landed on days from..to (inclusive). */
    int ukClaimsSince(int from, int to) {
        int s = 0;
        for (int d = Math.max(0, from); d <= to && d < ukClaimsByDay.length; d++) s += ukClaimsByDay[d];
        return s;
    }

    /** Counts live migrants by state by scanning the arrays (for conservation checks). */
    public long[] recount() {
        long[] c = new long[MigrantState.VALUES.length];
        for (int i = 0; i < france.n; i++) c[france.state(i)]++;
        for (Claimants.List l : ukLists())
            for (int q = 0; q < l.n; q++) c[l.a[q * Claimants.U + Claimants.META] & 0xFF]++;
        return c;
    }

    /** Every list of claimants: the daily list, today's landings, then the calendars day by day. */
    private List<Claimants.List> ukLists() {
        List<Claimants.List> all = new ArrayList<>(List.of(daily, landed, detained));
        claims.lists(all);
        refused.lists(all);
        return all;
    }

    /** True if every live migrant is on the side its state says (for conservation checks). */
    public boolean sidesConsistent() {
        final int t = today;
        for (int i = 0; i < france.n; i++) if (france.state(i) > 2) return false;
        for (Claimants.List l : List.of(daily, landed))
            for (int q = 0; q < l.n; q++) if ((l.a[q * Claimants.U + Claimants.META] & 0xFF) != UK_CLAIM) return false;
        for (int q = 0; q < detained.n; q++) if ((detained.a[q * Claimants.U + Claimants.META] & 0xFF) != DETAINED) return false;
        for (Claimants c : new Claimants[]{claims, refused}) {
            int want = c == claims ? UK_CLAIM : REFUSED;
            List<Claimants.List> lists = new ArrayList<>();
            c.lists(lists);
            for (Claimants.List l : lists)
                for (int q = 0; q < l.n; q++) if ((l.a[q * Claimants.U + Claimants.META] & 0xFF) != want) return false;
            // the days of the current block gone by are empty
            for (int d = c.block() << Claimants.SHIFT; d < t; d++) if (c.day(d).n > 0) return false;
        }
        return true;
    }
}
