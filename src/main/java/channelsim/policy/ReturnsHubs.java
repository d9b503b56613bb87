package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** Returns hubs: refused asylum seekers removed to a third country, up to a weekly capacity. */
public final class ReturnsHubs implements Policy {
    @Override
    public String key() { return "returns_hubs"; }

    @Override
    public boolean active(Params p, LocalDate date) {
        return p.bool("policies.returns_hubs.enabled") && !date.isBefore(p.date("policies.returns_hubs.start"));
    }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.hubCapacityPerWeek = active(p, date) ? p.num("policies.returns_hubs.capacity_per_week") * p.scale() : 0;
    }
}
