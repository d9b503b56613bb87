package channelsim.experiment;

import java.util.List;
import java.util.Map;

/**
 * Everything the summary, charts and report need about a study, as plain text and numbers. A run builds
 * it from the {@link Study}; {@code merge} reads it back from a shard's manifest. Because outputs are made
 * from this alone, a merged study and a single run write the same files.
 */
public record StudyInfo(String version, String name, String description, String studyFile, String scenarioFile,
                        long seed, int replicates, int days, String start, String baseline, List<String> metrics,
                        List<PolicyInfo> policies, String studyHash, List<String> factorKeys, int draws, String posteriorFile,
                        List<String> drawKeys, List<List<String>> drawValues) {

    /**
     * A study over a posterior without the draws' values ({@code drawKeys}: the posterior's columns, dotted keys
     * or KEY@YEAR; {@code drawValues}: each draw's values as text, in that order; both empty without a posterior).
     */
    public StudyInfo(String version, String name, String description, String studyFile, String scenarioFile,
                     long seed, int replicates, int days, String start, String baseline, List<String> metrics,
                     List<PolicyInfo> policies, String studyHash, List<String> factorKeys, int draws, String posteriorFile) {
        this(version, name, description, studyFile, scenarioFile, seed, replicates, days, start, baseline, metrics, policies, studyHash,
                factorKeys, draws, posteriorFile, List.of(), List.of());
    }

    /** A crossed study without a posterior. */
    public StudyInfo(String version, String name, String description, String studyFile, String scenarioFile,
                     long seed, int replicates, int days, String start, String baseline, List<String> metrics,
                     List<PolicyInfo> policies, String studyHash, List<String> factorKeys) {
        this(version, name, description, studyFile, scenarioFile, seed, replicates, days, start, baseline, metrics, policies, studyHash, factorKeys, 0, null);
    }

    /** The seed of run r (see {@link Seeds#runSeed}). */
    public long seedOfRun(int r) { return Seeds.runSeed(seed, r, replicatesPerDraw(), draws > 0); }

    /** Runs per draw when the study is over a posterior ({@code replicates} counts every run of a policy). */
    public int replicatesPerDraw() { return draws > 0 ? replicates / draws : replicates; }

    /**
     * One arm (see {@link Study.Policy}): sample is 1-based or 0, factors the uncertainty and lever values as
     * text, group the policy-and-levers label it is pooled under, start the day it departs from the
     * baseline (ISO date) or null.
     */
    public record PolicyInfo(String name, String origin, String scenarioHash, Map<String, String> overrides,
                             int sample, Map<String, String> factors, String group, String start) {
        public PolicyInfo(String name, String origin, String scenarioHash, Map<String, String> overrides) {
            this(name, origin, scenarioHash, overrides, 0, Map.of(), name, null);
        }

        public PolicyInfo {
            factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
        }
    }

    public StudyInfo(String version, String name, String description, String studyFile, String scenarioFile,
                     long seed, int replicates, int days, String start, String baseline, List<String> metrics,
                     List<PolicyInfo> policies, String studyHash) {
        this(version, name, description, studyFile, scenarioFile, seed, replicates, days, start, baseline, metrics,
                policies, studyHash, List.of());
    }

    public StudyInfo {
        metrics = List.copyOf(metrics);
        policies = List.copyOf(policies);
        factorKeys = List.copyOf(factorKeys);
        drawKeys = List.copyOf(drawKeys);
        drawValues = drawValues.stream().map(List::copyOf).toList();
    }

    /** The 1-based posterior draw of run r (0 without a posterior). */
    public int drawOfRun(int r) { return draws > 0 ? (r - 1) / replicatesPerDraw() + 1 : 0; }

    /** The posterior's columns that replicates.csv shows (those that are not an uncertainty or lever: their own column shows the value used). */
    public List<String> drawColumns() {
        if (drawValues.isEmpty()) return List.of(); // a manifest from before the values were kept
        return drawKeys.stream().filter(k -> !factorKeys.contains(k.contains("@") ? k.substring(0, k.indexOf('@')) : k)).toList();
    }

    /** Whether policies are crossed with samples or levers (sample and factor columns in the tables). */
    public boolean crossed() { return !factorKeys.isEmpty(); }

    /**
     * The baseline arm paired with arm {@code p}: in a crossed study the baseline's arm of the same sample;
     * else the one baseline.
     */
    public int pairedBaseline(int p) {
        int s = policies.get(p).sample();
        for (int i = 0; i < policies.size(); i++)
            if (policies.get(i).name().equals(baseline) && policies.get(i).sample() == s) return i;
        throw new IllegalStateException("no baseline arm for sample " + s);
    }

    /** Group labels in first-seen order (the baseline's first where it comes first). */
    public List<String> groups() {
        java.util.LinkedHashSet<String> g = new java.util.LinkedHashSet<>();
        for (PolicyInfo p : policies) g.add(p.group());
        return List.copyOf(g);
    }

    /** Arm indices of a group, in arm order. */
    public List<Integer> armsOf(String group) {
        List<Integer> l = new java.util.ArrayList<>();
        for (int i = 0; i < policies.size(); i++) if (policies.get(i).group().equals(group)) l.add(i);
        return l;
    }

    /** The first arm of a group (its name, levers and start stand for the group). */
    public PolicyInfo groupInfo(String group) { return policies.get(armsOf(group).get(0)); }
    public int baselineIndex() {
        for (int i = 0; i < policies.size(); i++) if (policies.get(i).name().equals(baseline)) return i;
        throw new IllegalStateException("baseline " + baseline + " is not a policy");
    }

    public int weeks() { return weeksOf(days); }

    /** Complete weeks only: a final part-week would show as a false dip in the fan charts. */
    public static int weeksOf(int days) { return Math.max(1, days / 7); }

    public StudyInfo withReplicates(int n) {
        return new StudyInfo(version, name, description, studyFile, scenarioFile, seed, n, days, start, baseline,
                metrics, policies, studyHash, factorKeys, draws, posteriorFile, drawKeys, drawValues);
    }
}
