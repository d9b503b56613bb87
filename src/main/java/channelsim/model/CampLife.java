package channelsim.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Life in the camps of northern France, one step a day: beliefs drift towards what peers and the
 * community saw, money is raised, booked people board if their gang launches, people in camps weigh the
 * crossing project and may book a place, give up or apply for the legal route, and people waiting for the
 * legal route may be admitted.
 *
 * <p>A migrant in a camp weighs the crossing project against giving up. With believed chance of
 * success per attempt s, of being sent away after arriving r, of being sent on to a first-entry state o
 * if returned, and of dying d, the project is worth
 * {@code EV = ((1-r) V - r o L - C) / (1 - r (1-o))}: a return sends the migrant back to the start
 * (the merry-go-round), so the expected cost C of an attempt round is paid 1/(1 - r(1-o)) times.
 * V is the value of arriving (staying, and work with the believed job chance), C the price paid per
 * success plus the death risk weighted by risk aversion.
 *
 * <p>This step runs before the UK's ({@link AsylumSystem}): people who land today are claimants from
 * tomorrow, and people returned today are back in a camp from tomorrow, as if all migrants acted at once.
 */
public final class CampLife implements Steppable {
    private static final long serialVersionUID = 1;
    private final MigrantPool pool;
    /** The migrants' and gangs' settings (refreshed in place when the parameters change). */
    private final MigrantSettings rules;
    private final GangSettings gangRules;
    private final DailyFlows flows;
    private final AsylumSystem asylum;
    // the MIGRANTS stream, and the camp migrants' one draw a day from a stream of its own (campDraws), kept
    // in a register during the loop; the HOME_OFFICE stream, shared with the asylum system
    private final SplitMix64 rng, campDraws, homeRng;

    /** Scratch: which gangs operate today (reused: no allocation). */
    private boolean[] gangAlive = new boolean[16];
    /** Per-group values of the day, filled at the start of each step (scratch, reused: no allocation). */
    private final double[] stayPartToday;
    private float[] returneeRiskToday = new float[0];
    private float[] successToday = new float[0], deathToday = new float[0];
    /** People waiting for the legal route at the end of yesterday's loop. */
    private int legalWaiting;

    // Today's values, set at the start of each step and read by the loops below: constant over the day.
    private int dT;
    private double dPrice, dJobTrue, dLegalChance, dEvidenceShare;
    private boolean dLegalOpen;
    private double[] dOnwardRate, dCumGang;
    private SmugglingGang[] dGangs;

    CampLife(MigrantPool pool, Settings settings, DailyFlows flows, AsylumSystem asylum, int groups,
             MersenneTwisterFast migrants, SplitMix64 homeRng) {
        this.pool = pool;
        this.rules = settings.migrants;
        this.gangRules = settings.gangs;
        this.flows = flows;
        this.asylum = asylum;
        this.rng = new SplitMix64(migrants);
        this.campDraws = new SplitMix64(migrants);
        this.homeRng = homeRng;
        stayPartToday = new double[groups];
    }

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
        pool.changes++;
        pool.today = t;
        flows.reset();
        m.seats().prepare(m.launches(), gangs.length);
        MigrantSettings r = m.settings().migrants;

