package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/** France sends returnees with a first-entry record on to Italy, Spain, Greece, Malta or Cyprus. */
public final class MedFiveTransfer implements Policy {
    @Override
    public String key() { return "med_five_transfer"; }

    @Override
    public boolean active(Params p, LocalDate date) { return p.bool("policies.med_five_transfer.enabled"); }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.medFiveShare = active(p, date) ? p.num("policies.med_five_transfer.transfer_share") : 0;
    }
}
