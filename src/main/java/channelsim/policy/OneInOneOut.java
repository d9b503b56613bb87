package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * The UK-France "one in, one out" scheme: from its start date the UK may return up to
 * {@code returns_per_week} recent arrivals a week to France and admits {@code legal_intake_ratio} people
 * with UK links for each. After {@code review_days} the pilot is reviewed once: it scales up to
 * {@code scale_up_to} a week only if it delivered enough of its planned returns (and, if asked, arrivals
 * fell) — the "proof of concept" that may never come.
 */
public final class OneInOneOut implements Policy {
    private boolean reviewed, scaledUp;
    private double arrivalsBefore = -1;

    @Override
    public String key() { return "one_in_one_out"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.OneInOneOut o = s.policies.oneInOneOut;
        return Lever.inForce(o.enabled, o.start, o.end, date);
    }

    public boolean isScaledUp() { return scaledUp; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.OneInOneOut o = s.policies.oneInOneOut;
        lv.legalIntakeRatio = o.legalIntakeRatio;
        lv.returnEligibilityDays = o.eligibilityDays;
        LocalDate start = o.start;
        if (!active(s, date)) {
            lv.weeklyReturnQuota = 0;
            return;
        }
        double scale = s.run.scale;
        double quota = o.returnsPerWeek;
        long daysIn = date.toEpochDay() - start.toEpochDay();
        if (daysIn == 0 || arrivalsBefore < 0) arrivalsBefore = m.recentWeeklyArrivals();
        double target = o.scaleUpTo;
        if (!reviewed && target > 0 && daysIn >= o.reviewDays) {
            reviewed = true;
            double delivered = m.returnedSince(start);
            double planned = quota * scale * daysIn / 7.0;
            boolean delivery = planned <= 0 || delivered >= o.proofOfConceptDelivery * planned;
            double needDrop = o.proofOfConceptDrop;
            boolean fell = needDrop <= 0 || m.recentWeeklyArrivals() <= (1 - needDrop) * arrivalsBefore;
            scaledUp = delivery && fell;
        }
        lv.weeklyReturnQuota = (scaledUp ? target : quota) * scale;
    }
}
