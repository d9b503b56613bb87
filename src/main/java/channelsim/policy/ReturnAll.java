package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** Return every small-boat arrival to France from a date (up to a weekly capacity, unlimited by default). */
public final class ReturnAll implements Policy {
    @Override
    public String key() { return "return_all"; }

    @Override
    public boolean active(Params p, LocalDate date) {
        return p.bool("policies.return_all.enabled") && !date.isBefore(p.date("policies.return_all.start"));
    }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.returnAll = active(p, date);
        lv.returnAllCapacityPerWeek = p.num("policies.return_all.capacity_per_week") * p.scale();
    }
}
