package channelsim.policy;

import channelsim.config.Scenario;
import channelsim.config.TimedChange;
import channelsim.model.Levers;
import channelsim.model.Params;
import channelsim.model.PolicyContext;
import channelsim.model.PolicyStep;
import channelsim.model.Settings;

import java.time.LocalDate;
import java.util.List;

/**
 * First event of every day: applies the scenario's dated changes that are due, then lets each policy set
 * its levers. Policies are applied in a fixed order; later ones read what earlier ones set only through
 * the parameters, never through each other's levers.
 */
public final class PolicySchedule implements PolicyStep {
    private final List<TimedChange> timeline;
    private int nextChange;
    private final List<Policy> policies = List.of(
            new FrenchPoliceDeployment(), new MaritimeDoctrine(), new OneInOneOut(), new ReturnAll(),
            new IllegalWorking(), new ReturnsHubs(), new ThirdCountryRemoval(), new MedFiveTransfer(),
            new EuSuspension());

    public PolicySchedule(Scenario scenario) { this.timeline = scenario.timeline(); }

    public List<Policy> policies() { return policies; }

    @Override
    public void apply(PolicyContext m, LocalDate date) {
        Params p = m.params();
        while (nextChange < timeline.size() && !timeline.get(nextChange).date().isAfter(date)) {
            TimedChange c = timeline.get(nextChange++);
            p.set(c.key(), c.value());
        }
        Levers lv = m.levers();
        Settings s = m.settings();
        for (Policy policy : policies) policy.apply(m, s, lv, date);
    }
}
