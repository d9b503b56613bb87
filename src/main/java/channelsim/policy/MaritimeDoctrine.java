package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** The French maritime doctrine: police may stop boats and taxi boats in shallow water. */
public final class MaritimeDoctrine implements Policy {
    @Override
    public String key() { return "french_police.maritime_doctrine"; }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) { lv.maritimeDoctrine = active(p, date); }

    @Override
    public boolean active(Params p, LocalDate date) { return p.bool("policies.french_police.maritime_doctrine"); }
}
