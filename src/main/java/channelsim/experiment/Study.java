package channelsim.experiment;

import channelsim.config.Scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated study: a base scenario, named policies (each a scenario built from overrides), a baseline
 * among them, replicate count, study seed and horizon. Built by {@link StudyLoader}.
 */
public record Study(String name, String description, Path file, Path scenarioFile, int replicates, long seed,
                    String baseline, List<Policy> policies, List<String> metrics, List<String> notes,
                    List<String> factorKeys, Posterior posterior) {

    /**
     * A study over a posterior: {@code draws} parameter sets resampled from the sample by weight
     * ({@code rows}), each run {@code replicates} times under every policy. Run r (1-based) is draw
     * {@code (r - 1) / replicates}; its seed is that of replicate {@code (r - 1) mod replicates + 1}, the
     * same under every policy and every draw.
     */
    public record Posterior(channelsim.config.PosteriorSample sample, int draws, int[] rows) implements java.io.Serializable {
        public static Posterior of(channelsim.config.PosteriorSample sample, int draws) {
            return new Posterior(sample, draws, sample.resample(draws));
        }

        /** The scenario of one policy for draw d: the draw's values, then the policy's own overrides on top. */
        public channelsim.config.Scenario apply(Policy p, int d, long studySeed) {
            return sample.apply(p.scenario(), rows[d], Seeds.mix(studySeed * 1_000_003L + d)).with(p.overrides());
        }
    }

    public Study(String name, String description, Path file, Path scenarioFile, int replicates, long seed,
                 String baseline, List<Policy> policies, List<String> metrics, List<String> notes) {
        this(name, description, file, scenarioFile, replicates, seed, baseline, policies, metrics, notes, List.of(), null);
    }

    /** Runs per policy: the replicates, times the draws over a posterior. */
    public int runs() { return posterior == null ? replicates : replicates * posterior.draws(); }

    /** The same study over a posterior (null: none). */
    public Study withPosterior(Posterior p) {
        return new Study(name, description, file, scenarioFile, replicates, seed, baseline, policies, metrics, notes, factorKeys, p);
    }

    /**
     * Notes are not errors: things a user probably did not mean, e.g. a policy override that the base
     * scenario's timeline replaces later in the run. Printed by the study and validate commands.
     */

    /**
     * One arm of the study: its position (fixes output order and names its saved replicates), the policy's
     * name, where it came from, overrides, and scenario. In a study with {@code uncertainties:} or
     * {@code levers:} a policy has one arm per (lever combination, sample): {@code sample} is 1-based (0 in a
     * study without samples), {@code factors} holds the uncertainty and lever values this arm used, and
     * {@code group} names the policy and lever combination (the arms pooled over samples).
     */
    public record Policy(int index, String name, String origin, Map<String, Object> overrides, Scenario scenario,
                         int sample, Map<String, Object> factors, String group) implements java.io.Serializable {
        public Policy(int index, String name, String origin, Map<String, Object> overrides, Scenario scenario) {
            this(index, name, origin, overrides, scenario, 0, Map.of(), name);
        }

        public Policy {
            factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        }

        Policy with(int newIndex, Scenario s) {
            return new Policy(newIndex, name, origin, overrides, s, sample, factors, group);
        }
    }

    public Study(String name, String description, Path file, Path scenarioFile, int replicates, long seed,
                 String baseline, List<Policy> policies, List<String> metrics, List<String> notes, List<String> factorKeys) {
        this(name, description, file, scenarioFile, replicates, seed, baseline, policies, metrics, notes, factorKeys, null);
    }

    public Study {
        policies = List.copyOf(policies);
        metrics = List.copyOf(metrics);
        notes = List.copyOf(notes);
        factorKeys = List.copyOf(factorKeys);
    }

    public int days() { return policies.get(0).scenario().days(); }

    public LocalDate start() { return policies.get(0).scenario().start(); }

    public int baselineIndex() {
        for (Policy p : policies) if (p.name().equals(baseline)) return p.index();
        throw new IllegalStateException("baseline " + baseline + " is not a policy");
    }

    public Study withReplicates(int n) {
        return new Study(name, description, file, scenarioFile, n, seed, baseline, policies, metrics, notes, factorKeys, posterior);
    }

    /** Whether the study crosses its policies with samples or levers (and so writes sample and factor columns). */
    public boolean crossed() { return !factorKeys.isEmpty(); }

    /** Same study over another horizon: every policy's scenario gets the new {@code days}. */
    public Study withDays(int days) {
        List<Policy> ps = new ArrayList<>();
        for (Policy p : policies)
            ps.add(p.with(p.index(), p.scenario().with(Map.of("days", (long) days)).named(p.name())));
        return new Study(name, description, file, scenarioFile, replicates, seed, baseline, ps, metrics, notes, factorKeys, posterior);
    }

    /**
     * Identifies what a saved replicate depends on: the study seed, the seed rule and each policy's name and
     * full scenario. Deliberately excludes the replicate count (so a study can be extended or sharded) and
     * the report metric list.
     */
    public String hash() {
        StringBuilder sb = new StringBuilder("channelsim-study/1\n").append(Seeds.RULE).append('\n').append(seed).append('\n');
        for (Policy p : policies) {
            sb.append(p.name());
            if (p.sample() > 0) sb.append("#s").append(p.sample());
            sb.append('=').append(p.scenario().hash()).append('\n');
        }
        if (posterior != null) {
            // the draws are part of what a saved run depends on (replicates per draw too: it sets which run is which draw)
            sb.append("posterior ").append(posterior.draws()).append(' ').append(replicates).append(' ').append(java.util.Arrays.toString(posterior.rows()));
            for (double[] v : posterior.sample().values()) sb.append(java.util.Arrays.toString(v));
            sb.append(posterior.sample().columns()).append('\n');
        }
        return sha256(sb.toString());
    }

    /** The plain-text description of the study that outputs are built from (and that manifests carry). */
    public StudyInfo info(String version) {
        List<StudyInfo.PolicyInfo> ps = new ArrayList<>();
        for (Policy p : policies) {
            Map<String, String> o = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : p.overrides().entrySet()) o.put(e.getKey(), valueText(e.getValue()));
            Map<String, String> f = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : p.factors().entrySet()) f.put(e.getKey(), valueText(e.getValue()));
            ps.add(new StudyInfo.PolicyInfo(p.name(), p.origin(), p.scenario().hash(), o, p.sample(), f, p.group(),
                    Starts.of(p.scenario(), policies.get(baselineIndex()).scenario())));
        }
        return new StudyInfo(version, name, description, file.toString(), scenarioFile.toString(), seed, runs(),
                days(), start().toString(), baseline, metrics, ps, hash(), factorKeys, posterior == null ? 0 : posterior.draws(),
                posterior == null ? null : posterior.sample().file().toString());
    }

    static String valueText(Object v) {
        if (v instanceof Double d) return channelsim.output.Numbers.format(d);
        return String.valueOf(v);
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
