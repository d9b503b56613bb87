package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** Return every small-boat arrival to France from a date (up to a weekly capacity, unlimited by default). */
public final class ReturnAll implements Policy {
    @Override
    public String key() { return "return_all"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.ReturnAll r = s.policies.returnAll;
        return Lever.inForce(r.enabled, r.start, r.end, date);
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        lv.returnAll = active(s, date);
        lv.returnAllCapacityPerWeek = s.policies.returnAll.capacityPerWeek * s.run.scale;
    }
}
