package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

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
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        double funding = p.num("policies.uk_funding.gbp_million_per_year");
        double extra = (funding - p.num("policies.uk_funding.baseline_gbp_million")) * p.num("policies.uk_funding.officers_per_gbp_million");
        lv.officersTarget = Math.max(0, p.num("policies.french_police.officers") + extra);
        lv.fundingGbpMillion = funding;
    }

    @Override
    public boolean active(Params p, LocalDate date) { return p.num("policies.french_police.officers") > 0; }
}
