package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * Officers on the French coast and the UK money behind them. Funding above the baseline already in the
 * officer count buys more officers ({@code officers_per_gbp_million}); the police reach the target after
 * the hiring delay.
 */
public final class FrenchPoliceDeployment implements Policy {
    @Override
    public String key() { return "french_police"; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.UkFunding f = s.policies.ukFunding;
        double funding = f.gbpMillionPerYear;
        double extra = (funding - f.baselineGbpMillion) * f.officersPerGbpMillion;
        lv.officersTarget = Math.max(0, s.policies.frenchPolice.officers + extra);
        lv.fundingGbpMillion = funding;
    }

    @Override
    public boolean active(Settings s, LocalDate date) { return s.policies.frenchPolice.officers > 0; }
}
