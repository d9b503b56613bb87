package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** Returns hubs: refused asylum seekers removed to a third country, up to a weekly capacity. */
public final class ReturnsHubs implements Policy {
    @Override
    public String key() { return "returns_hubs"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.ReturnsHubs h = s.policies.returnsHubs;
        return Lever.inForce(h.enabled, h.start, h.end, date);
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        lv.hubCapacityPerWeek = active(s, date) ? s.policies.returnsHubs.capacityPerWeek * s.run.scale : 0;
    }
}
