package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

/**
 * All migrants, stored in primitive arrays and stepped in tight loops: thousands of agents a day with no
 * allocation. Those in France (in a camp, booked, or waiting for the legal route) act every day and are
 * kept together ({@link Side}), so a day streams through their arrays densely; claimants in the UK mostly
 * wait for a decision, and are filed by the day they next have something to do ({@link Claimants}). A
 * migrant who lands becomes a claimant record; one returned to France moves back, beliefs and money
 * intact. {@link Migrant} is a view of one migrant for the GUI inspectors.
 *
 * <p>A migrant in a camp weighs the crossing project against giving up. With believed chance of
 * success per attempt s, of being sent away after arriving r, of being sent on to a first-entry state o
 * if returned, and of dying d, the project is worth
 * {@code EV = ((1-r) V - r o L - C) / (1 - r (1-o))}: a return sends the migrant back to the start
 * (the merry-go-round), so the expected cost C of an attempt round is paid 1/(1 - r(1-o)) times.
 * V is the value of arriving (staying, and work with the believed job chance), C the price paid per
 * success plus the death risk weighted by risk aversion.
 *
 * <p>Daily order inside this step (after the arrivals of the day have been created): first every migrant
 * in France, then the claimants in the UK (see {@link #stepUk}). People who land today join the UK's daily
 * list tomorrow, and people returned today are back in a camp from tomorrow, as if all migrants had acted
 * at once.
 */
public final class MigrantPool implements Steppable {
    private static final long serialVersionUID = 1;
    static final byte F_UK_LINKS = 1, F_FIRST_ENTRY = 2, F_RETURNABLE = 4, F_RETURNEE = 8;

    /**
     * Migrants in France, slots [0, n). A migrant leaving France leaves its slot to the last one (the loop
     * runs backwards, so that one was already stepped).
     *
     * <p>Layout: what a decision reads is packed together, so that one migrant's decision, boarding or move
     * touches two or three cache lines rather than one per attribute (with 100,000 people in camps the
     * arrays outgrow the processor's own cache, and each line is a trip to the shared one). {@code meta}
     * holds state, group, camp and flags in one int; {@code rec} holds the floats, {@link #R} per migrant
     * (money, beliefs, valuation, risk tolerance, gang); {@code aux} the days and counts, {@link #A}
     * ints per migrant (next event day, landing day, attempts, id).
     */
    static final class Side implements java.io.Serializable {
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

