package channelsim.policy;

import channelsim.model.Levers;
import channelsim.model.PolicyContext;
import channelsim.model.PolicySettings;
import channelsim.model.Settings;

import java.time.LocalDate;

/**
 * Illegal-working enforcement: arrests lower the true chance of finding work in the UK, as
 * {@code job_chance_base * exp(-effect * enforcement)}. Migrants learn it only slowly, through beliefs.
 * The block's enforcement holds from its start to its end; outside that window enforcement is at the 2025
 * level.
 */
public final class IllegalWorking implements Policy {
    /** Enforcement outside the block's window: the 2025 level, the unit of {@code enforcement}. */
    static final double REFERENCE_LEVEL = 1.0;

    @Override
    public String key() { return "illegal_working"; }

    @Override
    public boolean active(Settings s, LocalDate date) { return enforcement(s, date) > 0; }

    @Override
    public void apply(PolicyContext m, Settings s, Levers lv, LocalDate date) {
        PolicySettings.IllegalWorking w = s.policies.illegalWorking;
        lv.illegalWorkingEnforcement = enforcement(s, date);
        lv.jobChance = w.jobChanceBase * Math.exp(-w.effect * lv.illegalWorkingEnforcement);
    }

    /** The enforcement level in force: the block's inside its window, the 2025 level (1.0) outside. */
    static double enforcement(Settings s, LocalDate date) {
        PolicySettings.IllegalWorking w = s.policies.illegalWorking;
        return Lever.inForce(true, w.start, w.end, date) ? w.enforcement : REFERENCE_LEVEL;
    }
}
