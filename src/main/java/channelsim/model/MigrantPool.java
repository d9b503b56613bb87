package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

/**
 * All migrants, stored as parallel primitive arrays (one slot per live migrant) and stepped in one tight
 * loop: thousands of agents a day with no allocation. {@link Migrant} is a view of one slot for the GUI
 * inspectors. Live migrants occupy slots [0, n); a migrant reaching a terminal state leaves a count
 * behind and its slot is filled by the last one (the loop runs backwards, so that one was already stepped).
 *
 * <p>A migrant in a camp weighs the crossing project against giving up. With believed chance of
 * success per attempt s, of being sent away after arriving r, of being sent on to a first-entry state o
 * if returned, and of dying d, the project is worth
 * {@code EV = ((1-r) V - r o L - C) / (1 - r (1-o))}: a return sends the migrant back to the start
 * (the merry-go-round), so the expected cost C of an attempt round is paid 1/(1 - r(1-o)) times.
 * V is the value of arriving (staying, and work with the believed job chance), C the price paid per
 * success plus the death risk weighted by risk aversion.
 */
public final class MigrantPool implements Steppable {
    private static final long serialVersionUID = 1;
    static final byte F_UK_LINKS = 1, F_FIRST_ENTRY = 2, F_RETURNABLE = 4, F_RETURNEE = 8;

    int n;
    private int nextId;
    byte[] state, group, camp, flags;
    float[] money, riskTol, valuation, bSuccess, bReturn, bDeath, bJob;
    int[] nextDay, arrivedDay, gang, id;
    /** First day the slot has something to do ({@link #ALWAYS} for camps and the legal queue). */
    int[] wake;
    short[] attempts;

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

    // the MIGRANTS and HOME_OFFICE streams, continued by inlinable generators (same numbers: see MtStream)
    private final MtStream rng;
    private final MtStream homeRng;
    /** Scratch: which gangs operate today (reused: no allocation). */
    private boolean[] gangAlive = new boolean[16];
    /** Per-group values of the day, filled at the start of each step (scratch, reused: no allocation). */
    private final double[] perceivedReturnToday, stayPartToday;

    MigrantPool(int groups, MersenneTwisterFast rng, MersenneTwisterFast homeRng) {
        this.rng = new MtStream(rng);
        this.homeRng = new MtStream(homeRng);
        arrivalsByGroupToday = new int[groups];
        arrivalsByGroup = new long[groups];
        perceivedReturnToday = new double[groups];
        stayPartToday = new double[groups];
        allocate(1024);
    }

    private void allocate(int cap) {
        state = new byte[cap];
        group = new byte[cap];
        camp = new byte[cap];
        flags = new byte[cap];
        money = new float[cap];
        riskTol = new float[cap];
        valuation = new float[cap];
        bSuccess = new float[cap];
        bReturn = new float[cap];
        bDeath = new float[cap];
        bJob = new float[cap];
        nextDay = new int[cap];
        arrivedDay = new int[cap];
        gang = new int[cap];
        id = new int[cap];
        wake = new int[cap];
        attempts = new short[cap];
    }

    private void ensure() {
        if (n < state.length) return;
        int c = state.length * 2;
        state = Arrays.copyOf(state, c);
        group = Arrays.copyOf(group, c);
        camp = Arrays.copyOf(camp, c);
        flags = Arrays.copyOf(flags, c);
        money = Arrays.copyOf(money, c);
        riskTol = Arrays.copyOf(riskTol, c);
        valuation = Arrays.copyOf(valuation, c);
        bSuccess = Arrays.copyOf(bSuccess, c);
        bReturn = Arrays.copyOf(bReturn, c);
        bDeath = Arrays.copyOf(bDeath, c);
        bJob = Arrays.copyOf(bJob, c);
        nextDay = Arrays.copyOf(nextDay, c);
        arrivedDay = Arrays.copyOf(arrivedDay, c);
        gang = Arrays.copyOf(gang, c);
        id = Arrays.copyOf(id, c);
        wake = Arrays.copyOf(wake, c);
        attempts = Arrays.copyOf(attempts, c);
    }

    public int size() { return n; }

    public long created() { return created; }

    public long count(MigrantState s) { return stateCount[s.ordinal()]; }

    // Parameters of new migrants, read once per change of the parameters rather than once per migrant
    // (about 130,000 creations a replicate-year, each of which looked up six keys in a hash map).
    private Params createParams;
    private int createVersion;
    private double moneySpread, valuationSpread, moneyMean, riskMean, riskSpread, returnSalience;