        Side(int cap) {
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
        void copy(Side o, int j, int i) {
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

    /** In France (IN_CAMP, BOOKED, LEGAL_WAIT). */
    final Side france = new Side(1024);
    /**
     * In the UK: claimants waiting for a decision (UK_CLAIM) filed by decision day, refused claimants
     * (REFUSED) by absconding day, claimants looked at every day (inside a window for returns while the
     * scheme has capacity; everyone on their first day), and those who landed today (looked at from tomorrow).
     */
    final Claimants claims = new Claimants(), refused = new Claimants();
    final Claimants.List daily = new Claimants.List(), landed = new Claimants.List();
    private int nextId;

    /** People ever created, and how many are in each state now (terminal states included). */
    long created;
    final long[] stateCount = new long[MigrantState.VALUES.length];

    // today's flows, read by the recorder
    /** Migrants whose records were read today: everyone in France, and the UK claimants on the lists looked at. */
    int steppedToday;
    int arrivalsToday, preventedToday, interceptedToday, deathsToday, deterredToday, removedHomeToday,
            thirdToday, hubToday, onwardToday, repeatArrivalsToday, grantedToday, abscondedToday, legalToday, returnedToday, attemptsToday;
    final int[] arrivalsByGroupToday;
    final long[] arrivalsByGroup;
    double believedReturnSum, believedJobSum;
    int campCount;
    /** Eligible counts seen in yesterday's pass, for drawing uniformly without a second pass. */
    private int eligibleReturn, eligibleThird, legalWaiting;
    /** Claimants still waiting for a decision, by landing day (those landed in the model only). */
    private int[] ukClaimsByDay = new int[512];
    /** Yesterday's widest eligibility window: claimants made quiet under it stay quiet unless it grows. */
    private int lastQuietAfter = Integer.MIN_VALUE;
    /** The list being looked at is the daily one (not a day's). */
    private static final int DAILY = Integer.MIN_VALUE;

    // the MIGRANTS and HOME_OFFICE streams: fast generators seeded from those purposes' streams. The camp
    // migrants' one draw a day comes from a stream of its own (campDraws), kept in a register during the loop.
    private final SplitMix64 rng, campDraws;
    private final SplitMix64 homeRng;
    /** Scratch: which gangs operate today (reused: no allocation). */
    private boolean[] gangAlive = new boolean[16];
    /** Per-group values of the day, filled at the start of each step (scratch, reused: no allocation). */
    private final double[] stayPartToday;
    private final float[] perceivedReturnToday;
    private float[] successToday = new float[0], deathToday = new float[0];

    MigrantPool(int groups, MersenneTwisterFast rng, MersenneTwisterFast homeRng) {
        this.rng = new SplitMix64(rng);
        this.campDraws = new SplitMix64(rng);
        this.homeRng = new SplitMix64(homeRng);
        arrivalsByGroupToday = new int[groups];
        arrivalsByGroup = new long[groups];
        stayPartToday = new double[groups];
        perceivedReturnToday = new float[groups];
    }

    /** Live migrants: those in France first (indices [0, france.n)), then those in the UK. */
    public int size() { return france.n + ukCount(); }

    private int ukCount() { return (int) (stateCount[UK_CLAIM] + stateCount[REFUSED]); }

    public long created() { return created; }

    public long count(MigrantState s) { return stateCount[s.ordinal()]; }

    // Views by live index k (0 <= k < size()), for inspectors, the map and tests, between steps. Indices
    // move as migrants leave or cross: a view is for looking, not for keeping. Claimants are numbered
    // through the daily list, today's landings, then the calendars day by day.
    private long changes, viewAt = -1;
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
        u = addToView(daily, u);
        u = addToView(landed, u);
        java.util.List<Claimants.List> lists = new java.util.ArrayList<>();
        claims.lists(lists);
        refused.lists(lists);
        for (Claimants.List l : lists) u = addToView(l, u);
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

    /** Migrant k's aux int (see {@link Side#A}). */
    int aux(int k, int field) {
        if (k < france.n) return france.aux(k, field);
        int[] a = ukRecord(k - france.n, viewScratch);
        return a[viewScratch[0] + Claimants.AUX + field];
    }

    /** Migrant k's float (see {@link Side#R}). */
    float value(int k, int field) {
        if (k < france.n) return france.get(k, field);
        int[] a = ukRecord(k - france.n, viewScratch);
        return Float.intBitsToFloat(a[viewScratch[0] + Claimants.REC + field]);
    }

    public byte state(int k) { return (byte) (meta(k) & 0xFF); }

    public int group(int k) { return (meta(k) >>> 8) & 0xFF; }

    public int camp(int k) { return (meta(k) >>> 16) & 0xFF; }

    int flags(int k) { return meta(k) >>> 24; }

    public int id(int k) { return aux(k, Side.ID); }

    /** The gang holding migrant k's place, or -1. */
    public int gang(int k) { return (int) value(k, Side.GANG); }

    // Parameters of new migrants (read by readParams, like the day's)
    private double moneySpread, valuationSpread, moneyMean, riskMean, riskSpread;

    /** A new migrant in state s (in France or a UK claimant); returns its live index. Attributes are drawn from r. */
    int create(ChannelModel m, MersenneTwisterFast r, MigrantState s, int g, int c) {
        boolean inUk = s == MigrantState.UK_CLAIM;
        if (!inUk && s != MigrantState.IN_CAMP && s != MigrantState.BOOKED && s != MigrantState.LEGAL_WAIT)
            throw new IllegalArgumentException("a new migrant cannot start " + s);
        changes++;
        Side d = france; // a new claimant is made in France's arrays, then filed as a record
        Params p = m.params();
        int i = d.add();
        d.setAux(i, Side.ID, nextId++);
        created++;
        stateCount[s.ordinal()]++;
        byte f = 0;
        if (r.nextDouble() < p.ukLinks[g]) f |= F_UK_LINKS;
        if (r.nextDouble() < p.firstEntry[g]) f |= F_FIRST_ENTRY;
        d.meta[i] = s.ordinal() | g << 8 | c << 16 | f << 24;
        final float[] rec = d.rec;
        final int o = i * Side.R;
        if (paramsWatch.changed(p)) readParams(p);
        double ms = moneySpread, vs = valuationSpread;
        rec[o + Side.MONEY] = (float) (moneyMean * Math.exp(ms * r.nextGaussian() - ms * ms / 2));
        rec[o + Side.RISK_TOL] = (float) Math.max(0.01, Math.min(0.99, riskMean + riskSpread * r.nextGaussian()));
        rec[o + Side.VALUATION] = (float) Math.exp(vs * r.nextGaussian() - vs * vs / 2);
        Observations obs = m.observations();
        // newcomers arrive knowing what the camp and their community know
        rec[o + Side.B_SUCCESS] = (float) obs.success(c);
        rec[o + Side.B_DEATH] = (float) obs.death(c);
        rec[o + Side.B_RETURN] = (float) obs.perceivedReturn(g, dSalience);
        rec[o + Side.B_JOB] = (float) m.levers().jobChance;
        d.setAux(i, Side.NEXT_DAY, 0);
        d.setAux(i, Side.ARRIVED_DAY, Integer.MIN_VALUE / 2);
        rec[o + Side.GANG] = -1;
        d.setAux(i, Side.ATTEMPTS, 0);
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
            france.setAux(k, Side.NEXT_DAY, day);
            return;
        }
        int[] a = ukRecord(k - france.n, viewScratch);
        a[viewScratch[0] + Claimants.AUX + Side.NEXT_DAY] = day;
    }

    /** A claimant record in state from (UK_CLAIM or REFUSED), landed on day arrived, changes to state to. */
    private void count(int from, int arrived, MigrantState to) {
        if (from == UK_CLAIM && to.ordinal() != UK_CLAIM) untrackClaim(arrived);
        stateCount[from]--;
        stateCount[to.ordinal()]++;
    }

    private void move(Side d, int i, MigrantState to) {
        final int st = d.state(i);
        if (st == UK_CLAIM && to.ordinal() != UK_CLAIM) untrackClaim(d.aux(i, Side.ARRIVED_DAY));
        stateCount[st]--;
        stateCount[to.ordinal()]++;
        d.setState(i, to.ordinal());
    }

    private static final int UK_CLAIM = MigrantState.UK_CLAIM.ordinal(), REFUSED = MigrantState.REFUSED.ordinal();

    /** A claimant landed on day t: counted among the claims by landing day. */
    private void trackClaim(int t) {
        if (t < 0) return;
        if (t >= ukClaimsByDay.length) ukClaimsByDay = Arrays.copyOf(ukClaimsByDay, Math.max(2 * ukClaimsByDay.length, t + 1));
        ukClaimsByDay[t]++;
    }

    /** A claimant who landed on day d left the claims (decided, returned or removed). */
    private void untrackClaim(int d) {
        if (d >= 0 && d < ukClaimsByDay.length) ukClaimsByDay[d]--;
    }

    /** Claimants now waiting who landed on days from..to (inclusive). */
    private int ukClaimsSince(int from, int to) {
        int s = 0;
        for (int d = Math.max(0, from); d <= to && d < ukClaimsByDay.length; d++) s += ukClaimsByDay[d];
        return s;
    }

    /** Migrant i of side d leaves the live migrants for terminal state to. */
    private void retire(Side d, int i, MigrantState to) {
        move(d, i, to);
        d.remove(i);
    }

    private void resetToday() {
        arrivalsToday = preventedToday = interceptedToday = deathsToday = deterredToday = removedHomeToday = 0;
        thirdToday = hubToday = onwardToday = repeatArrivalsToday = grantedToday = abscondedToday = legalToday = returnedToday = attemptsToday = 0;
        Arrays.fill(arrivalsByGroupToday, 0);
        believedReturnSum = believedJobSum = 0;
        campCount = 0;
        steppedToday = 0;
    }

    // Today's values, set at the start of each step and read by the loops below: constant over the day,
    // so each loop copies what it needs into locals (registers) once.
    private int dT, dWindow, dThirdWindow;
    private double dPrice, dRepay, dLifeValue, dOnwardCost, dJobValue, dWaitCost, dIncome, dAlt, dBookRate, dGiveUp,
            dLegalChance, dLegalWaitDays, dLearn, dLearnJob, dJobTrue, dDecisionDays, dFastTrack, dFreeRetry, dOwnFailure,
            dReturnShock, dAbscond, dMedFive;
    private boolean dLegalOpen;
    private double[] dOnwardRate, dCumGang, dGrant;
    private SmugglingGang[] dGangs;
    private double dSalience, dStayValue;

    /**
     * Parameters read once per change (a timeline step or the GUI: see {@link ParamsWatch}), by create() and
     * step(), rather than once per migrant (about 130,000 creations a replicate-year) or once a day (20 map
     * lookups inlined into the daily step made its compilation several times slower).
     */
    private final ParamsWatch paramsWatch = new ParamsWatch();

    private void readParams(Params p) {
        moneySpread = p.num("migrants.money_spread");
        valuationSpread = p.num("migrants.valuation_spread");
        moneyMean = p.num("migrants.money_mean");
        riskMean = p.num("migrants.risk_tolerance_mean");
        riskSpread = p.num("migrants.risk_tolerance_spread");
        dIncome = p.num("migrants.income_per_day");
        dWaitCost = p.num("migrants.waiting_cost_per_day");
        dLearn = p.num("migrants.belief_learning_rate");
        dLearnJob = p.num("migrants.job_learning_rate");
        dSalience = p.num("migrants.return_salience");
        dStayValue = p.num("migrants.stay_value");
        dJobValue = p.num("migrants.job_value");
        dAlt = p.num("migrants.alternative_value");
        dLifeValue = p.num("migrants.life_value");
        dOnwardCost = p.num("migrants.onward_cost");
        dBookRate = p.num("migrants.booking_rate");
        dGiveUp = p.num("migrants.give_up_rate");
        dRepay = 1 - p.num("gangs.free_retry_share");
        dFreeRetry = 1 - dRepay;
        dLegalWaitDays = p.num("migrants.legal_wait_days");
        dDecisionDays = p.num("home_office.decision_days_mean");
        dFastTrack = p.num("home_office.fast_track_days");
        dAbscond = p.num("home_office.abscond_rate");
        dOwnFailure = 1 - p.num("migrants.own_failure_weight");
        dReturnShock = p.num("migrants.return_shock");
    }

    // what the UK loop did today, for tomorrow's eligible counts
    private int returnsMade, returnsMadeInThirdWindow, thirdFromClaims;

    @Override
    public void step(SimState simState) {
        ChannelModel m = (ChannelModel) simState;
        Params p = m.params();
        Levers lv = m.levers();
        Observations obs = m.observations();
        SmugglingGang[] gangs = m.gangArray();
        // which gangs operate today, densely (gangs are dismantled only after this step)
        if (gangAlive.length < gangs.length) gangAlive = new boolean[Math.max(2 * gangAlive.length, gangs.length)];
        for (int k = 0; k < gangs.length; k++) gangAlive[k] = gangs[k].alive;
        final int t = (int) m.schedule.getSteps();
        changes++;
        resetToday();
        m.prepareBoarding();

        if (paramsWatch.changed(p)) readParams(p);
        dT = t;
        dJobTrue = lv.jobChance;
        dPrice = m.marketPrice();
        dWindow = lv.returnEligibilityDays;
        dThirdWindow = lv.thirdCountryEligibilityDays;
        dMedFive = lv.medFiveShare;
        // legal route: believed chance of a place within the wait, from capacity and queue
        dLegalOpen = !lv.schemeSuspended && lv.weeklyReturnQuota > 0 && lv.legalIntakeRatio > 0;
        dLegalChance = dLegalOpen
                ? Math.min(0.95, lv.weeklyReturnQuota * lv.legalIntakeRatio / 7 * dLegalWaitDays / (legalWaiting + 1)) : 0;
        dGrant = p.grantRate;
        dCumGang = m.gangBookingWeights();
        dGangs = gangs;
        dOnwardRate = obs.onwardRate;
        final int groups = p.groupCount();
        for (int g = 0; g < groups; g++) {
            perceivedReturnToday[g] = (float) obs.perceivedReturn(g, dSalience);
            stayPartToday[g] = dStayValue * (0.5 + 0.5 * dGrant[g]);
        }
        // claimants at the start of the day inside each eligibility window (today's landings uncounted)
        final int inReturnWindow = ukClaimsSince(t - dWindow, t), inThirdWindow = ukClaimsSince(t - dThirdWindow, t);

        steppedToday += france.n; // the belief pass and the France loop read every one of them
        updateBeliefs(obs);
        stepFrance(m);
        stepUk(m);

        // Claimants still eligible tomorrow, counted from totals instead of one by one (claimants are not
        // all looked at every day): those in a window at the start of the day, less those sent away through
        // that window today (a returned claimant was in the third-country window only if it was in that
        // window too).
        eligibleReturn = inReturnWindow - returnsMade;
        eligibleThird = inThirdWindow - returnsMadeInThirdWindow - thirdFromClaims;
        for (int g = 0; g < groups; g++) arrivalsByGroup[g] += arrivalsByGroupToday[g];
    }

    /**
     * Beliefs of people in camps drift towards what camp peers and the community saw, and they raise money
     * (not while waiting for the legal route). A pass of its own, without branches, so that the updates of
     * successive migrants overlap in the processor.
     */
    private void updateBeliefs(Observations obs) {
        final Side f = france;
        final int[] meta = f.meta;
        final float[] rec = f.rec;
        // today's targets as floats: the update is done in float arithmetic, with no conversions per migrant
        if (successToday.length < obs.successRate.length) {
            successToday = new float[obs.successRate.length];
            deathToday = new float[obs.successRate.length];
        }
        final float[] success = successToday, death = deathToday, perceived = perceivedReturnToday;
        for (int c = 0; c < obs.successRate.length; c++) {
            success[c] = (float) obs.successRate[c];
            death[c] = (float) obs.deathRate[c];
        }
        final float learn = (float) dLearn, learnJob = (float) dLearnJob, jobTrue = (float) dJobTrue, income = (float) dIncome;
        // the day's sums of believed chances over people in camps, counted here for everyone in a camp now;
        // stepFrance takes out those who leave today (landed, dead, gave up)
        int camped = 0;
        double returnSum = 0, jobSum = 0;
        for (int i = 0, n = f.n; i < n; i++) {
            final int mt = meta[i], o = i * Side.R;
            final boolean inCamp = (mt & 0xFF) <= 1;
            final float l = inCamp ? learn : 0, lj = inCamp ? learnJob : 0, w = inCamp ? 1 : 0;
            final int c = (mt >>> 16) & 0xFF, g = (mt >>> 8) & 0xFF;
            rec[o + Side.B_SUCCESS] += l * (success[c] - rec[o + Side.B_SUCCESS]);
            rec[o + Side.B_DEATH] += l * (death[c] - rec[o + Side.B_DEATH]);
            final float r = rec[o + Side.B_RETURN] += l * (perceived[g] - rec[o + Side.B_RETURN]);
            final float j = rec[o + Side.B_JOB] += lj * (jobTrue - rec[o + Side.B_JOB]);
            rec[o + Side.MONEY] += inCamp ? income : 0;
            camped += inCamp ? 1 : 0;
            returnSum += w * r;
            jobSum += w * j;
        }
        campCount = camped;
        believedReturnSum = returnSum;
        believedJobSum = jobSum;
    }

    /**
     * Everyone in France, after the beliefs: booked people board if their gang launches, people in camps
     * take their daily draw and may decide, people waiting for the legal route may be admitted. The side
     * cannot grow during this loop (newcomers were created before it, returnees come after it), so its
     * arrays are safe in locals.
     */
    private void stepFrance(ChannelModel m) {
        final Side f = france;
        final int[] meta = f.meta, aux = f.aux;
        final float[] rec = f.rec;
        final boolean[] gangAlive = this.gangAlive;
        final int t = dT;
        // A camp migrant acts only if its daily draw u is below one of these rates; otherwise the value of
        // the crossing project (three divisions) cannot change what it does, so it is not computed.
        final double actRate = Math.max(dBookRate, dGiveUp);
        int legalLeft = m.homeOffice().legalSeats, legalQ = legalWaiting, newLegal = 0;
        // those who leave France today come out of the day's sums of beliefs (counted in updateBeliefs);
        // locals, stored back after the loop
        int left = 0;
        double returnLeft = 0, jobLeft = 0;
        long dailyState = campDraws.state();
        for (int i = f.n - 1; i >= 0; i--) {
            final int st = meta[i] & 0xFF;
            if (st <= 1 /* IN_CAMP, BOOKED */) {
                if (st == 1) {
                    int k = (int) rec[i * Side.R + Side.GANG];
                    if (k >= 0 && !gangAlive[k]) { // gang dismantled: the place is lost
                        rec[i * Side.R + Side.GANG] = -1;
                        move(f, i, MigrantState.IN_CAMP);
                    } else if (k >= 0 && m.seatsLeft(k) > 0) {
                        float r = rec[i * Side.R + Side.B_RETURN], j = rec[i * Side.R + Side.B_JOB];
                        // true if i left France (died, or landed: the UK side takes over tomorrow)
                        if (board(m, i, k)) {
                            left++;
                            returnLeft += r;
                            jobLeft += j;
                            continue;
                        }
                    }
                }
                if ((meta[i] & 0xFF) == 0) {
                    // one draw a day; the migrant weighs the project only if the draw can lead to an
                    // action (below the booking or the give-up rate): see decide()
                    dailyState += SplitMix64.GAMMA;
                    double u = SplitMix64.doubleAt(dailyState);
                    if (u < actRate) {
                        float r = rec[i * Side.R + Side.B_RETURN], j = rec[i * Side.R + Side.B_JOB];
                        if (decide(f, i, u)) { // gave up
                            left++;
                            returnLeft += r;
                            jobLeft += j;
                        }
                    }
                }
            } else if (st == 2 /* LEGAL_WAIT */) {
                if (legalLeft > 0 && homeRng.nextDouble() * legalQ < legalLeft) {
                    legalLeft--;
                    legalToday++;
                    m.homeOffice().recordLegalAdmission();
                    retire(f, i, MigrantState.LEGAL_ARRIVED);
                    legalQ--;
                    continue;
                }
                legalQ--;
                if (t >= aux[i * Side.A + Side.NEXT_DAY]) move(f, i, MigrantState.IN_CAMP); // tired of waiting
                else newLegal++;
            } else {
                throw new IllegalStateException("migrant in state " + MigrantState.VALUES[st] + " in France, slot " + i);
            }
        }
        campDraws.state(dailyState);
        f.compact(); // before the UK loop, which may send people back to France
        campCount -= left;
        believedReturnSum -= returnLeft;
        believedJobSum -= jobLeft;
        legalWaiting = newLegal;
    }

    /**
     * The UK side: returns to France, removals, decisions, absconding, looking only at claimants with
     * something to do today (see docs/PERFORMANCE.md): on a hub day every refused claimant (each takes a
     * draw), otherwise those due to abscond today; then the daily list (claimants inside a window for
     * returns or removals while its scheme has capacity) and those due a decision today, or every claimant
     * on a day a window grows (some may be eligible again). Tomorrow's eligible counts come from
     * ukClaimsByDay. Refused claimants come first, so that people refused today wait for tomorrow's hub
     * draws; people who landed today join the daily list at the end.
     */
    private void stepUk(ChannelModel m) {
        Levers lv = m.levers();
        HomeOffice ho = m.homeOffice();
        final int t = dT;
        ukReturnsLeft = ho.returnsAllowed;
        ukHubLeft = ho.hubAllowed;
        ukThirdLeft = ho.thirdAllowed;
        ukEligR = Math.max(eligibleReturn, 0);
        ukEligT = Math.max(eligibleThird, 0);
        ukRefused = (int) stateCount[REFUSED];
        int quietAfter = -1;
        if (lv.returnsCapacityPerWeek() > 0 || ukReturnsLeft > 0) quietAfter = dWindow;
        if (lv.thirdCountryCapacityPerWeek > 0 || ukThirdLeft > 0) quietAfter = Math.max(quietAfter, dThirdWindow);
        ukQuietAfter = quietAfter;
        final boolean visitAll = quietAfter > lastQuietAfter;
        lastQuietAfter = quietAfter;
        returnsMade = returnsMadeInThirdWindow = thirdFromClaims = 0;

        claims.advanceTo(t);
        refused.advanceTo(t);
        if (ukHubLeft > 0) visitFrom(m, refused, true);
        else visitList(m, refused.day(t), t, true);
        visitList(m, daily, DAILY, false);
        if (visitAll) visitFrom(m, claims, false);
        else visitList(m, claims.day(t), t, false);
        for (int q = 0; q < landed.n; q++) {
            int b = daily.add(); // first: it may replace daily.a
            System.arraycopy(landed.a, q * Claimants.U, daily.a, b, Claimants.U);
        }
        landed.n = 0;
    }

    /** Looks at every claimant filed in c from today on: today's list, the rest of the block's, later blocks'. */
    private void visitFrom(ChannelModel m, Claimants c, boolean refusedList) {
        final int t = dT;
        for (int d = t, end = (c.block() + 1) << Claimants.SHIFT; d < end; d++) visitList(m, c.day(d), d, refusedList);
        for (int k = c.block() + 1; k <= c.lastBlock(); k++) visitList(m, c.laterBlock(k), k << Claimants.SHIFT, refusedList);
    }

    /**
     * Looks at every claimant on list l (the daily list, or the list of day here), read in order; those
     * who stay on it are packed to its front.
     */
    private void visitList(ChannelModel m, Claimants.List l, int here, boolean refusedList) {
        if (l == null) return;
        steppedToday += l.n;
        final int[] a = l.a; // visits never add to the list being read, so its array stays
        int w = 0;
        for (int b = 0, end = l.n * Claimants.U; b < end; b += Claimants.U) {
            boolean stays = refusedList ? visitRefused(m, a, b, here) : visitClaim(m, a, b, here);
            if (stays) {
                if (w != b) System.arraycopy(a, b, a, w, Claimants.U);
                w += Claimants.U;
            }
        }
        l.n = w / Claimants.U;
    }

    // The UK loop's state over a day: allowances left, eligible counts, what was done.
    private int ukReturnsLeft, ukHubLeft, ukThirdLeft, ukEligR, ukEligT, ukRefused, ukQuietAfter;

    /** The day a claimant due on day d is filed under: tomorrow at the earliest, {@link Claimants#FAR} ahead at the latest. */
    private int fileDay(int d) {
        final int t = dT;
        return d <= t ? t + 1 : d - t > Claimants.FAR ? t + Claimants.FAR : d;
    }

    /**
     * A claimant waiting for a decision, record a[b..], on the list of day here (or the daily list).
     * True if it stays on that list.
     */
    private boolean visitClaim(ChannelModel m, int[] a, int b, int here) {
        final int t = dT, window = dWindow, thirdWindow = dThirdWindow;
        final int nextDay = a[b + Claimants.AUX + Side.NEXT_DAY], arrived = a[b + Claimants.AUX + Side.ARRIVED_DAY];
        final int since = t - arrived;
        if (since > ukQuietAfter && t < nextDay) {
            // the common case by far (the asylum backlog): nothing to do before the decision day. One on a
            // later day's list (a day a window grew) stays there, and is not counted as stepped (it may have
            // been filed there a moment ago, from today's list).
            if (here > t) {
                steppedToday--;
                return true;
            }
            int d = fileDay(nextDay);
            claims.file(d, a, b);
            return false;
        }
        // eligible for a return or removal, or due today
        final SplitMix64 homeRng = this.homeRng;
        final int g = (a[b + Claimants.META] >>> 8) & 0xFF;
        HomeOffice ho = m.homeOffice();
        Observations obs = m.observations();
        if (since <= window) {
            // returns to France: a uniform draw among the eligible, up to today's allowance
            if (ukReturnsLeft > 0 && homeRng.nextDouble() * ukEligR < ukReturnsLeft) {
                ukReturnsLeft--;
                ukEligR--;
                ho.recordReturn();
                returnsMade++;
                if (since <= thirdWindow) returnsMadeInThirdWindow++;
                returnToFrance(a, b, g, obs);
                return false;
            }
            ukEligR--;
        }
        if (since <= thirdWindow) {
            if (ukThirdLeft > 0 && homeRng.nextDouble() * ukEligT < ukThirdLeft) {
                ukThirdLeft--;
                ukEligT--;
                ho.thirdThisWeek++;
                thirdToday++;
                thirdFromClaims++;
                obs.noteRemoval(g);
                count(UK_CLAIM, arrived, MigrantState.REMOVED_THIRD);
                return false;
            }
            ukEligT--;
        }
        if (t >= nextDay) {
            double u = homeRng.nextDouble();
            // a return agreement goes with a safe-country designation: the claim is refused and the person flown home
            if (((a[b + Claimants.META] >>> 24) & F_RETURNABLE) != 0) {
                removedHomeToday++;
                obs.noteRemoval(g);
                count(UK_CLAIM, arrived, MigrantState.REMOVED_HOME);
                return false;
            }
            if (u < dGrant[g]) {
                grantedToday++;
                count(UK_CLAIM, arrived, MigrantState.GRANTED);
                return false;
            }
            count(UK_CLAIM, arrived, MigrantState.REFUSED);
            a[b + Claimants.META] = (a[b + Claimants.META] & ~0xFF) | REFUSED;
            // a day overflowed by a zero rate means at once
            int abscond = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) / Math.max(1e-9, dAbscond));
            a[b + Claimants.AUX + Side.NEXT_DAY] = abscond;
            refused.file(fileDay(abscond), a, b);
            return false;
        }
        // still inside a window: looked at again tomorrow
        if (here == DAILY) return true;
        int nb = daily.add(); // first: it may replace daily.a
        System.arraycopy(a, b, daily.a, nb, Claimants.U);
        return false;
    }

