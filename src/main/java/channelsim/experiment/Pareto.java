package channelsim.experiment;

import channelsim.output.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trade-off between deterring crossings, public cost and deaths across a study's policies and lever settings:
 * a setting is on the Pareto front when no other has at least as much deterrence, no more added cost and no more
 * added deaths, and is better in one of them. Means over replicates (and samples); intervals are in summary.csv.
 */
public final class Pareto {
    /** One policy at one lever setting, with its objectives and whether it is on the front. */
    public record Point(String group, String policy, Map<String, String> levers, double deterrence, double costChange,
                        double deathsChange, boolean front) {}

    private Pareto() {}

    public static List<Point> of(StudyResults res) {
        List<Point> pts = new ArrayList<>();
        for (StudyResults.Ranked r : res.ranking()) {
            StudyResults.Row row = null;
            for (StudyResults.Row x : res.summary())
                if (x.sample() <= 0 && x.group().equals(r.policy()) && x.metric().equals("deterrence")) row = x;
            pts.add(new Point(r.policy(), row == null ? r.policy() : row.policy(), row == null ? Map.of() : row.factors(),
                    r.deterrence().mean(), res.get(r.policy(), "public_cost_change").mean(), res.get(r.policy(), "deaths_change").mean(), false));
        }
        List<Point> out = new ArrayList<>();
        for (Point p : pts) {
            boolean dominated = false;
            for (Point q : pts) if (q != p && dominates(q, p)) dominated = true;
            out.add(new Point(p.group(), p.policy(), p.levers(), p.deterrence(), p.costChange(), p.deathsChange(),
                    !dominated && Double.isFinite(p.deterrence())));
        }
        return out;
    }

    static boolean dominates(Point a, Point b) {
        double ac = nan(a.costChange()), bc = nan(b.costChange()), ad = nan(a.deathsChange()), bd = nan(b.deathsChange());
        boolean noWorse = a.deterrence() >= b.deterrence() && ac <= bc && ad <= bd;
        boolean better = a.deterrence() > b.deterrence() || ac < bc || ad < bd;
        return noWorse && better;
    }

    private static double nan(double v) { return Double.isFinite(v) ? v : 0; }

    /** pareto.csv: every policy and lever setting, its three objectives, and on_front. */
    public static String csv(StudyResults res) {
        List<String> keys = res.info().factorKeys();
        StringBuilder sb = new StringBuilder("policy");
        for (String k : keys) sb.append(',').append(k);
        sb.append(",deterrence,public_cost_change,deaths_change,on_front\n");
        for (Point p : of(res)) {
            sb.append(p.policy());
            for (String k : keys) sb.append(',').append(p.levers().getOrDefault(k, ""));
            sb.append(',').append(Numbers.csv(p.deterrence())).append(',').append(Numbers.csv(p.costChange())).append(',')
                    .append(Numbers.csv(p.deathsChange())).append(',').append(p.front()).append('\n');
        }
        return sb.toString();
    }
}
