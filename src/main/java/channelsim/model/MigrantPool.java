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

    private final MersenneTwisterFast rng;
    private final MersenneTwisterFast homeRng;

    MigrantPool(int groups, MersenneTwisterFast rng, MersenneTwisterFast homeRng) {
        this.rng = rng;
        this.homeRng = homeRng;
        arrivalsByGroupToday = new int[groups];
        arrivalsByGroup = new long[groups];
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
        attempts = Arrays.copyOf(attempts, c);
    }

    public int size() { return n; }

    public long created() { return created; }

    public long count(MigrantState s) { return stateCount[s.ordinal()]; }

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
        double ms = p.num("migrants.money_spread"), vs = p.num("migrants.valuation_spread");
        money[i] = (float) (p.num("migrants.money_mean") * Math.exp(ms * r.nextGaussian() - ms * ms / 2));
        riskTol[i] = (float) Math.max(0.01, Math.min(0.99, p.num("migrants.risk_tolerance_mean") + p.num("migrants.risk_tolerance_spread") * r.nextGaussian()));
        valuation[i] = (float) Math.exp(vs * r.nextGaussian() - vs * vs / 2);
        Observations o = m.observations();
        // newcomers arrive knowing what the camp and their community know
        bSuccess[i] = (float) o.success(c);
        bDeath[i] = (float) o.death(c);
        bReturn[i] = (float) o.perceivedReturn(g, p.num("migrants.return_salience"));
        bJob[i] = (float) m.levers().jobChance;
        nextDay[i] = 0;
        arrivedDay[i] = Integer.MIN_VALUE / 2;
        gang[i] = -1;
        attempts[i] = 0;
        return i;
    }

    private void move(int i, MigrantState to) {
        stateCount[state[i]]--;
        stateCount[to.ordinal()]++;
        state[i] = (byte) to.ordinal();
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

        for (int i = n - 1; i >= 0; i--) {
            switch (state[i]) {
                case 0 /* IN_CAMP */, 1 /* BOOKED */ -> {
                    int c = camp[i], g = group[i];
                    // beliefs drift towards what camp peers and the community saw
                    bSuccess[i] += learn * (obs.success(c) - bSuccess[i]);
                    bDeath[i] += learn * (obs.death(c) - bDeath[i]);
                    bReturn[i] += learn * (obs.perceivedReturn(g, salience) - bReturn[i]);
                    bJob[i] += learnJob * (jobTrue - bJob[i]);
                    money[i] += income;
                    if (state[i] == 1) {
                        int k = gang[i];
                        if (k >= 0 && !gangs[k].alive) { // gang dismantled: the place is lost
                            gang[i] = -1;
                            move(i, MigrantState.IN_CAMP);
                        } else if (k >= 0 && m.seatsLeft(k) > 0) {
                            if (board(m, i, k, t, board, obs, decisionDays, fastTrack, freeRetry, ownFailure)) continue;
                            if (state[i] == 3) continue; // landed: the UK side takes over tomorrow
                        }
                    }
                    if (state[i] == 0) {
                        double s = Math.max(0.05, bSuccess[i]), r = Math.min(0.98, bReturn[i]);
                        double o = (flags[i] & F_FIRST_ENTRY) != 0 ? obs.onward(g) : 0;
                        double v = valuation[i] * (stayValue * (0.5 + 0.5 * grant[g]) + jobValue * bJob[i]);
                        double cost = price * (1 + (1 / s - 1) * repay) + bDeath[i] * lifeValue * (1 - riskTol[i]) / s;
                        double ev = ((1 - r) * v - r * o * onwardCost - cost) / Math.max(0.02, 1 - r * (1 - o));
                        // those who must first save for a place count the days of camp life that costs
                        if (money[i] < price) ev -= waitCost * (price - money[i]) / Math.max(income, 1e-9);
                        double u = rng.nextDouble();
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
                    campCount++;
                    believedReturnSum += bReturn[i];
                    believedJobSum += bJob[i];
                }
                case 2 /* LEGAL_WAIT */ -> {
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
                }
                case 3 /* UK_CLAIM */ -> {
                    int g = group[i];
                    boolean recent = t - arrivedDay[i] <= window;
                    if (recent) {
                        // returns to France: a uniform draw among the eligible, up to today's allowance
                        if (returnsLeft > 0 && homeRng.nextDouble() * eligR < returnsLeft) {
                            returnsLeft--;
                            eligR--;
                            ho.recordReturn();
                            returnToFrance(i, g, medFive, obs, returnShock);
                            continue;
                        }
                        eligR--;
                        newEligR++;
                    }
                    if (t - arrivedDay[i] <= thirdWindow) {
                        if (thirdLeft > 0 && homeRng.nextDouble() * eligT < thirdLeft) {
                            thirdLeft--;
                            eligT--;
                            ho.thirdThisWeek++;
                            thirdToday++;
                            obs.noteRemoval(g);
                            retire(i, MigrantState.REMOVED_THIRD);
                            continue;
                        }
                        eligT--;
                        newEligT++;
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
                    }
                }
                case 4 /* REFUSED */ -> {
                    if (hubLeft > 0 && homeRng.nextDouble() * refused < hubLeft) {
                        hubLeft--;
                        refused--;
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
                        retire(i, MigrantState.ABSCONDED);
                        continue;
                    }
                    newRefused++;
                }
                default -> throw new IllegalStateException("terminal migrant in live slot " + i);
            }
        }
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
        arrivedDay[i] = Integer.MIN_VALUE / 2;
    }

    /** Counts live migrants by state by scanning the arrays (for conservation checks). */
    public long[] recount() {
        long[] c = new long[MigrantState.VALUES.length];
        for (int i = 0; i < n; i++) c[state[i]]++;
        return c;
    }
}