    private void readCreateParams(Params p) {
        moneySpread = p.num("migrants.money_spread");
        valuationSpread = p.num("migrants.valuation_spread");
        moneyMean = p.num("migrants.money_mean");
        riskMean = p.num("migrants.risk_tolerance_mean");
        riskSpread = p.num("migrants.risk_tolerance_spread");
        returnSalience = p.num("migrants.return_salience");
        createParams = p;
        createVersion = p.version();
    }

    /** A new migrant; returns its slot. Attributes are drawn from the given stream. */
    int create(ChannelModel m, MersenneTwisterFast r, MigrantState s, int g, int c) {
        ensure();
        Params p = m.params();
        int i = n++;
        id[i] = nextId++;
        created++;
        stateCount[s.ordinal()]++;
        state[i] = (byte) s.ordinal();
        group[i] = (byte) g;
        camp[i] = (byte) c;
        byte f = 0;
        if (r.nextDouble() < p.ukLinks[g]) f |= F_UK_LINKS;
        if (r.nextDouble() < p.firstEntry[g]) f |= F_FIRST_ENTRY;
        flags[i] = f;
        if (p != createParams || p.version() != createVersion) readCreateParams(p);
        double ms = moneySpread, vs = valuationSpread;
        money[i] = (float) (moneyMean * Math.exp(ms * r.nextGaussian() - ms * ms / 2));
        riskTol[i] = (float) Math.max(0.01, Math.min(0.99, riskMean + riskSpread * r.nextGaussian()));
        valuation[i] = (float) Math.exp(vs * r.nextGaussian() - vs * vs / 2);
        Observations o = m.observations();
        // newcomers arrive knowing what the camp and their community know
        bSuccess[i] = (float) o.success(c);
        bDeath[i] = (float) o.death(c);
        bReturn[i] = (float) o.perceivedReturn(g, returnSalience);
        bJob[i] = (float) m.levers().jobChance;
        nextDay[i] = 0;
        arrivedDay[i] = Integer.MIN_VALUE / 2;
        gang[i] = -1;
        attempts[i] = 0;
        wake[i] = ALWAYS;
        return i;
    }

