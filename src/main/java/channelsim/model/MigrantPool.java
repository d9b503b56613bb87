package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

/**
 * All migrants, stored as parallel primitive arrays and stepped in two tight loops: thousands of agents a
 * day with no allocation. The arrays are split by side of the Channel ({@link Side}): those in France (in a
 * camp, booked, or waiting for the legal route) act every day and are kept together, so a day streams
 * through their arrays densely; claimants in the UK mostly wait for a decision and are visited only on
 * days they have something to do. A migrant who lands moves to the UK side; one returned to France
 * moves back, beliefs and money intact. {@link Migrant} is a view of one migrant for the GUI inspectors.
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
 * in France, then the UK side. People who land today join the UK side's queue tomorrow, and people
 * returned today are back in a camp from tomorrow, as if all migrants had acted at once.
 */
public final class MigrantPool implements Steppable {
    private static final long serialVersionUID = 1;
    static final byte F_UK_LINKS = 1, F_FIRST_ENTRY = 2, F_RETURNABLE = 4, F_RETURNEE = 8;

    /**
     * Live migrants of one side, slots [0, n). A migrant leaving the side leaves its slot to the last one
     * (the loops run backwards, so that one was already stepped).
     *
     * <p>Layout: what a decision reads is packed together, so that one migrant's decision, boarding or move
     * touches two or three cache lines rather than one per attribute (with 100,000 people in camps the
     * arrays outgrow the processor's own cache, and each line is a trip to the shared one). {@code meta}
     * holds state, group, camp and flags in one int; {@code rec} holds the floats, {@link #R} per migrant
     * (money, beliefs, valuation, risk tolerance, gang); {@code aux} the days and counts, {@link #A}
     * ints per migrant (next event day, landing day, attempts, id). {@code wake} stays an array of its own: the UK
     * loop reads it for sixteen slots at a time.
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
        /** UK side only: first day the slot has something to do ({@link #ALWAYS}: every day). */
        int[] wake;
        /** A lower bound of wake over each block of {@link #BLOCK} slots: blocks with no one due are skipped whole. */
        int[] blockMin;

