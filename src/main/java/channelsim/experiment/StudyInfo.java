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
                        List<PolicyInfo> policies, String studyHash, int draws, String posteriorFile) {

    /** A study without a posterior. */
    public StudyInfo(String version, String name, String description, String studyFile, String scenarioFile,
                     long seed, int replicates, int days, String start, String baseline, List<String> metrics,
                     List<PolicyInfo> policies, String studyHash) {
        this(version, name, description, studyFile, scenarioFile, seed, replicates, days, start, baseline, metrics, policies, studyHash, 0, null);
    }

    /** The seed of run r (see {@link Seeds#runSeed}). */
    public long seedOfRun(int r) { return Seeds.runSeed(seed, r, replicatesPerDraw(), draws > 0); }

    /** Runs per draw when the study is over a posterior ({@code replicates} counts every run of a policy). */
    public int replicatesPerDraw() { return draws > 0 ? replicates / draws : replicates; }

    public record PolicyInfo(String name, String origin, String scenarioHash, Map<String, String> overrides) {}

    public StudyInfo {
        metrics = List.copyOf(metrics);
        policies = List.copyOf(policies);
    }

    public int baselineIndex() {
        for (int i = 0; i < policies.size(); i++) if (policies.get(i).name().equals(baseline)) return i;
        throw new IllegalStateException("baseline " + baseline + " is not a policy");
    }

    public int weeks() { return weeksOf(days); }

    /** Complete weeks only: a final part-week would show as a false dip in the fan charts. */
    public static int weeksOf(int days) { return Math.max(1, days / 7); }

    public StudyInfo withReplicates(int n) {
        return new StudyInfo(version, name, description, studyFile, scenarioFile, seed, n, days, start, baseline,
                metrics, policies, studyHash, draws, posteriorFile);
    }
}
