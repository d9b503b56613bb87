package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * Officers on the French coast and the UK money behind them. Funding above the baseline already in the
 * officer count buys more officers ({@code officers_per_gbp_million}); the police reach the target after
 * the hiring delay. Funding above the baseline is in force from the block's start to its end.
 */
public final class FrenchPoliceDeployment implements Policy {
    @Override
    public String key() { return "french_police"; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.UkFunding f = s.policies.ukFunding;
        // outside its window, funding is at the baseline the officer count already reflects
        double funding = Lever.inForce(true, f.start, f.end, date) ? f.gbpMillionPerYear : f.baselineGbpMillion;
        double extra = (funding - f.baselineGbpMillion) * f.officersPerGbpMillion;
        lv.officersTarget = Math.max(0, s.policies.frenchPolice.officers + extra);
    }

    @Override
    public boolean active(Settings s, LocalDate date) { return s.policies.frenchPolice.officers > 0; }
}