    /** A refused claimant, record a[b..], on the list of day here. True if it stays on that list. */
    private boolean visitRefused(ChannelModel m, int[] a, int b, int here) {
        final int nextDay = a[b + Claimants.AUX + Side.NEXT_DAY], arrived = a[b + Claimants.AUX + Side.ARRIVED_DAY];
        if (ukHubLeft > 0 && homeRng.nextDouble() * ukRefused < ukHubLeft) {
            ukHubLeft--;
            ukRefused--;
            m.homeOffice().hubThisWeek++;
            thirdToday++;
            hubToday++;
            m.observations().noteRemoval((a[b + Claimants.META] >>> 8) & 0xFF);
            count(REFUSED, arrived, MigrantState.REMOVED_THIRD);
            return false;
        }
        ukRefused--;
        final int t = dT;
        if (t >= nextDay) {
            abscondedToday++;
            count(REFUSED, arrived, MigrantState.ABSCONDED);
            return false;
        }
        if (here > t) return true; // on a later day's list (a hub day): stays there
        refused.file(fileDay(nextDay), a, b); // due later than the calendar reaches: filed again
        return false;
    }

    /**
     * Camp migrant i of side f, whose draw today is u, weighs the crossing project: it may take the legal
     * route, give up, or book a place. True if it left France (gave up).
     */
    private boolean decide(Side f, int i, double u) {
        final float[] rec = f.rec;
        final int o0 = i * Side.R, mt = f.meta[i], flags = mt >>> 24;
        final double price = dPrice, money = rec[o0 + Side.MONEY];
        final boolean links = (flags & F_UK_LINKS) != 0;
        // Which actions today's draw allows, before the value of the project is worked out: a migrant who
        // cannot pay yet, has no route to the legal scheme, and drew above the give-up rate does nothing,
        // whatever the value (most of those who get here: the give-up rate is far below the booking rate).
        final boolean mayLegal = links && dLegalOpen && u < dBookRate, mayGiveUp = u < dGiveUp;
        final boolean mayBook = money >= price && u < dBookRate && dCumGang.length > 0;
        if (!mayLegal && !mayGiveUp && !mayBook) return false;
        final int g = (mt >>> 8) & 0xFF;
        double s = Math.max(0.05, rec[o0 + Side.B_SUCCESS]), r = Math.min(0.98, rec[o0 + Side.B_RETURN]);
        double o = (flags & F_FIRST_ENTRY) != 0 ? dOnwardRate[g] : 0;
        double v = rec[o0 + Side.VALUATION] * (stayPartToday[g] + dJobValue * rec[o0 + Side.B_JOB]);
        double cost = price * (1 + (1 / s - 1) * dRepay) + rec[o0 + Side.B_DEATH] * dLifeValue * (1 - rec[o0 + Side.RISK_TOL]) / s;
        double ev = ((1 - r) * v - r * o * dOnwardCost - cost) / Math.max(0.02, 1 - r * (1 - o));
        // those who must first save for a place count the days of camp life that costs
        if (money < price) ev -= dWaitCost * (price - money) / Math.max(dIncome, 1e-9);
        if (mayLegal && dLegalChance * v > Math.max(ev, dAlt)) {
            move(f, i, MigrantState.LEGAL_WAIT);
            f.setAux(i, Side.NEXT_DAY, dT + (int) (-Math.log(1 - rng.nextDouble()) * dLegalWaitDays));
        } else if (ev < dAlt) {
            if (mayGiveUp) {
                deterredToday++;
                retire(f, i, MigrantState.DETERRED);
                return true;
            }
        } else if (mayBook) {
            int k = pickGang(dCumGang, rng.nextDouble());
            SmugglingGang sg = dGangs[k];
            rec[o0 + Side.MONEY] -= sg.price;
            sg.booked++;
            sg.revenueToday += sg.price;
            rec[o0 + Side.GANG] = k;
            move(f, i, MigrantState.BOOKED);
        }
        return false;
    }