        dT = t;
        dJobTrue = lv.jobChance;
        dPrice = m.marketPrice();
        dEvidenceShare = m.settings().homeOffice.evidenceShare;
        // legal route: believed chance of a place within the wait, from capacity and queue
        dLegalOpen = !lv.schemeSuspended && lv.weeklyReturnQuota > 0 && lv.legalIntakeRatio > 0;
        dLegalChance = dLegalOpen
                ? Math.min(0.95, lv.weeklyReturnQuota * lv.legalIntakeRatio / 7 * r.legalWaitDays / (legalWaiting + 1)) : 0;
        double[] grant = p.grantRate;
        dCumGang = m.gangBookingWeights();
        dGangs = gangs;
        dOnwardRate = obs.onwardRate;
        for (int g = 0, groups = p.groupCount(); g < groups; g++) stayPartToday[g] = r.stayValue * (0.5 + 0.5 * grant[g]);
        flows.stepped += pool.france.n; // the belief pass and the France loop read every one of them
        // news of returns and work comes through people: some hear a story from their diaspora today, as
        // the belief pass reaches them
        updateBeliefs(obs, obs.news().firstHearer(r, p.returnAgreement, dJobTrue));
        stepFrance(m);
        flows.closeDay();
    }

    /**
     * Beliefs of people in camps about success and death drift towards what camp peers saw, and they raise
     * money (not while waiting for the legal route); beliefs about return and work are changed by the
     * stories heard ({@link NewsNetwork}), which the hearers (from slot {@code hearer} on) hear as the pass
     * reaches them, before their own update, and summed here. The update itself has no branches, so that
     * the updates of successive migrants overlap in the processor.
     */
    private void updateBeliefs(Observations obs, int hearer) {
        final PoolSide f = pool.france;
        final int[] meta = f.meta;
        final float[] rec = f.rec;
        // today's targets as floats: the update is done in float arithmetic, with no conversions per migrant
        if (successToday.length < obs.successRate.length) {
            successToday = new float[obs.successRate.length];
            deathToday = new float[obs.successRate.length];
        }
        final float[] success = successToday, death = deathToday;
        for (int c = 0; c < obs.successRate.length; c++) {
            success[c] = (float) obs.successRate[c];
            death[c] = (float) obs.deathRate[c];
        }
        // a returnee knows it passed the returns pipeline's eligibility: its return belief moves towards its
        // group's return rate among eligible arrivals (heard from other returnees in the camps), weighed with
        // the salience everyone gives returns, not towards the group's overall news (NewsNetwork)
        final double[] eligible = obs.eligibleReturnRate;
        if (returneeRiskToday.length < eligible.length) returneeRiskToday = new float[eligible.length];
        final float[] ownRisk = returneeRiskToday;
        for (int g = 0; g < eligible.length; g++) ownRisk[g] = (float) Math.min(1.0, rules.returnSalience * eligible[g]);
        final float learn = (float) rules.beliefLearningRate, income = (float) rules.incomePerDay;
        final float learnOwn = (float) rules.returneeLearningRate;
        // the day's sums of believed chances over people in camps, counted here for everyone in a camp now;
        // stepFrance takes out those who leave today (landed, dead, gave up)
        int camped = 0;
        double returnSum = 0, jobSum = 0;
        final NewsNetwork news = obs.news();
        for (int i = 0, n = f.n, next = Math.min(hearer, n); i < n; i++) {
            if (i == next) next = Math.min(news.hearAt(f, i), n); // the hearer's story first, then its update
            final int mt = meta[i], o = i * PoolSide.R;
            final boolean inCamp = (mt & 0xFF) <= 1;
            final float l = inCamp ? learn : 0, w = inCamp ? 1 : 0;
            final int c = (mt >>> 16) & 0xFF;
            rec[o + PoolSide.B_SUCCESS] += l * (success[c] - rec[o + PoolSide.B_SUCCESS]);
            rec[o + PoolSide.B_DEATH] += l * (death[c] - rec[o + PoolSide.B_DEATH]);
            final float lo = inCamp && ((mt >>> 24) & MigrantPool.F_RETURNEE) != 0 ? learnOwn : 0;
            rec[o + PoolSide.B_RETURN] += lo * (ownRisk[(mt >>> 8) & 0xFF] - rec[o + PoolSide.B_RETURN]);
            final float r = rec[o + PoolSide.B_RETURN], j = rec[o + PoolSide.B_JOB];
            rec[o + PoolSide.MONEY] += inCamp ? income : 0;
            camped += inCamp ? 1 : 0;
            returnSum += w * r;
            jobSum += w * j;
        }
        flows.campCount = camped;
        flows.believedReturnSum = returnSum;
        flows.believedJobSum = jobSum;
    }

    /**
     * Everyone in France, after the beliefs: booked people board if their gang launches, people in camps
     * take their daily draw and may decide, people waiting for the legal route may be admitted. The side
     * cannot grow during this loop (newcomers were created before it, returnees come after it), so its
     * arrays are safe in locals.
     */
    private void stepFrance(ChannelModel m) {
        final PoolSide f = pool.france;
        final int[] meta = f.meta, aux = f.aux;
        final float[] rec = f.rec;
        final boolean[] gangAlive = this.gangAlive;
        final int t = dT;
        // A camp migrant acts only if its daily draw u is below one of these rates; otherwise the value of
        // the crossing project (three divisions) cannot change what it does, so it is not computed.
        final double actRate = Math.max(rules.bookingRate, rules.giveUpRate), giveUpRate = rules.giveUpRate;
        final boolean legalOpen = dLegalOpen;
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
                    int k = (int) rec[i * PoolSide.R + PoolSide.GANG];
                    if (k >= 0 && !gangAlive[k]) { // gang dismantled: the place is lost
                        rec[i * PoolSide.R + PoolSide.GANG] = -1;
                        pool.move(f, i, MigrantState.IN_CAMP);
                    } else if (k >= 0 && m.seats().left(k) > 0) {
                        float r = rec[i * PoolSide.R + PoolSide.B_RETURN], j = rec[i * PoolSide.R + PoolSide.B_JOB];
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
                    // most of the draws below the booking rate are of people who cannot pay yet and have no
                    // legal route: decide() would do nothing, so it is not called
                    if (u < actRate && (u < giveUpRate || rec[i * PoolSide.R + PoolSide.MONEY] >= dPrice
                            || legalOpen && ((meta[i] >>> 24) & MigrantPool.F_UK_LINKS) != 0)) {
                        float r = rec[i * PoolSide.R + PoolSide.B_RETURN], j = rec[i * PoolSide.R + PoolSide.B_JOB];
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
                    flows.legal++;
                    m.homeOffice().recordLegalAdmission();
                    pool.retire(f, i, MigrantState.LEGAL_ARRIVED);
                    legalQ--;
                    continue;
                }
                legalQ--;
                if (t >= aux[i * PoolSide.A + PoolSide.NEXT_DAY]) pool.move(f, i, MigrantState.IN_CAMP); // tired of waiting
                else newLegal++;
            } else {
                throw new IllegalStateException("migrant in state " + MigrantState.VALUES[st] + " in France, slot " + i);
            }
        }
        campDraws.state(dailyState);
        f.compact(); // before the UK's step, which may send people back to France
        flows.campCount -= left;
        flows.believedReturnSum -= returnLeft;
        flows.believedJobSum -= jobLeft;
        legalWaiting = newLegal;
    }

    /**
     * Camp migrant i of side f, whose draw today is u, weighs the crossing project: it may take the legal
     * route, give up, or book a place. True if it left France (gave up).
     */
    private boolean decide(PoolSide f, int i, double u) {
        final MigrantSettings q = rules;
        final float[] rec = f.rec;
        final int o0 = i * PoolSide.R, mt = f.meta[i], flags = mt >>> 24;
        final double price = dPrice, money = rec[o0 + PoolSide.MONEY];
        final boolean links = (flags & MigrantPool.F_UK_LINKS) != 0;
        // Which actions today's draw allows, before the value of the project is worked out: a migrant who
        // cannot pay yet, has no route to the legal scheme, and drew above the give-up rate does nothing,
        // whatever the value (most of those who get here: the give-up rate is far below the booking rate).
        final boolean mayLegal = links && dLegalOpen && u < q.bookingRate, mayGiveUp = u < q.giveUpRate;
        final boolean mayBook = money >= price && u < q.bookingRate && dCumGang.length > 0;
        if (!mayLegal && !mayGiveUp && !mayBook) return false;
        final int g = (mt >>> 8) & 0xFF;
        final double v = rec[o0 + PoolSide.VALUATION] * (stayPartToday[g] + q.jobValue * rec[o0 + PoolSide.B_JOB]);
        final double ev = projectValue(q, gangRules, rec, o0, flags, v, price, dOnwardRate[g]);
        if (mayLegal && dLegalChance * v > Math.max(ev, q.alternativeValue)) {
            pool.move(f, i, MigrantState.LEGAL_WAIT);
            f.setAux(i, PoolSide.NEXT_DAY, dT + (int) (-Math.log(1 - rng.nextDouble()) * q.legalWaitDays));
        } else if (ev < q.alternativeValue) {
            if (mayGiveUp) {
                flows.deterred++;
                flows.deterredByGroupTotal[g]++;
                pool.retire(f, i, MigrantState.DETERRED);
                return true;
            }
        } else if (mayBook) {
            int k = pickGang(dCumGang, rng.nextDouble());
            SmugglingGang sg = dGangs[k];
            rec[o0 + PoolSide.MONEY] -= sg.price;
            sg.booked++;
            sg.revenueToday += sg.price;
            rec[o0 + PoolSide.GANG] = k;
            pool.move(f, i, MigrantState.BOOKED);
        }
        return false;
    }

    /**
     * The value of the crossing project for the migrant whose floats start at rec[o0] (flags its flags), who
     * values arriving at v, at a place price and a group's believed onward rate (see the class comment).
     */
    static double projectValue(MigrantSettings q, GangSettings gs, float[] rec, int o0, int flags, double v, double price,
                               double onwardRate) {
        final double money = rec[o0 + PoolSide.MONEY];
        double s = Math.max(0.05, rec[o0 + PoolSide.B_SUCCESS]), r = Math.min(0.98, rec[o0 + PoolSide.B_RETURN]);
        double o = (flags & MigrantPool.F_FIRST_ENTRY) != 0 ? onwardRate : 0;
        double cost = price * (1 + (1 / s - 1) * (1 - gs.freeRetryShare)) + rec[o0 + PoolSide.B_DEATH] * q.lifeValue * (1 - rec[o0 + PoolSide.RISK_TOL]) / s;
        double ev = ((1 - r) * v - r * o * q.onwardCost - cost) / Math.max(0.02, 1 - r * (1 - o));
        // those who must first save for a place count the days of camp life that costs
        if (money < price) ev -= q.waitingCostPerDay * (price - money) / Math.max(q.incomePerDay, 1e-9);
        return ev;
    }

    /**
     * Upstream choice: a newcomer (the last slot of France's side, group g), on its way through Europe,
     * hears its diaspora's stories and weighs the Channel against another north-west European destination
     * ({@code migrants.upstream_alternative_value}). True if it goes elsewhere (the caller retires it).
     */
    boolean headsElsewhere(ChannelModel m, int i, int g, double price) {
        final PoolSide f = pool.france;
        final MigrantSettings q = rules;
        final Params p = m.params();
        final double jobChance = m.levers().jobChance;
        m.observations().news().hearUpstream(f, i, g, q, p.returnAgreement[g], jobChance);
        final float[] rec = f.rec;
        final int o0 = i * PoolSide.R;
        final double v = rec[o0 + PoolSide.VALUATION] * (q.stayValue * (0.5 + 0.5 * p.grantRate[g]) + q.jobValue * rec[o0 + PoolSide.B_JOB]);
        return projectValue(q, gangRules, rec, o0, f.meta[i] >>> 24, v, price, m.observations().onwardRate[g]) < q.upstreamAlternativeValue;
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
     * France: died, or landed and lodged a claim in the UK.
     */
    private boolean board(ChannelModel m, int i, int k) {
        int b = m.seats().take(k);
        if (b < 0) return false;
        final int t = dT;
        final LaunchBoard board = m.launches();
        final Observations obs = m.observations();
        final PoolSide f = pool.france;
        final int mt = f.meta[i], g = (mt >>> 8) & 0xFF, c = (mt >>> 16) & 0xFF;
        int seat = board.boarded[b]++;
        f.aux[i * PoolSide.A + PoolSide.ATTEMPTS]++;
        flows.attempts++;
        byte fate = board.fate[b];
        obs.noteAttempt(c);
        if (seat < board.deaths[b]) { // the first people counted on a fatal boat are its dead
            flows.deaths++;
            flows.deathsByCause[board.causeOfSeat(b, seat)]++;
            obs.noteDeath(c);
            pool.retire(f, i, MigrantState.DEAD);
            return true;
        }
        if (fate == LaunchBoard.LANDED || fate == LaunchBoard.INCIDENT_UK) {
            obs.noteSuccess(c);
            flows.arrivals++;
            flows.arrivalsByGroup[g]++;
            if (((mt >>> 24) & MigrantPool.F_RETURNEE) != 0) flows.repeatArrivals++;
            // a distinct person: the first landing on a recorded day
            if (t >= m.warmupDays() && ((mt >>> 24) & MigrantPool.F_LANDED) == 0) {
                flows.peopleArrived++;
                f.meta[i] = mt | MigrantPool.F_LANDED << 24;
            }
            // among the cases the returns pipeline can return: no UK links, not a minor, and (a chance) evidence
            obs.noteArrival(g, ((mt >>> 24) & (MigrantPool.F_UK_LINKS | MigrantPool.F_MINOR)) != 0 ? 0 : dEvidenceShare);
            f.setGang(i, -1);
            pool.move(f, i, MigrantState.UK_CLAIM);
            // a claimant from tomorrow: a record on today's landings, then the daily list
            final Claimants.List landed = pool.landed;
            final int r = landed.add();
            final int[] a = landed.a;
            f.pack(i, a, r);
            f.remove(i);
            a[r + Claimants.AUX + PoolSide.ARRIVED_DAY] = t;
            pool.trackClaim(t);
            asylum.lodge(m.params(), a, r, g, t);
            return true;
        }
        // stopped: back to the camp, with a free retry from the gang or not
        if (fate == LaunchBoard.PREVENTED) flows.prevented++;
        else flows.intercepted++;
        f.rec[i * PoolSide.R + PoolSide.B_SUCCESS] *= 1 - rules.ownFailureWeight; // one's own failure weighs more than hearsay
        double repay = 1 - gangRules.freeRetryShare; // the share of a failed attempt's price paid again
        if (rng.nextDouble() < 1 - repay) {
            m.gangArray()[k].booked++;
        } else {
            f.setGang(i, -1);
            pool.move(f, i, MigrantState.IN_CAMP);
        }
        return false;
    }
}
