package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** The EU suspends the bilateral scheme: on a set date, or at random when Europe blocks it (see the Europe agent). */
public final class EuSuspension implements Policy {
    @Override
    public String key() { return "eu_suspension"; }

    @Override
    public boolean active(Params p, LocalDate date) {
        return p.bool("policies.eu_suspension.enabled") && !date.isBefore(p.date("policies.eu_suspension.date"));
    }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.schemeSuspended = active(p, date) || m.schemeBlocked();
    }
}
