package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The UK's asylum system, one step a day after camp life: claims lodged on landing, returns to France
 * under the schemes in force, removals to a third country or a returns hub, decisions (grant, refuse, or
 * removal home under a return agreement), and absconding. {@link HomeOffice} paces the weekly allowances;
 * this carries them out on the claimants.
 *
 * <p>Returns to France go through a pipeline, of which the quota is only the ceiling. An arrival inside the
 * eligibility window may be referred (a uniform draw among the eligible, up to the day's referrals; a
 * returnee who crosses again first, when a second claim is inadmissible). It must then be eligible: no UK
 * links, not a minor, and evidence of passage through France ({@code home_office.returns.evidence_share});
 * one who is not stays in the asylum system and is not referred again. An eligible one needs a detention
 * place; detained (state DETAINED) it is identified ({@code identification_days}), may challenge its return
 * ({@code challenge_share}, taking {@code challenge_days}), and is released back into the asylum system if
 * the challenge succeeds ({@code challenge_success}); otherwise it waits in detention until a return is
 * allowed today (the weekly quota and France's weekly acceptance), and only then is returned.
 *
 * <p>It looks only at claimants with something to do today (see docs/PERFORMANCE.md): on a hub day every
 * refused claimant (each takes a draw), otherwise those due to abscond today; then the daily list
 * (claimants inside a window for returns or removals while its scheme has capacity) and those due a
 * decision today, or every claimant on a day a window grows (some may be eligible again). Refused
 * claimants come first, so that people refused today wait for tomorrow's hub draws; people who landed
 * today join the daily list at the end.
 */
public final class AsylumSystem implements Steppable {
    private static final long serialVersionUID = 1;
    private static final int UK_CLAIM = MigrantPool.UK_CLAIM, REFUSED = MigrantPool.REFUSED;
    /** The list being looked at is the daily one (not a day's). */
    private static final int DAILY = Integer.MIN_VALUE;
    private final MigrantPool pool;
    private final MigrantSettings migrants;
    private final HomeOfficeSettings rules;
    private final DailyFlows flows;
    /** The HOME_OFFICE stream (shared with camp life, which draws from it first each day). */
    private final SplitMix64 homeRng;

    /** Eligible counts for today, from yesterday's step: drawn uniformly without a second pass. */
    private int eligibleReturn, eligibleThird;
    /** Yesterday's widest eligibility window: claimants made quiet under it stay quiet unless it grows. */
    private int lastQuietAfter = Integer.MIN_VALUE;
    // The day's state: allowances left, eligible counts, what was done.
    private int dT, dWindow, dThirdWindow;
    private double dMedFive, scale, extraPlaces;
    private double[] dGrant;
    private int ukReturnsLeft, ukReferLeft, ukHubLeft, ukThirdLeft, ukEligR, ukEligT, ukRefused, ukQuietAfter;
    private int returnsMade, returnsMadeInThirdWindow, thirdFromClaims;

    AsylumSystem(MigrantPool pool, Settings settings, DailyFlows flows, SplitMix64 homeRng) {
        this.pool = pool;
        this.migrants = settings.migrants;
        this.rules = settings.homeOffice;
        this.flows = flows;
        this.homeRng = homeRng;
    }

    /**
     * A claim lodged by a migrant of group g who landed on day t, record a[r..] (on today's landings): a
     * return agreement with the home country puts it on the fast track to removal.
     */
    void lodge(Params p, int[] a, int r, int g, int t) {
        boolean returnable = homeRng.nextDouble() < p.returnAgreement[g];
        int f = MigrantPool.F_RETURNABLE << 24;
        a[r + Claimants.META] = returnable ? a[r + Claimants.META] | f : a[r + Claimants.META] & ~f;
        double mean = returnable ? rules.fastTrackDays : rules.decisionDaysMean;
        a[r + Claimants.AUX + PoolSide.NEXT_DAY] = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) * mean);
    }

    @Override
    public void step(SimState simState) {
        ChannelModel m = (ChannelModel) simState;
        Levers lv = m.levers();
        HomeOffice ho = m.homeOffice();
        final int t = (int) m.schedule.getSteps();
        dT = t;
        dWindow = lv.returnEligibilityDays;
        dThirdWindow = lv.thirdCountryEligibilityDays;
        dMedFive = lv.medFiveShare;
        dGrant = m.params().grantRate;
        scale = m.settings().run.scale;
        extraPlaces = lv.extraDetentionPlaces;
        // claimants inside each eligibility window who landed before today
        final int inReturnWindow = pool.ukClaimsSince(t - dWindow, t - 1), inThirdWindow = pool.ukClaimsSince(t - dThirdWindow, t - 1);

        ukReturnsLeft = ho.returnsAllowed;
        ukReferLeft = ho.referralsAllowed;
        ukHubLeft = ho.hubAllowed;
        ukThirdLeft = ho.thirdAllowed;
        ukEligR = Math.max(eligibleReturn, 0);
        ukEligT = Math.max(eligibleThird, 0);
        ukRefused = (int) pool.stateCount[REFUSED];
        int quietAfter = -1;
        if (lv.returnsCapacityPerWeek() > 0 || ukReferLeft > 0) quietAfter = dWindow;
        if (lv.thirdCountryCapacityPerWeek > 0 || ukThirdLeft > 0) quietAfter = Math.max(quietAfter, dThirdWindow);
        ukQuietAfter = quietAfter;
        final boolean visitAll = quietAfter > lastQuietAfter;
        lastQuietAfter = quietAfter;
        returnsMade = returnsMadeInThirdWindow = thirdFromClaims = 0;

        Claimants claims = pool.claims, refused = pool.refused;
        claims.advanceTo(t);
        refused.advanceTo(t);
        stepDetained(m);
        if (ukHubLeft > 0) visitFrom(m, refused, true);
        else visitList(m, refused.day(t), t, true);
        visitList(m, pool.daily, DAILY, false);
        if (visitAll) visitFrom(m, claims, false);
        else visitList(m, claims.day(t), t, false);
        pool.daily.takeAll(pool.landed);

        // Claimants still eligible tomorrow, counted from totals instead of one by one (claimants are not
        // all looked at every day): those in a window at the start of the day, less those sent away through
        // that window today (a returned claimant was in the third-country window only if it was in that
        // window too).
        eligibleReturn = inReturnWindow - returnsMade;
        eligibleThird = inThirdWindow - returnsMadeInThirdWindow - thirdFromClaims;
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
        flows.stepped += l.n;
        final int[] a = l.a; // visits never add to the list being read, so its array stays
        int w = 0;
        for (int b = 0, end = l.n * Claimants.U; b < end; b += Claimants.U) {
            boolean stays = refusedList ? visitRefused(m, a, b, here) : visitClaim(m, a, b, here);
            if (stays) {
                if (w != b) Claimants.copy(a, b, a, w);
                w += Claimants.U;
            }
        }
        l.n = w / Claimants.U;
    }

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
        final int nextDay = a[b + Claimants.AUX + PoolSide.NEXT_DAY], arrived = a[b + Claimants.AUX + PoolSide.ARRIVED_DAY];
        final int since = t - arrived;
        if (since > ukQuietAfter && t < nextDay) {
            // the common case by far (the asylum backlog): nothing to do before the decision day. One on a
            // later day's list (a day a window grew) stays there, and is not counted as stepped (it may have
            // been filed there a moment ago, from today's list).
            if (here > t) {
                flows.stepped--;
                return true;
            }
            int d = fileDay(nextDay);
            pool.claims.file(d, a, b);
            return false;
        }
        // eligible for a return or removal, or due today
        final SplitMix64 homeRng = this.homeRng;
        final int g = (a[b + Claimants.META] >>> 8) & 0xFF;
        HomeOffice ho = m.homeOffice();
        Observations obs = m.observations();
        if (since <= window) {
            // referrals to the returns pipeline: a uniform draw among the eligible, up to today's referrals;
            // a returnee whose second claim is inadmissible first; no one screened out before
            final int fl = a[b + Claimants.META] >>> 24;
            if (ukReferLeft > 0 && (fl & MigrantPool.F_SCREENED) == 0
                    && ((rules.secondClaimInadmissible && (fl & MigrantPool.F_RETURNEE) != 0) || homeRng.nextDouble() * ukEligR < ukReferLeft)) {
                ukEligR--;
                if (refer(m, a, b, arrived)) {
                    returnsMade++;
                    if (since <= thirdWindow) returnsMadeInThirdWindow++;
                    return false;
                }
            } else ukEligR--;
        }
        if (since <= thirdWindow) {
            if (ukThirdLeft > 0 && homeRng.nextDouble() * ukEligT < ukThirdLeft) {
                ukThirdLeft--;
                ukEligT--;
                ho.thirdThisWeek++;
                flows.third++;
                thirdFromClaims++;
                obs.noteRemoval(g);
                pool.count(UK_CLAIM, arrived, MigrantState.REMOVED_THIRD);
                return false;
            }
            ukEligT--;
        }
        if (t >= nextDay) {
            double u = homeRng.nextDouble();
            // a return agreement goes with a safe-country designation: the claim is refused and the person flown home
            if (((a[b + Claimants.META] >>> 24) & MigrantPool.F_RETURNABLE) != 0) {
                flows.removedHome++;
                obs.noteRemoval(g);
                pool.count(UK_CLAIM, arrived, MigrantState.REMOVED_HOME);
                return false;
            }
            if (u < dGrant[g]) {
                flows.granted++;
                pool.count(UK_CLAIM, arrived, MigrantState.GRANTED);
                return false;
            }
            pool.count(UK_CLAIM, arrived, MigrantState.REFUSED);
            a[b + Claimants.META] = (a[b + Claimants.META] & ~0xFF) | REFUSED;
            // a day overflowed by a zero rate means at once
            int abscond = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) / Math.max(1e-9, rules.abscondRate));
            a[b + Claimants.AUX + PoolSide.NEXT_DAY] = abscond;
            pool.refused.file(fileDay(abscond), a, b);
            return false;
        }
        // still inside a window: looked at again tomorrow
        if (here == DAILY) return true;
        Claimants.List daily = pool.daily;
        int nb = daily.add(); // first: it may replace daily.a
        Claimants.copy(a, b, daily.a, nb);
        return false;
    }

    /** A refused claimant, record a[b..], on the list of day here. True if it stays on that list. */
    private boolean visitRefused(ChannelModel m, int[] a, int b, int here) {
        final int nextDay = a[b + Claimants.AUX + PoolSide.NEXT_DAY], arrived = a[b + Claimants.AUX + PoolSide.ARRIVED_DAY];
        if (ukHubLeft > 0 && homeRng.nextDouble() * ukRefused < ukHubLeft) {
            ukHubLeft--;
            ukRefused--;
            m.homeOffice().hubThisWeek++;
            flows.third++;
            flows.hub++;
            m.observations().noteRemoval((a[b + Claimants.META] >>> 8) & 0xFF);
            pool.count(REFUSED, arrived, MigrantState.REMOVED_THIRD);
            return false;
        }
        ukRefused--;
        final int t = dT;
        if (t >= nextDay) {
            flows.absconded++;
            pool.count(REFUSED, arrived, MigrantState.ABSCONDED);
            return false;
        }
        if (here > t) return true; // on a later day's list (a hub day): stays there
        pool.refused.file(fileDay(nextDay), a, b); // due later than the calendar reaches: filed again
        return false;
    }

    /**
     * Claimant record a[b..] (landed on day arrived), referred for return: screened for eligibility, then
     * detained if a place is free. True if it left the claims (detained).
     */
    private boolean refer(ChannelModel m, int[] a, int b, int arrived) {
        final HomeOfficeSettings q = rules;
        final int fl = a[b + Claimants.META] >>> 24;
        if ((fl & (MigrantPool.F_UK_LINKS | MigrantPool.F_MINOR)) != 0 || homeRng.nextDouble() >= q.evidenceShare) {
            a[b + Claimants.META] |= MigrantPool.F_SCREENED << 24; // stays in the asylum system
            flows.returnIneligible++;
            return false;
        }
        if (pool.detained.n >= q.detentionPlaces * scale + extraPlaces) {
            flows.noDetentionPlace++; // may be referred again while inside the window
            return false;
        }
        ukReferLeft--;
        m.homeOffice().recordReferral();
        final int t = dT;
        boolean challenges = homeRng.nextDouble() < q.challengeShare;
        boolean wins = challenges && homeRng.nextDouble() < q.challengeSuccess;
        double delay = -Math.log(1 - homeRng.nextDouble()) * q.identificationDays
                + (challenges ? -Math.log(1 - homeRng.nextDouble()) * q.challengeDays : 0);
        final int mt = a[b + Claimants.META];
        Claimants.List d = pool.detained;
        int nb = d.add();
        Claimants.copy(a, b, d.a, nb);
        d.a[nb + Claimants.META] = (mt & ~0xFF | MigrantPool.DETAINED) | (wins ? MigrantPool.F_RELEASE << 24 : 0);
        d.a[nb + Claimants.AUX + PoolSide.NEXT_DAY] = t + 1 + (int) delay;
        pool.count(UK_CLAIM, arrived, MigrantState.DETAINED);
        flows.detainedIn++;
        return true;
    }

    /**
     * The returns pipeline, before the claims: people detained whose identification (and challenge) is over
     * are released if they won, or returned if a return is allowed today; the rest wait in detention.
     */
    private void stepDetained(ChannelModel m) {
        final Claimants.List l = pool.detained;
        if (l.n == 0) return;
        flows.stepped += l.n;
        final int t = dT;
        final int[] a = l.a; // filing released people elsewhere never adds to this list
        int w = 0;
        for (int b = 0, end = l.n * Claimants.U; b < end; b += Claimants.U) {
            final int mt = a[b + Claimants.META], arrived = a[b + Claimants.AUX + PoolSide.ARRIVED_DAY];
            if (t >= a[b + Claimants.AUX + PoolSide.NEXT_DAY]) {
                if ((mt & (MigrantPool.F_RELEASE << 24)) != 0) {
                    // the challenge succeeded: back in the asylum system, not referred again
                    a[b + Claimants.META] = (mt & ~0xFF & ~(MigrantPool.F_RELEASE << 24)) | UK_CLAIM | MigrantPool.F_SCREENED << 24;
                    boolean returnable = ((mt >>> 24) & MigrantPool.F_RETURNABLE) != 0;
                    int due = t + 1 + (int) (-Math.log(1 - homeRng.nextDouble()) * (returnable ? rules.fastTrackDays : rules.decisionDaysMean));
                    a[b + Claimants.AUX + PoolSide.NEXT_DAY] = due;
                    pool.count(MigrantPool.DETAINED, arrived, MigrantState.UK_CLAIM);
                    pool.claims.file(fileDay(due), a, b);
                    flows.released++;
                    continue;
                }
                if (ukReturnsLeft > 0) {
                    ukReturnsLeft--;
                    m.homeOffice().recordReturn();
                    returnToFrance(a, b, (mt >>> 8) & 0xFF, m.observations(), MigrantPool.DETAINED);
                    continue;
                }
            }
            if (w != b) Claimants.copy(a, b, a, w);
            w += Claimants.U;
        }
        l.n = w / Claimants.U;
    }

    /** Claimant record a[b..] (group g, in state from) is returned to France: sent on to a Med Five state, or back in a camp. */
    private void returnToFrance(int[] a, int b, int g, Observations obs, int from) {
        final double medFive = dMedFive, returnShock = migrants.returnShock;
        final int mt = a[b + Claimants.META], arrived = a[b + Claimants.AUX + PoolSide.ARRIVED_DAY];
        flows.returned++;
        obs.noteReturn(g);
        if (medFive > 0 && ((mt >>> 24) & MigrantPool.F_FIRST_ENTRY) != 0 && homeRng.nextDouble() < medFive) {
            flows.onward++;
            obs.noteOnward(g);
            pool.count(from, arrived, MigrantState.ONWARD);
            return;
        }
        // the merry-go-round: back in a camp, poorer, and sure that returns happen; appended after today's
        // France loop, so back in the camp's routine tomorrow
        pool.count(from, arrived, MigrantState.IN_CAMP);
        final PoolSide f = pool.france;
        final int i = f.add();
        f.unpack(a, b, i);
        f.meta[i] = MigrantState.IN_CAMP.ordinal() | g << 8 | homeRng.nextInt(Geography.CAMPS.size()) << 16
                | (((mt >>> 24) | MigrantPool.F_RETURNEE) & ~(MigrantPool.F_SCREENED | MigrantPool.F_RELEASE)) << 24;
        final int br = i * PoolSide.R + PoolSide.B_RETURN;
        f.rec[br] += returnShock * (1 - f.rec[br]);
        final int mo = i * PoolSide.R + PoolSide.MONEY;
        f.rec[mo] = (float) Math.max(0, f.rec[mo] - migrants.returnMoneyLoss); // what a return costs the returnee
        f.setGang(i, -1);
        f.setAux(i, PoolSide.ARRIVED_DAY, Integer.MIN_VALUE / 2);
    }
}
