package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** A Rwanda-like scheme: recent arrivals removed to a third country whatever their claim, up to a weekly capacity. */
public final class ThirdCountryRemoval implements Policy {
    @Override
    public String key() { return "third_country_removal"; }

    @Override
    public boolean active(Params p, LocalDate date) {
        return p.bool("policies.third_country_removal.enabled") && !date.isBefore(p.date("policies.third_country_removal.start"));
    }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.thirdCountryCapacityPerWeek = active(p, date) ? p.num("policies.third_country_removal.capacity_per_week") * p.scale() : 0;
        lv.thirdCountryEligibilityDays = p.integer("policies.third_country_removal.eligibility_days");
    }
}
