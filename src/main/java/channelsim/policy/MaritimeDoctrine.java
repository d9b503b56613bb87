package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** The French maritime doctrine: police may stop boats and taxi boats in shallow water, from the block's start to its end. */
public final class MaritimeDoctrine implements Policy {
    @Override
    public String key() { return "french_police.maritime_doctrine"; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) { lv.maritimeDoctrine = active(s, date); }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.FrenchPolice p = s.policies.frenchPolice;
        return Lever.inForce(p.maritimeDoctrine, p.start, p.end, date);
    }
}