        Side(int cap) {
            meta = new int[cap];
            rec = new float[cap * R];
            aux = new int[cap * A];
            wake = new int[cap];
            blockMin = new int[cap / BLOCK + 1];
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
                wake = Arrays.copyOf(wake, c);
                blockMin = Arrays.copyOf(blockMin, c / BLOCK + 1);
            }
            if ((n & (BLOCK - 1)) == 0) blockMin[n >> BLOCK_SHIFT] = Integer.MAX_VALUE; // a block starts empty
            return n++;
        }

        /** Copies migrant j of side o into slot i of this side. */
        void copy(Side o, int j, int i) {
            meta[i] = o.meta[j];
            System.arraycopy(o.rec, j * R, rec, i * R, R);
            System.arraycopy(o.aux, j * A, aux, i * A, A);
            setWake(i, o.wake[j]);
        }

        /** Every wake day is written here (or by the UK loop, which then recomputes its block's bound). */
        void setWake(int i, int day) {
            wake[i] = day;
            if (day < blockMin[i >> BLOCK_SHIFT]) blockMin[i >> BLOCK_SHIFT] = day;
        }

        /**
         * Slot i leaves this side: the last migrant will take it, at {@link #compact()}. The daily loops run
         * backwards and call compact() when they end, which moves the last migrants into the emptied slots
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
            // the bound of a block that held an emptied slot counted the leaver's wake day: make it exact
            // again (on the UK side, so that the block is not read tomorrow for nothing)
            for (int k = 0; k < holeCount; k++) {
                int b = holes[k] >> BLOCK_SHIFT, lo = Integer.MAX_VALUE;
                for (int j = b << BLOCK_SHIFT, end = Math.min(j + BLOCK, n); j < end; j++) lo = Math.min(lo, wake[j]);
                blockMin[b] = lo;
            }
            holeCount = 0;
        }

        /** Moves migrant i of this side to the end of side to; returns its new slot there. */
        int moveTo(Side to, int i) {
            int j = to.add();
            to.copy(this, i, j);
            remove(i);
            return j;
        }
    }

    /** In France (IN_CAMP, BOOKED, LEGAL_WAIT) and in the UK (UK_CLAIM, REFUSED). */
    final Side france = new Side(1024), uk = new Side(1024);
    private int nextId;

    /** People ever created, and how many are in each state now (terminal states included). */
    long created;
    final long[] stateCount = new long[MigrantState.VALUES.length];

    // today's flows, read by the recorder
    int arrivalsToday, preventedToday, interceptedToday, deathsToday, deterredToday, removedHomeToday,
            thirdToday, hubToday, onwardToday, repeatArrivalsToday, grantedToday, abscondedToday, legalToday, returnedToday, attemptsToday;
    final int[] arrivalsByGroupToday;
    final long[] arrivalsByGroup;
    double believedReturnSum, believedJobSum;
    int campCount;
    /** Eligible counts seen in yesterday's pass, for drawing uniformly without a second pass. */
    private int eligibleReturn, eligibleThird, refusedCount, legalWaiting;
    /** Claimants still waiting for a decision, by landing day (those landed in the model only). */
    private int[] ukClaimsByDay = new int[512];
    /** Yesterday's widest eligibility window: claimants made quiet under it stay quiet unless it grows. */
    private int lastQuietAfter = Integer.MIN_VALUE;
    /** A wake day before any day (half of MIN_VALUE, so day arithmetic on it cannot overflow). */
    static final int ALWAYS = Integer.MIN_VALUE / 2;
    /**
     * UK claimants are checked in blocks of 16 slots (one cache line of wake days): with a few hundred of
     * 47,000 claimants due a day, about one block in ten has someone due. Bigger blocks are skipped less
     * often and read more lines; at most 64 (the bits of a long).
     */
    static final int BLOCK_SHIFT = 4, BLOCK = 1 << BLOCK_SHIFT;

    // the MIGRANTS and HOME_OFFICE streams: fast generators seeded from those purposes' streams. The camp
    // migrants' one draw a day comes from a stream of its own (daily), kept in a register during the loop.
    private final SplitMix64 rng, daily;
    private final SplitMix64 homeRng;
    /** Scratch: which gangs operate today (reused: no allocation). */
    private boolean[] gangAlive = new boolean[16];
    /** Per-group values of the day, filled at the start of each step (scratch, reused: no allocation). */
    private final double[] stayPartToday;
    private final float[] perceivedReturnToday;
    private float[] successToday = new float[0], deathToday = new float[0];

    MigrantPool(int groups, MersenneTwisterFast rng, MersenneTwisterFast homeRng) {
        this.rng = new SplitMix64(rng);
        this.daily = new SplitMix64(rng);
        this.homeRng = new SplitMix64(homeRng);
        arrivalsByGroupToday = new int[groups];
        arrivalsByGroup = new long[groups];
        stayPartToday = new double[groups];
        perceivedReturnToday = new float[groups];
    }

    /** Live migrants: those in France first (indices [0, france)), then those in the UK. */
    public int size() { return france.n + uk.n; }

    public long created() { return created; }

    public long count(MigrantState s) { return stateCount[s.ordinal()]; }

    // Views by live index k (0 <= k < size()), for inspectors, the map and tests. Indices move as
    // migrants leave or cross: a view is for looking, not for keeping.
    Side sideOf(int k) { return k < france.n ? france : uk; }

    int slotOf(int k) { return k < france.n ? k : k - france.n; }

    public byte state(int k) { return (byte) sideOf(k).state(slotOf(k)); }

    public int id(int k) { return sideOf(k).aux(slotOf(k), Side.ID); }

    public int camp(int k) { return sideOf(k).camp(slotOf(k)); }

    /** The gang holding migrant k's place, or -1. */
    public int gang(int k) { return sideOf(k).gang(slotOf(k)); }

    // Parameters of new migrants (read by readParams, like the day's)
    private double moneySpread, valuationSpread, moneyMean, riskMean, riskSpread;

    /** A new migrant in state s (in France or a UK claimant); returns its live index. Attributes are drawn from r. */
    int create(ChannelModel m, MersenneTwisterFast r, MigrantState s, int g, int c) {
        boolean inUk = s == MigrantState.UK_CLAIM || s == MigrantState.REFUSED;
        if (!inUk && s != MigrantState.IN_CAMP && s != MigrantState.BOOKED && s != MigrantState.LEGAL_WAIT)
            throw new IllegalArgumentException("a new migrant cannot start " + s);
        Side d = inUk ? uk : france;
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
        d.setWake(i, ALWAYS);
        return inUk ? france.n + i : i;
    }

    /** Sets the day of migrant k's next event (a claimant's decision day, for the initial backlog). */
    void setNextDay(int k, int day) { sideOf(k).setAux(slotOf(k), Side.NEXT_DAY, day); }

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
    private int returnsMade, returnsMadeInThirdWindow, thirdFromClaims, refusedLeft;

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
        final int refusedAtStart = (int) stateCount[REFUSED];

        final int ukAtStart = uk.n; // those who land today join the UK side's routine tomorrow
        updateBeliefs(obs);
        stepFrance(m);
        stepUk(m, ukAtStart);

        // Skipped slots counted from totals instead, with the same result as counting them one by one:
        // refused claimants who stayed refused, and claimants still eligible tomorrow (those in a window at
        // the start of the day, less those sent away through that window today; a returned claimant
        // was visited in the third-country window only if it was in that window too).
        eligibleReturn = inReturnWindow - returnsMade;
        eligibleThird = inThirdWindow - returnsMadeInThirdWindow - thirdFromClaims;
        refusedCount = refusedAtStart - refusedLeft;
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
        long dailyState = daily.state();
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
        daily.state(dailyState);
        f.compact(); // before the UK loop, which may send people back to France
        campCount -= left;
        believedReturnSum -= returnLeft;
        believedJobSum -= jobLeft;
        legalWaiting = newLegal;
    }

    /**
     * The UK side: returns to France, removals, decisions, absconding. Claimants with nothing to do today are
     * skipped (see docs/PERFORMANCE.md). wake[i] is the first day slot i has anything to do: the decision day
     * for claimants past the eligibility windows that matter today, the absconding day for refused claimants,
     * every day otherwise. A window matters only while its scheme has capacity: otherwise no one in it
     * draws, and tomorrow's eligible counts come from ukClaimsByDay instead of from visits. Every refused
     * claimant is visited on a day a returns hub removes some (they all take a draw), and every slot on a
     * day a window grows (claimants may be eligible again). People who landed today (slots from ukAtStart
     * up, the size of the side at the start of the day) wait until tomorrow.
     */
    private void stepUk(ChannelModel m, int ukAtStart) {
        Levers lv = m.levers();
        HomeOffice ho = m.homeOffice();
        final int t = dT;
        ukReturnsLeft = ho.returnsAllowed;
        ukHubLeft = ho.hubAllowed;
        ukThirdLeft = ho.thirdAllowed;
        ukEligR = Math.max(eligibleReturn, 0);
        ukEligT = Math.max(eligibleThird, 0);
        ukRefused = refusedCount;
        int quietAfter = -1;
        if (lv.returnsCapacityPerWeek() > 0 || ukReturnsLeft > 0) quietAfter = dWindow;
        if (lv.thirdCountryCapacityPerWeek > 0 || ukThirdLeft > 0) quietAfter = Math.max(quietAfter, dThirdWindow);
        ukQuietAfter = quietAfter;
        final boolean visitAll = quietAfter > lastQuietAfter;
        final boolean hubDay = ukHubLeft > 0;
        lastQuietAfter = quietAfter;
        returnsMade = returnsMadeInThirdWindow = thirdFromClaims = refusedLeft = 0;
        // Landings during the France loop may have grown the UK arrays: take them now. The UK side only
        // shrinks in this loop (returnees join France), so these stay valid.
        final Side d = uk;
        final int[] meta = d.meta, wake = d.wake, blockMin = d.blockMin;
        for (int base = (ukAtStart - 1) & -BLOCK; base >= 0; base -= BLOCK) {
            // this block's slots to visit, as bits, built without a branch per slot. Bit j stands for
            // slot top - j, so taking the lowest set bit first visits the highest slot first: a slot
            // that leaves is taken by the last one, which was visited already or landed today.
            final int top = Math.min(base + BLOCK, ukAtStart) - 1;
            long bits;
            if (visitAll) {
                bits = top - base == 63 ? -1L : (1L << (top - base + 1)) - 1;
            } else {
                // most blocks have no one due today (a claimant's decision day comes once in months):
                // blockMin is a lower bound of the block's wake days, kept by every write of a wake day
                if (blockMin[base >> BLOCK_SHIFT] > t && !hubDay) continue;
                bits = 0;
                // independent terms ORed together (no shift chain through bits); wake >= ALWAYS, so no overflow
                for (int j = 0; j <= top - base; j++) bits |= (long) ((wake[top - j] - t - 1) >>> 31) << j;
                if (hubDay)
                    for (int j = 0; j <= top - base; j++) bits |= (long) ((((meta[top - j] & 0xFF) ^ REFUSED) - 1) >>> 31) << j;
            }
            while (bits != 0) {
                visitUk(m, top - Long.numberOfTrailingZeros(bits));
                bits &= bits - 1; // clear the lowest set bit
            }
            // the block's due slots were visited and their wake days rewritten: its bound is exact again
            // (but for slots emptied today, made exact by compact())
            int lo = Integer.MAX_VALUE;
            for (int j = base, end = Math.min(base + BLOCK, d.n); j < end; j++) lo = Math.min(lo, wake[j]);
            blockMin[base >> BLOCK_SHIFT] = lo;
        }
        d.compact();
    }

    // The UK loop's state over a day: allowances left, eligible counts, what was done.
    private int ukReturnsLeft, ukHubLeft, ukThirdLeft, ukEligR, ukEligT, ukRefused, ukQuietAfter;

    /**
     * One claimant (UK side, slot i) due today. A method of its own, called for a few hundred claimants a day:
     * kept out of the block loop above so that the JIT compiles each quickly (inlined, this body made the
     * compilation of the loop take half a second, several times per run, as policies came into force).
     */
    private void visitUk(ChannelModel m, int i) {
        final Side d = uk;
        final int[] aux = d.aux, wake = d.wake;
        final int t = dT, window = dWindow, thirdWindow = dThirdWindow;
        final SplitMix64 homeRng = this.homeRng;
        final int mt = d.meta[i], st = mt & 0xFF, nd = i * Side.A + Side.NEXT_DAY, nextDay = aux[nd];
        if (st == UK_CLAIM) {
            // the common case by far (the asylum backlog): a couple of int compares
            final int since = t - aux[i * Side.A + Side.ARRIVED_DAY];
            if (since > ukQuietAfter && t < nextDay) {
                wake[i] = Math.max(ALWAYS, nextDay); // nothing to do before the decision day
                return;
            }
            wake[i] = ALWAYS; // eligible for a return or removal, or due today
            final int g = (mt >>> 8) & 0xFF;
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
                    returnToFrance(i, g, obs);
                    return;
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
                    retire(d, i, MigrantState.REMOVED_THIRD);
                    return;
                }
                ukEligT--;
            }
            if (t >= nextDay) {
                double u = homeRng.nextDouble();
                // a return agreement goes with a safe-country designation: the claim is refused and the person flown home
                if (((mt >>> 24) & F_RETURNABLE) != 0) {
                    removedHomeToday++;
                    obs.noteRemoval(g);
                    retire(d, i, MigrantState.REMOVED_HOME);
                    return;
                }
                if (u < dGrant[g]) {
                    grantedToday++;
                    retire(d, i, MigrantState.GRANTED);
                    return;
                }
                move(d, i, MigrantState.REFUSED);
                aux[nd] = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) / Math.max(1e-9, dAbscond));
                wake[i] = Math.max(ALWAYS, aux[nd]); // a day overflowed by a zero rate means at once
            }
        } else if (st == REFUSED) {
            if (ukHubLeft > 0 && homeRng.nextDouble() * ukRefused < ukHubLeft) {
                ukHubLeft--;
                ukRefused--;
                refusedLeft++;
                m.homeOffice().hubThisWeek++;
                thirdToday++;
                hubToday++;
                m.observations().noteRemoval((mt >>> 8) & 0xFF);
                retire(d, i, MigrantState.REMOVED_THIRD);
                return;
            }
            ukRefused--;
            if (t >= nextDay) {
                abscondedToday++;
                refusedLeft++;
                retire(d, i, MigrantState.ABSCONDED);
            }
        } else {
            throw new IllegalStateException("migrant in state " + MigrantState.VALUES[st] + " in the UK, slot " + i);
        }
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
            int j = f.moveTo(uk, i);
            final Side d = uk;
            d.setAux(j, Side.ARRIVED_DAY, t);
            d.setWake(j, ALWAYS);
            trackClaim(t);
            Params p = m.params();
            boolean returnable = homeRng.nextDouble() < p.returnAgreement[g];
            d.setFlags(j, returnable ? d.flags(j) | F_RETURNABLE : d.flags(j) & ~F_RETURNABLE);
            double mean = returnable ? dFastTrack : dDecisionDays;
            d.setAux(j, Side.NEXT_DAY, t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) * mean));
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
    private void returnToFrance(int i, int g, Observations obs) {
        final Side d = uk;
        final double medFive = dMedFive, returnShock = dReturnShock;
        returnedToday++;
        obs.noteReturn(g);
        if (medFive > 0 && (d.flags(i) & F_FIRST_ENTRY) != 0 && homeRng.nextDouble() < medFive) {
            onwardToday++;
            obs.noteOnward(g);
            retire(d, i, MigrantState.ONWARD);
            return;
        }
        // the merry-go-round: back in a camp, poorer, and sure that returns happen
        move(d, i, MigrantState.IN_CAMP);
        d.setFlags(i, d.flags(i) | F_RETURNEE);
        d.setCamp(i, homeRng.nextInt(Geography.CAMPS.size()));
        final int br = i * Side.R + Side.B_RETURN;
        d.rec[br] += returnShock * (1 - d.rec[br]);
        d.setGang(i, -1);
        d.setWake(i, ALWAYS);
        d.setAux(i, Side.ARRIVED_DAY, Integer.MIN_VALUE / 2);
        d.moveTo(france, i); // appended after today's France loop: back in the camp's routine tomorrow
    }

    /** Counts live migrants by state by scanning the arrays (for conservation checks). */
    public long[] recount() {
        long[] c = new long[MigrantState.VALUES.length];
        for (int i = 0; i < france.n; i++) c[france.state(i)]++;
        for (int i = 0; i < uk.n; i++) c[uk.state(i)]++;
        return c;
    }

    /** True if every live migrant is on the side its state says (for conservation checks). */
    public boolean sidesConsistent() {
        for (int i = 0; i < france.n; i++) if (france.state(i) > 2) return false;
        for (int i = 0; i < uk.n; i++) if (uk.state(i) != UK_CLAIM && uk.state(i) != REFUSED) return false;
        return true;
    }
}
