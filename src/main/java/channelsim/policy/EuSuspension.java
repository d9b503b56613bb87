package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.Settings;

import java.time.LocalDate;

/** The EU suspends the bilateral scheme: on a set date, or at random when Europe blocks it (see the Europe agent). */
public final class EuSuspension implements Policy {
    @Override
    public String key() { return "eu_suspension"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        return Lever.inForce(s.policies.euSuspension.enabled, s.policies.euSuspension.date, null, date);
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        lv.schemeSuspended = active(s, date) || m.schemeBlocked();
    }
}