    /** The first gang whose cumulative weight exceeds u x total (the last if none): a binary search. */
    private static int pickGang(double[] cum, double u) {
        double x = u * cum[cum.length - 1];
        int lo = 0, hi = cum.length - 1; // the answer is in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Puts booked migrant i (in France) on gang k's next boat and applies that boat's fate. True if i left
     * France: died, or landed and joined the UK side.
     */
    private boolean board(ChannelModel m, int i, int k) {
        int b = m.takeSeat(k);
        if (b < 0) return false;
        final int t = dT;
        final LaunchBoard board = m.launches();
        final Observations obs = m.observations();
        final Side f = france;
        final int mt = f.meta[i], g = (mt >>> 8) & 0xFF, c = (mt >>> 16) & 0xFF;
        int seat = board.boarded[b]++;
        f.aux[i * Side.A + Side.ATTEMPTS]++;
        attemptsToday++;
        byte fate = board.fate[b];
        obs.noteAttempt(c);
        if (seat < board.deaths[b]) { // the first people counted on a fatal boat are its dead
            deathsToday++;
            obs.noteDeath(c);
            retire(f, i, MigrantState.DEAD);
            return true;
        }
        if (fate == LaunchBoard.LANDED || fate == LaunchBoard.INCIDENT_UK) {
            obs.noteSuccess(c);
            arrivalsToday++;
            arrivalsByGroupToday[g]++;
            if (((mt >>> 24) & F_RETURNEE) != 0) repeatArrivalsToday++;
            obs.noteArrival(g);
            f.setGang(i, -1);
            move(f, i, MigrantState.UK_CLAIM);
            // a claimant from tomorrow: a record on today's landings, then the daily list
            final int r = landed.add();
            final int[] a = landed.a;
            f.pack(i, a, r);
            f.remove(i);
            a[r + Claimants.AUX + Side.ARRIVED_DAY] = t;
            trackClaim(t);
            Params p = m.params();
            boolean returnable = homeRng.nextDouble() < p.returnAgreement[g];
            a[r + Claimants.META] = returnable ? a[r + Claimants.META] | F_RETURNABLE << 24 : a[r + Claimants.META] & ~(F_RETURNABLE << 24);
            double mean = returnable ? dFastTrack : dDecisionDays;
            a[r + Claimants.AUX + Side.NEXT_DAY] = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) * mean);
            return true;
        }
        // stopped: back to the camp, with a free retry from the gang or not
        if (fate == LaunchBoard.PREVENTED) preventedToday++;
        else interceptedToday++;
        f.rec[i * Side.R + Side.B_SUCCESS] *= dOwnFailure; // one's own failure weighs more than hearsay
        if (rng.nextDouble() < dFreeRetry) {
            m.gangArray()[k].booked++;
        } else {
            f.setGang(i, -1);
            move(f, i, MigrantState.IN_CAMP);
        }
        return false;
    }

    /** Claimant i (UK side) is returned to France: sent on to a Med Five state, or back in a camp. */
    private void returnToFrance(int[] a, int b, int g, Observations obs) {
        final double medFive = dMedFive, returnShock = dReturnShock;
        final int mt = a[b + Claimants.META], arrived = a[b + Claimants.AUX + Side.ARRIVED_DAY];
        returnedToday++;
        obs.noteReturn(g);
        if (medFive > 0 && ((mt >>> 24) & F_FIRST_ENTRY) != 0 && homeRng.nextDouble() < medFive) {
            onwardToday++;
            obs.noteOnward(g);
            count(UK_CLAIM, arrived, MigrantState.ONWARD);
            return;
        }
        // the merry-go-round: back in a camp, poorer, and sure that returns happen; appended after today's
        // France loop, so back in the camp's routine tomorrow
        count(UK_CLAIM, arrived, MigrantState.IN_CAMP);
        final Side f = france;
        final int i = f.add();
        f.unpack(a, b, i);
        f.meta[i] = MigrantState.IN_CAMP.ordinal() | g << 8 | homeRng.nextInt(Geography.CAMPS.size()) << 16
                | ((mt >>> 24) | F_RETURNEE) << 24;
        final int br = i * Side.R + Side.B_RETURN;
        f.rec[br] += returnShock * (1 - f.rec[br]);
        f.setGang(i, -1);
        f.setAux(i, Side.ARRIVED_DAY, Integer.MIN_VALUE / 2);
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
    private java.util.List<Claimants.List> ukLists() {
        java.util.List<Claimants.List> all = new java.util.ArrayList<>(java.util.List.of(daily, landed));
        claims.lists(all);
        refused.lists(all);
        return all;
    }

    /** True if every live migrant is on the side its state says (for conservation checks). */
    public boolean sidesConsistent() {
        for (int i = 0; i < france.n; i++) if (france.state(i) > 2) return false;
        for (Claimants.List l : java.util.List.of(daily, landed))
            for (int q = 0; q < l.n; q++) if ((l.a[q * Claimants.U + Claimants.META] & 0xFF) != UK_CLAIM) return false;
        for (Claimants c : new Claimants[]{claims, refused}) {
            int want = c == claims ? UK_CLAIM : REFUSED;
            java.util.List<Claimants.List> lists = new java.util.ArrayList<>();
            c.lists(lists);
            for (Claimants.List l : lists)
                for (int q = 0; q < l.n; q++) if ((l.a[q * Claimants.U + Claimants.META] & 0xFF) != want) return false;
            // the days of the current block gone by are empty
            for (int d = c.block() << Claimants.SHIFT; d < dT; d++) if (c.day(d).n > 0) return false;
        }
        return true;
    }
}
