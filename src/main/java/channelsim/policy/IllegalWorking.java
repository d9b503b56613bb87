package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * Illegal-working enforcement: arrests lower the true chance of finding work in the UK, as
 * {@code job_chance_base * exp(-effect * enforcement)}. Migrants learn it only slowly, through beliefs.
 */
public final class IllegalWorking implements Policy {
    @Override
    public String key() { return "illegal_working"; }

    @Override
    public boolean active(Settings s, LocalDate date) { return s.policies.illegalWorking.enforcement > 0; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.IllegalWorking w = s.policies.illegalWorking;
        lv.jobChance = w.jobChanceBase * Math.exp(-w.effect * w.enforcement);
    }
}
