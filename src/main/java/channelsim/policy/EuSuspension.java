package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** The EU suspends the bilateral scheme: on a set date, or at random when Europe blocks it (see the Europe agent). */
public final class EuSuspension implements Policy {
    @Override
    public String key() { return "eu_suspension"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.EuSuspension e = s.policies.euSuspension;
        // in force from the later of the suspension's date and the lever's start
        return Lever.inForce(e.enabled, later(e.date, e.start), e.end, date);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.EuSuspension e = s.policies.euSuspension;
        lv.schemeSuspended = active(s, date) || (m.schemeBlocked() && Lever.inForce(true, e.start, e.end, date));
    }
}
