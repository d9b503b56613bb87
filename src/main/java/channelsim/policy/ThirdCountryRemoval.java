package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** A Rwanda-like scheme: recent arrivals removed to a third country whatever their claim, up to a weekly capacity. */
public final class ThirdCountryRemoval implements Policy {
    @Override
    public String key() { return "third_country_removal"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.ThirdCountryRemoval t = s.policies.thirdCountryRemoval;
        return Lever.inForce(t.enabled, t.start, t.end, date);
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.ThirdCountryRemoval t = s.policies.thirdCountryRemoval;
        lv.thirdCountryCapacityPerWeek = active(s, date) ? t.capacityPerWeek * s.run.scale : 0;
        lv.thirdCountryEligibilityDays = t.eligibilityDays;
    }
}
