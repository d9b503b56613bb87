package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/** France sends returnees with a first-entry record on to Italy, Spain, Greece, Malta or Cyprus. */
public final class MedFiveTransfer implements Policy {
    @Override
    public String key() { return "med_five_transfer"; }

    @Override
    public boolean active(Settings s, LocalDate date) {
        PolicySettings.MedFiveTransfer t = s.policies.medFiveTransfer;
        return Lever.inForce(t.enabled, t.start, t.end, date);
    }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        lv.medFiveShare = active(s, date) ? s.policies.medFiveTransfer.transferShare : 0;
    }
}
