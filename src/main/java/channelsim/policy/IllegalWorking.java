package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;

import java.time.LocalDate;

/**
 * Illegal-working enforcement: arrests lower the true chance of finding work in the UK, as
 * {@code job_chance_base * exp(-effect * enforcement)}. Migrants learn it only slowly, through beliefs.
 */
public final class IllegalWorking implements Policy {
    @Override
    public String key() { return "illegal_working"; }

    @Override
    public boolean active(Params p, LocalDate date) { return p.num("policies.illegal_working.enforcement") > 0; }

    @Override
    public void apply(PolicyContext m, Params p, Levers lv, LocalDate date) {
        lv.jobChance = p.num("policies.illegal_working.job_chance_base")
                * Math.exp(-p.num("policies.illegal_working.effect") * p.num("policies.illegal_working.enforcement"));
    }
}
