package channelsim.experiment;

import channelsim.config.ParamSpec;
import channelsim.config.ParameterRegistry;
import channelsim.config.Scenario;
import channelsim.config.TimedChange;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a policy starts to differ from the baseline: the earliest start of a policy block that differs from
 * the baseline's (its {@code policies.<block>.start}, or the scenario's first day for a block without one, or a
 * dated change of the block's own). Effects "from the start" are measured from this day.
 */
public final class Starts {
    private Starts() {}

    /** The start date, as ISO text, or null when the policy is the baseline's own settings. */
    public static String of(Scenario policy, Scenario baseline) {
        LocalDate first = policy.start(), best = null;
        for (ParamSpec p : ParameterRegistry.all()) {
            String k = p.key();
            if (p.isGroupTemplate() || !k.startsWith("policies.") || k.endsWith(".start")) continue;
            if (Objects.equals(policy.values().get(k), baseline.values().get(k))) continue;
            String block = k.substring(0, k.lastIndexOf('.'));
            Object s = policy.values().get(block + ".start");
            LocalDate d = s instanceof LocalDate ld && ld.isAfter(first) ? ld : first;
            if (best == null || d.isBefore(best)) best = d;
        }
        // a block set by a dated change in the policy's own timeline (a study's dated policy changes)
        for (TimedChange t : policy.timeline())
            if (t.key().startsWith("policies.") && !baseline.timeline().contains(t) && (best == null || t.date().isBefore(best)))
                best = t.date().isBefore(first) ? first : t.date();
        return best == null ? null : best.toString();
    }
}