    private void move(int i, MigrantState to) {
        if (state[i] == UK_CLAIM && to.ordinal() != UK_CLAIM) untrackClaim(arrivedDay[i]);
        stateCount[state[i]]--;
        stateCount[to.ordinal()]++;
        state[i] = (byte) to.ordinal();
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

    /** Leaves the live arrays: the last live migrant takes slot i. */
    private void retire(int i, MigrantState to) {
        move(i, to);
        int last = --n;
        if (i == last) return;
        state[i] = state[last];
        group[i] = group[last];
        camp[i] = camp[last];
        flags[i] = flags[last];
        money[i] = money[last];
        riskTol[i] = riskTol[last];
        valuation[i] = valuation[last];
        bSuccess[i] = bSuccess[last];
        bReturn[i] = bReturn[last];
        bDeath[i] = bDeath[last];
        bJob[i] = bJob[last];
        nextDay[i] = nextDay[last];
        arrivedDay[i] = arrivedDay[last];
        gang[i] = gang[last];
        id[i] = id[last];
        wake[i] = wake[last];
        attempts[i] = attempts[last];
    }

    private void resetToday() {
        arrivalsToday = preventedToday = interceptedToday = deathsToday = deterredToday = removedHomeToday = 0;
        thirdToday = hubToday = onwardToday = repeatArrivalsToday = grantedToday = abscondedToday = legalToday = returnedToday = attemptsToday = 0;
        Arrays.fill(arrivalsByGroupToday, 0);
        believedReturnSum = believedJobSum = 0;
        campCount = 0;
    }

    @Override
    public void step(SimState simState) {
        ChannelModel m = (ChannelModel) simState;
        Params p = m.params();
        Levers lv = m.levers();
        HomeOffice ho = m.homeOffice();
        Observations obs = m.observations();
        LaunchBoard board = m.launches();
        SmugglingGang[] gangs = m.gangArray();
        // which gangs operate today, densely (gangs are dismantled only after this step)
        if (gangAlive.length < gangs.length) gangAlive = new boolean[Math.max(2 * gangAlive.length, gangs.length)];
        final boolean[] gangAlive = this.gangAlive;
        for (int k = 0; k < gangs.length; k++) gangAlive[k] = gangs[k].alive;
        final int t = (int) m.schedule.getSteps();
        resetToday();
        m.prepareBoarding();

        // parameters read once per day, not per agent
        final double income = p.num("migrants.income_per_day"), waitCost = p.num("migrants.waiting_cost_per_day");
        final double learn = p.num("migrants.belief_learning_rate"), learnJob = p.num("migrants.job_learning_rate");
        final double salience = p.num("migrants.return_salience");
        final double stayValue = p.num("migrants.stay_value"), jobValue = p.num("migrants.job_value");
        final double alt = p.num("migrants.alternative_value"), lifeValue = p.num("migrants.life_value");
        final double onwardCost = p.num("migrants.onward_cost");
        final double bookRate = p.num("migrants.booking_rate"), giveUp = p.num("migrants.give_up_rate");
        final double repay = 1 - p.num("gangs.free_retry_share");
        final double legalWaitDays = p.num("migrants.legal_wait_days");
        final double decisionDays = p.num("home_office.decision_days_mean"), fastTrack = p.num("home_office.fast_track_days");
        final double abscond = p.num("home_office.abscond_rate");
        final double jobTrue = lv.jobChance;
        final double price = m.marketPrice();
        final int window = lv.returnEligibilityDays, thirdWindow = lv.thirdCountryEligibilityDays;
        final double medFive = lv.medFiveShare;
        final double freeRetry = 1 - repay;
        final float ownFailure = (float) (1 - p.num("migrants.own_failure_weight"));
        final float returnShock = (float) p.num("migrants.return_shock");
        // legal route: believed chance of a place within the wait, from capacity and queue
        final boolean legalOpen = !lv.schemeSuspended && lv.weeklyReturnQuota > 0 && lv.legalIntakeRatio > 0;
        final double legalChance = legalOpen
                ? Math.min(0.95, lv.weeklyReturnQuota * lv.legalIntakeRatio / 7 * legalWaitDays / (legalWaiting + 1)) : 0;
        final int groups = p.groupCount();
        final double[] grant = p.grantRate;
        final double[] cumGang = m.gangBookingWeights();

        int returnsLeft = ho.returnsAllowed, hubLeft = ho.hubAllowed, thirdLeft = ho.thirdAllowed, legalLeft = ho.legalSeats;
        int eligR = Math.max(eligibleReturn, 0), eligT = Math.max(eligibleThird, 0), refused = refusedCount, legalQ = legalWaiting;
        int newEligR = 0, newEligT = 0, newRefused = 0, newLegal = 0;

        // Speed (see docs/PERFORMANCE.md): everything an agent reads that is the same for all agents today
        // lives in a local, so the JIT keeps it in a register instead of reloading fields after every store
        // or call. Each value below is computed exactly as the per-agent expression did, so results are
        // bit-for-bit the same.
        final double[] successRate = obs.successRate, deathRate = obs.deathRate, onwardRate = obs.onwardRate;
        final double[] perceivedReturn = perceivedReturnToday, stayPart = stayPartToday;
        for (int g = 0; g < groups; g++) {
            perceivedReturn[g] = obs.perceivedReturn(g, salience);
            stayPart[g] = stayValue * (0.5 + 0.5 * grant[g]);
        }
        // A camp migrant acts only if its daily draw u is below one of these rates; otherwise the value of
        // the crossing project (three divisions) cannot change what it does, so it is not computed.
        final double actRate = Math.max(bookRate, giveUp);
        // UK claimants outside the eligibility windows that matter today, and before their decision day,
        // do nothing today. A window matters only while its scheme has capacity: otherwise no one in it
        // draws, and tomorrow's eligible counts come from ukClaimsByDay instead of from visits.
        int quietAfter = -1;
        if (lv.returnsCapacityPerWeek() > 0 || returnsLeft > 0) quietAfter = window;
        if (lv.thirdCountryCapacityPerWeek > 0 || thirdLeft > 0) quietAfter = Math.max(quietAfter, thirdWindow);
        // claimants at the start of the loop inside each window (today's landings come later, uncounted)
        final int inReturnWindow = ukClaimsSince(t - window, t), inThirdWindow = ukClaimsSince(t - thirdWindow, t);
        int returnsMade = 0, returnsMadeInThirdWindow = 0, thirdFromClaims = 0;
        final byte[] state = this.state, flags = this.flags;
        final int[] nextDay = this.nextDay, arrivedDay = this.arrivedDay;
        final float[] bSuccess = this.bSuccess, bDeath = this.bDeath, bReturn = this.bReturn, bJob = this.bJob, money = this.money;
        final MtStream rng = this.rng, homeRng = this.homeRng;
        // running sums kept in locals (stored back after the loop): a field updated per agent is a
        // store-reload chain the JIT cannot break across the calls in this loop
        int camped = 0;
        double returnSum = 0, jobSum = 0;

        // Skipping quiet migrants (see docs/PERFORMANCE.md). wake[i] is the first day slot i has anything to
        // do: always for camps and the legal queue, the decision day for claimants past both eligibility
        // windows, the absconding day for refused claimants. Skipped slots would have done nothing but
        // count themselves, so the visited slots are the same ones, in the same order, drawing the same
        // numbers. Every refused claimant is visited on a day a returns hub removes some (they all take a
        // draw), and every slot on a day an eligibility window grows (claimants may be eligible again).
        final int[] wake = this.wake;
        final boolean visitAll = quietAfter > lastQuietAfter;
        // on a day a returns hub takes refused claimants, each of them takes a draw: visit them all
        final boolean hubDay = hubLeft > 0;
        lastQuietAfter = quietAfter;
        final int refusedAtStart = (int) stateCount[MigrantState.REFUSED.ordinal()];
        int refusedLeft = 0;

        for (int base = (n - 1) & ~63; base >= 0; base -= 64) {
            // this word's slots to visit, as bits, built without a branch per slot (camps and claimants
            // are mixed at random, so a branch per slot would be mispredicted often). Bit j stands for slot
            // top - j, so taking the lowest set bit first visits the highest slot first, as the original
            // backwards loop did.
            final int top = Math.min(base + 64, n) - 1;
            long bits;
            if (visitAll) {
                bits = top - base == 63 ? -1L : (1L << (top - base + 1)) - 1;
            } else {
                bits = 0;
                // independent terms ORed together (no shift chain through bits); wake >= ALWAYS, so no overflow
                for (int j = 0; j <= top - base; j++) bits |= (long) ((wake[top - j] - t - 1) >>> 31) << j;
                if (hubDay)
                    for (int j = 0; j <= top - base; j++) bits |= (long) (((state[top - j] ^ REFUSED) - 1) >>> 31) << j;
            }
            while (bits != 0) {
                final int i = top - Long.numberOfTrailingZeros(bits);
                bits &= bits - 1; // clear the lowest set bit
                final int st = state[i];
                if (st == 3 /* UK_CLAIM */) {
                    // the common case by far (the asylum backlog): a couple of int compares
                    final int since = t - arrivedDay[i];
                    if (since > quietAfter && t < nextDay[i]) {
                        wake[i] = Math.max(ALWAYS, nextDay[i]); // nothing to do before the decision day
                        continue;
                    }
                    wake[i] = ALWAYS; // eligible for a return or removal, or due today
                    int g = group[i];
                    boolean recent = since <= window;
                    if (recent) {
                        // returns to France: a uniform draw among the eligible, up to today's allowance
                        if (returnsLeft > 0 && homeRng.nextDouble() * eligR < returnsLeft) {
                            returnsLeft--;
                            eligR--;
                            ho.recordReturn();
                            returnsMade++;
                            if (since <= thirdWindow) returnsMadeInThirdWindow++;
                            returnToFrance(i, g, medFive, obs, returnShock);
                            continue;
                        }
                        eligR--;
                    }
                    if (since <= thirdWindow) {
                        if (thirdLeft > 0 && homeRng.nextDouble() * eligT < thirdLeft) {
                            thirdLeft--;
                            eligT--;
                            ho.thirdThisWeek++;
                            thirdToday++;
                            thirdFromClaims++;
                            obs.noteRemoval(g);
                            retire(i, MigrantState.REMOVED_THIRD);
                            continue;
                        }
                        eligT--;
                    }
                    if (t >= nextDay[i]) {
                        double u = homeRng.nextDouble();
                        // a return agreement goes with a safe-country designation: the claim is refused and the person flown home
                        if ((flags[i] & F_RETURNABLE) != 0) {
                            removedHomeToday++;
                            obs.noteRemoval(g);
                            retire(i, MigrantState.REMOVED_HOME);
                            continue;
                        }
                        if (u < grant[g]) {
                            grantedToday++;
                            retire(i, MigrantState.GRANTED);
                            continue;
                        }
                        move(i, MigrantState.REFUSED);
                        nextDay[i] = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) / Math.max(1e-9, abscond));
                        wake[i] = Math.max(ALWAYS, nextDay[i]); // a day overflowed by a zero rate means at once, as before
                    }
                } else if (st <= 1 /* IN_CAMP, BOOKED */) {
                    int c = camp[i], g = group[i];
                    // beliefs drift towards what camp peers and the community saw
                    bSuccess[i] += learn * (successRate[c] - bSuccess[i]);
                    bDeath[i] += learn * (deathRate[c] - bDeath[i]);
                    bReturn[i] += learn * (perceivedReturn[g] - bReturn[i]);
                    bJob[i] += learnJob * (jobTrue - bJob[i]);
                    money[i] += income;
                    if (st == 1) {
                        int k = gang[i];
                        if (k >= 0 && !gangAlive[k]) { // gang dismantled: the place is lost
                            gang[i] = -1;
                            move(i, MigrantState.IN_CAMP);
                        } else if (k >= 0 && m.seatsLeft(k) > 0) {
                            if (board(m, i, k, t, board, obs, decisionDays, fastTrack, freeRetry, ownFailure)) continue;
                            if (state[i] == 3) continue; // landed: the UK side takes over tomorrow
                        }
                    }
                    if (state[i] == 0) {
                        // the draw comes first now; nothing between here and its old place draws from rng
                        double u = rng.nextDouble();
                        if (u < actRate) {
                            double s = Math.max(0.05, bSuccess[i]), r = Math.min(0.98, bReturn[i]);
                            double o = (flags[i] & F_FIRST_ENTRY) != 0 ? onwardRate[g] : 0;
                            double v = valuation[i] * (stayPart[g] + jobValue * bJob[i]);
                            double cost = price * (1 + (1 / s - 1) * repay) + bDeath[i] * lifeValue * (1 - riskTol[i]) / s;
                            double ev = ((1 - r) * v - r * o * onwardCost - cost) / Math.max(0.02, 1 - r * (1 - o));
                            // those who must first save for a place count the days of camp life that costs
                            if (money[i] < price) ev -= waitCost * (price - money[i]) / Math.max(income, 1e-9);
                            boolean links = (flags[i] & F_UK_LINKS) != 0;
                            if (links && legalOpen && legalChance * v > Math.max(ev, alt) && u < bookRate) {
                                move(i, MigrantState.LEGAL_WAIT);
                                nextDay[i] = t + (int) (-Math.log(1 - rng.nextDouble()) * legalWaitDays);
                            } else if (ev < alt) {
                                if (u < giveUp) {
                                    deterredToday++;
                                    retire(i, MigrantState.DETERRED);
                                    continue;
                                }
                            } else if (money[i] >= price && u < bookRate && cumGang.length > 0) {
                                int k = pickGang(cumGang, rng.nextDouble());
                                SmugglingGang sg = gangs[k];
                                money[i] -= (float) sg.price;
                                sg.booked++;
                                sg.revenueToday += sg.price;
                                gang[i] = k;
                                move(i, MigrantState.BOOKED);
                            }
                        }
                    }
                    camped++;
                    returnSum += bReturn[i];
                    jobSum += bJob[i];
                } else if (st == 4 /* REFUSED */) {
                    if (hubLeft > 0 && homeRng.nextDouble() * refused < hubLeft) {
                        hubLeft--;
                        refused--;
                        refusedLeft++;
                        ho.hubThisWeek++;
                        thirdToday++;
                        hubToday++;
                        obs.noteRemoval(group[i]);
                        retire(i, MigrantState.REMOVED_THIRD);
                        continue;
                    }
                    refused--;
                    if (t >= nextDay[i]) {
                        abscondedToday++;
                        refusedLeft++;
                        retire(i, MigrantState.ABSCONDED);
                        continue;
                    }
                } else if (st == 2 /* LEGAL_WAIT */) {
                    if (legalLeft > 0 && homeRng.nextDouble() * legalQ < legalLeft) {
                        legalLeft--;
                        legalToday++;
                        ho.recordLegalAdmission();
                        retire(i, MigrantState.LEGAL_ARRIVED);
                        legalQ--;
                        continue;
                    }
                    legalQ--;
                    if (t >= nextDay[i]) move(i, MigrantState.IN_CAMP); // tired of waiting
                    else newLegal++;
                } else {
                    throw new IllegalStateException("terminal migrant in live slot " + i);
                }
            }
        }
        // Skipped slots counted from totals instead, with the same result as counting them one by one:
        // refused claimants who stayed refused, and claimants still eligible tomorrow (those in a window at
        // the start of the loop, less those sent away through that window today; a returned claimant
        // was visited in the third-country window only if it was in that window too).
        newRefused = refusedAtStart - refusedLeft;
        newEligR = inReturnWindow - returnsMade;
        newEligT = inThirdWindow - returnsMadeInThirdWindow - thirdFromClaims;
        campCount = camped;
        believedReturnSum = returnSum;
        believedJobSum = jobSum;
        eligibleReturn = newEligR;
        eligibleThird = newEligT;
        refusedCount = newRefused;
        legalWaiting = newLegal;
        for (int g = 0; g < groups; g++) arrivalsByGroup[g] += arrivalsByGroupToday[g];
    }

    private static int pickGang(double[] cum, double u) {
        double x = u * cum[cum.length - 1];
        int k = 0;
        while (k < cum.length - 1 && cum[k] <= x) k++;
        return k;
    }

    /** Puts booked migrant i on gang k's next boat and applies that boat's fate. True if i left its slot. */
    private boolean board(ChannelModel m, int i, int k, int t, LaunchBoard board, Observations obs,
                          double decisionDays, double fastTrack, double freeRetry, float ownFailure) {
        int b = m.takeSeat(k);
        if (b < 0) return false;
        int g = group[i], c = camp[i];
        int seat = board.boarded[b]++;
        attempts[i]++;
        attemptsToday++;
        byte f = board.fate[b];
        obs.noteAttempt(c);
        if (seat < board.deaths[b]) { // the first people counted on a fatal boat are its dead
            deathsToday++;
            obs.noteDeath(c);
            retire(i, MigrantState.DEAD);
            return true;
        }
        if (f == LaunchBoard.LANDED || f == LaunchBoard.INCIDENT_UK) {
            obs.noteSuccess(c);
            arrivalsToday++;
            arrivalsByGroupToday[g]++;
            if ((flags[i] & F_RETURNEE) != 0) repeatArrivalsToday++;
            obs.noteArrival(g);
            gang[i] = -1;
            move(i, MigrantState.UK_CLAIM);
            arrivedDay[i] = t;
            trackClaim(t);
            Params p = m.params();
            boolean returnable = homeRng.nextDouble() < p.returnAgreement[g];
            if (returnable) flags[i] |= F_RETURNABLE;
            else flags[i] &= ~F_RETURNABLE;
            double mean = returnable ? fastTrack : decisionDays;
            nextDay[i] = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) * mean);
            return false;
        }
        // stopped: back to the camp, with a free retry from the gang or not
        if (f == LaunchBoard.PREVENTED) preventedToday++;
        else interceptedToday++;
        bSuccess[i] *= ownFailure; // one's own failure weighs more than hearsay
        if (rng.nextDouble() < freeRetry) {
            m.gangArray()[k].booked++;
        } else {
            gang[i] = -1;
            move(i, MigrantState.IN_CAMP);
        }
        return false;
    }

    private void returnToFrance(int i, int g, double medFive, Observations obs, float returnShock) {
        returnedToday++;
        obs.noteReturn(g);
        if (medFive > 0 && (flags[i] & F_FIRST_ENTRY) != 0 && homeRng.nextDouble() < medFive) {
            onwardToday++;
            obs.noteOnward(g);
            retire(i, MigrantState.ONWARD);
            return;
        }
        // the merry-go-round: back in a camp, poorer, and sure that returns happen
        move(i, MigrantState.IN_CAMP);
        flags[i] |= F_RETURNEE;
        camp[i] = (byte) homeRng.nextInt(Geography.CAMPS.size());
        bReturn[i] += returnShock * (1 - bReturn[i]);
        gang[i] = -1;
        wake[i] = ALWAYS;
        arrivedDay[i] = Integer.MIN_VALUE / 2;
    }

    /** Counts live migrants by state by scanning the arrays (for conservation checks). */
    public long[] recount() {
        long[] c = new long[MigrantState.VALUES.length];
        for (int i = 0; i < n; i++) c[state[i]]++;
        return c;
    }
}
