package channelsim.model;

import channelsim.config.GroupSpec;
import channelsim.config.Scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter values in force today. Starts as the scenario; the timeline and the GUI inspectors change
 * it while the model runs. Agents read it once per step into locals, never per agent.
 */
public final class Params {
    private final Map<String, Object> values;
    private int version;
    final String[] groupNames;
    final double[] groupShare, returnAgreement, ukLinks, grantRate, firstEntry;
    /** Shares as set (not normalised): a change of one group's share leaves the others' weights as they were, so
     *  that several shares set on the same day give the same composition in whatever order they are applied. */
    private final double[] groupWeight;

    public Params(Scenario s) {
        values = new HashMap<>(s.values());
        List<GroupSpec> g = s.groups();
        int n = g.size();
        groupNames = new String[n];
        groupShare = new double[n];
        groupWeight = new double[n];
        returnAgreement = new double[n];
        ukLinks = new double[n];
        grantRate = new double[n];
        firstEntry = new double[n];
        double total = 0;
        for (GroupSpec x : g) total += x.share();
        for (int i = 0; i < n; i++) {
            GroupSpec x = g.get(i);
            groupNames[i] = x.name();
            groupWeight[i] = x.share();
            groupShare[i] = total > 0 ? x.share() / total : 1.0 / n;
            returnAgreement[i] = x.returnAgreement();
            ukLinks[i] = x.ukLinks();
            grantRate[i] = x.grantRate();
            firstEntry[i] = x.firstEntryRecord();
        }
    }

    public double num(String key) { return ((Number) get(key)).doubleValue(); }

    public int integer(String key) { return (int) ((Number) get(key)).longValue(); }

    public boolean bool(String key) { return (Boolean) get(key); }

    public LocalDate date(String key) { return (LocalDate) get(key); }

    /** Counts changes made through {@link #set}, so readers may cache values until it moves. */
    public int version() { return version; }

    public Object get(String key) {
        Object v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter " + key);
        return v;
    }

    /** Sets a validated value; group keys change that group's attribute. */
    public void set(String key, Object value) {
        version++;
        if (key.startsWith("migrants.groups.")) {
            String[] p = key.split("\\.");
            int g = group(p[2]);
            double v = ((Number) value).doubleValue();
            switch (p[3]) {
                case "share" -> {
                    groupWeight[g] = v;
                    double t = 0;
                    for (double x : groupWeight) t += x;
                    for (int i = 0; i < groupShare.length; i++) groupShare[i] = t > 0 ? groupWeight[i] / t : 1.0 / groupShare.length;
                }
                case "return_agreement" -> returnAgreement[g] = v;
                case "uk_links" -> ukLinks[g] = v;
                case "grant_rate" -> grantRate[g] = v;
                case "first_entry_record" -> firstEntry[g] = v;
                default -> throw new IllegalArgumentException("unknown group attribute " + key);
            }
            return;
        }
        if (!values.containsKey(key)) throw new IllegalArgumentException("unknown parameter " + key);
        values.put(key, value);
    }

    public int group(String name) {
        for (int i = 0; i < groupNames.length; i++) if (groupNames[i].equals(name)) return i;
        throw new IllegalArgumentException("unknown group " + name);
    }

    public int groupCount() { return groupNames.length; }

    public String groupName(int g) { return groupNames[g]; }

    /** The origin groups in order. */
    public java.util.List<String> groupNames() { return java.util.List.of(groupNames); }

    public double scale() { return num("scale"); }
}
