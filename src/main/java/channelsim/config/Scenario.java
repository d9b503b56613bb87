package channelsim.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated, immutable scenario: every registry key with a value (defaults filled in), the origin
 * groups, and the dated changes. Built by {@link ScenarioLoader}; values are Double, Long, Boolean,
 * LocalDate or String according to the key's {@link ParamType}.
 */
public final class Scenario implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String source;
    private final Map<String, Object> values;
    private final List<GroupSpec> groups;
    private final List<TimedChange> timeline;

    public Scenario(String name, String source, Map<String, Object> values, List<GroupSpec> groups, List<TimedChange> timeline) {
        this.name = name;
        this.source = source;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.groups = List.copyOf(groups);
        List<TimedChange> t = new ArrayList<>(timeline);
        t.sort((a, b) -> a.date().compareTo(b.date())); // stable: same-date changes keep file order
        this.timeline = List.copyOf(t);
    }

    /** A scenario with the registry defaults and the default groups only. */
    public static Scenario defaults(String name) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (ParamSpec p : ParameterRegistry.all()) if (!p.isGroupTemplate()) v.put(p.key(), p.defaultValue());
        v.put("name", name);
        List<GroupSpec> g = new ArrayList<>();
        for (String n : ParameterRegistry.DEFAULT_GROUPS) g.add(defaultGroup(n));
        return new Scenario(name, "<defaults>", v, g, List.of());
    }

    public static GroupSpec defaultGroup(String n) {
        return new GroupSpec(n,
                (Double) ParameterRegistry.groupDefault(n, "share"),
                (Double) ParameterRegistry.groupDefault(n, "return_agreement"),
                (Double) ParameterRegistry.groupDefault(n, "uk_links"),
                (Double) ParameterRegistry.groupDefault(n, "grant_rate"),
                (Double) ParameterRegistry.groupDefault(n, "first_entry_record"));
    }

    public String name() { return name; }

    /** Where the scenario came from (a file path), for messages. */
    public String source() { return source; }

    public Map<String, Object> values() { return values; }

    public List<GroupSpec> groups() { return groups; }

    public List<TimedChange> timeline() { return timeline; }

    public Object get(String key) {
        if (key.startsWith("migrants.groups.")) {
            String[] p = key.split("\\.");
            for (GroupSpec g : groups) if (g.name().equals(p[2])) return g.get(p[3]);
            throw new IllegalArgumentException("unknown group in " + key);
        }
        Object v = values.get(key);
        if (v == null && !values.containsKey(key)) throw new IllegalArgumentException("unknown parameter " + key);
        return v;
    }

    public double num(String key) { return ((Number) get(key)).doubleValue(); }

    public long integer(String key) { return ((Number) get(key)).longValue(); }

    public boolean bool(String key) { return (Boolean) get(key); }

    public LocalDate date(String key) { return (LocalDate) get(key); }

    public String text(String key) { return (String) get(key); }

    public int days() { return (int) integer("days"); }

    public long seed() { return integer("seed"); }

    public LocalDate start() { return date("start"); }

    /**
     * A copy with already-validated values replaced (study policies, sweeps, calibration). Group keys
     * {@code migrants.groups.<name>.<attr>} change that group's attribute.
     */
    public Scenario with(Map<String, Object> overrides) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        List<GroupSpec> g = new ArrayList<>(groups);
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("migrants.groups.")) {
                String[] p = k.split("\\.");
                boolean found = false;
                for (int i = 0; i < g.size(); i++)
                    if (g.get(i).name().equals(p[2])) {
                        g.set(i, g.get(i).with(p[3], ((Number) e.getValue()).doubleValue()));
                        found = true;
                    }
                if (!found) throw new IllegalArgumentException("unknown group in " + k);
            } else {
                if (!v.containsKey(k)) throw new IllegalArgumentException("unknown parameter " + k);
                v.put(k, e.getValue());
            }
        }
        String n = v.get("name") instanceof String s && !s.isEmpty() ? s : name;
        return new Scenario(n, source, v, g, timeline);
    }

    /**
     * As {@link #with(Map)}, but each override holds for the whole horizon: the timeline's later changes of the
     * same keys are dropped (a study policy's or a sample's value is not undone on a date), and {@code own} dated
     * changes are added (a study policy's {@code timeline:}).
     */
    public Scenario withHeld(Map<String, Object> overrides, List<TimedChange> own) {
        Scenario s = with(overrides);
        List<TimedChange> t = new ArrayList<>();
        for (TimedChange c : timeline) if (!overrides.containsKey(c.key())) t.add(c);
        t.addAll(own);
        return new Scenario(s.name, source, s.values, s.groups, t);
    }

    /** Same scenario under another name (study policies). */
    public Scenario named(String newName) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put("name", newName);
        return new Scenario(newName, source, v, groups, timeline);
    }

    /** A stable text form of every value, groups and timeline: equal scenarios give equal text. */
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        for (GroupSpec g : groups) sb.append(g).append('\n');
        for (TimedChange t : timeline) sb.append(t).append('\n');
        return sb.toString();
    }

    /** SHA-256 of {@link #canonical()}, for manifests. */
    public String hash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
