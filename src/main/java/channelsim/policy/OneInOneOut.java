package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

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
    public boolean active(Params p, LocalDate date) {
        return p.bool("policies.one_in_one_out.enabled") && !date.isBefore(p.date("policies.one_in_one_out.start"));
    }

    public boolean isScaledUp() { return scaledUp; }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.legalIntakeRatio = p.num("policies.one_in_one_out.legal_intake_ratio");
        lv.returnEligibilityDays = p.integer("policies.one_in_one_out.eligibility_days");
        LocalDate start = p.date("policies.one_in_one_out.start");
        if (!active(p, date)) {
            lv.weeklyReturnQuota = 0;
            return;
        }
        double scale = p.scale();
        double quota = p.num("policies.one_in_one_out.returns_per_week");
        long daysIn = date.toEpochDay() - start.toEpochDay();
        if (daysIn == 0 || arrivalsBefore < 0) arrivalsBefore = m.recentWeeklyArrivals();
        double target = p.num("policies.one_in_one_out.scale_up_to");
        if (!reviewed && target > 0 && daysIn >= p.integer("policies.one_in_one_out.review_days")) {
            reviewed = true;
            double delivered = m.returnedSince(start);
            double planned = quota * scale * daysIn / 7.0;
            boolean delivery = planned <= 0 || delivered >= p.num("policies.one_in_one_out.proof_of_concept_delivery") * planned;
            double needDrop = p.num("policies.one_in_one_out.proof_of_concept_drop");
            boolean fell = needDrop <= 0 || m.recentWeeklyArrivals() <= (1 - needDrop) * arrivalsBefore;
            scaledUp = delivery && fell;
        }
        lv.weeklyReturnQuota = (scaledUp ? target : quota) * scale;
    }
}
