package channelsim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * UK Home Office: turns the weekly capacities set by the policies (returns to France, legal intake,
 * returns hubs, third-country removals) into today's allowances, paced evenly through each week so that
 * no week ever exceeds its quota. A returns quota is a ceiling: the Home Office refers up to
 * {@code home_office.returns.referrals_per_return} arrivals per place to the returns pipeline (see
 * {@link AsylumSystem}), and returns at most the quota, and at most what France accepts
 * ({@code home_office.returns.partner_acceptance_per_week}), in any week. The migrants' own step carries
 * out the moves.
 */
public final class HomeOffice implements Steppable {
    private static final long serialVersionUID = 1;
    private long week = Long.MIN_VALUE;
    int returnedThisWeek, referredThisWeek, hubThisWeek, thirdThisWeek;
    int returnsAllowed, referralsAllowed, hubAllowed, thirdAllowed, legalSeats;
    private double legalCarry;
    int returnedToday, legalAdmittedToday;

    @Override
    public void step(SimState state) {
        ChannelModel m = (ChannelModel) state;
        Levers lv = m.levers();
        long t = m.schedule.getSteps() - m.warmupDays();
        long w = Math.floorDiv(t, 7);
        int d = (int) Math.floorMod(t, 7);
        if (w != week) {
            week = w;
            returnedThisWeek = referredThisWeek = hubThisWeek = thirdThisWeek = 0;
        }
        // one in for each one out: yesterday's returns open today's legal places
        if (!lv.schemeSuspended) legalCarry += returnedToday * lv.legalIntakeRatio;
        legalSeats = (int) legalCarry;
        HomeOfficeSettings ho = m.settings().homeOffice;
        double quota = lv.returnsCapacityPerWeek();
        returnsAllowed = Math.min(allowance(quota, d, returnedThisWeek),
                allowance(quota > 0 ? ho.partnerAcceptancePerWeek * m.settings().run.scale + lv.extraPartnerAcceptancePerWeek : 0, d, returnedThisWeek));
        referralsAllowed = allowance(quota * ho.referralsPerReturn, d, referredThisWeek);
        hubAllowed = allowance(lv.hubCapacityPerWeek, d, hubThisWeek);
        thirdAllowed = allowance(lv.thirdCountryCapacityPerWeek, d, thirdThisWeek);
        returnedToday = 0;
        legalAdmittedToday = 0;
    }

    /** Cumulative pacing: by day d of the week at most cap*(d+1)/7, so the week's total never exceeds cap. */
    static int allowance(double capPerWeek, int dayOfWeek, int doneThisWeek) {
        if (capPerWeek <= 0) return 0;
        double upTo = Math.floor(capPerWeek * (dayOfWeek + 1) / 7.0 + 1e-9);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE / 2, upTo - doneThisWeek));
    }

    void recordReturn() {
        returnedThisWeek++;
        returnedToday++;
        returnsAllowed--;
    }

    void recordReferral() {
        referredThisWeek++;
        referralsAllowed--;
    }

    void recordLegalAdmission() {
        legalCarry -= 1;
        legalSeats--;
        legalAdmittedToday++;
    }

    public int getReturnedThisWeek() { return returnedThisWeek; }

    public int getReturnsAllowedToday() { return returnsAllowed; }

    public int getLegalSeatsToday() { return legalSeats; }
}
