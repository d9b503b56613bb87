package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/** Runs a study end to end (replicates, then outputs) and merges shards: what the CLI commands call. */
public final class Studies {
    private Studies() {}

    /** What a study run did, for the command's closing message. */
    public record Report(StudyRunner.Outcome outcome, StudyResults results) {}

    /**
     * Adaptive replication: add replicates in rounds until every policy's paired deterrence interval has at most
     * this half-width, or {@code maxReplicates} is reached.
     */
    public record Adaptive(double halfWidth, int maxReplicates) {}

    public static Report run(Study study, StudyRunner.Options options, StudyRunner.Simulator sim)
            throws IOException, ConfigException, InterruptedException, ExecutionException {
        return run(study, options, StudyRunner.threads(options.threads(), sim), null);
    }

    /** As {@link #run(Study, StudyRunner.Options, StudyRunner.Simulator)}, adding replicates in rounds when {@code adaptive} is given. */
    public static Report run(Study study, StudyRunner.Options options, StudyRunner.Simulator sim, Adaptive adaptive)
            throws IOException, ConfigException, InterruptedException, ExecutionException {
        return run(study, options, StudyRunner.threads(options.threads(), sim), adaptive);
    }

    /**
     * As {@link #run(Study, StudyRunner.Options, StudyRunner.Simulator)} with the replicates run by
     * {@code engine} (e.g. Spark); what the engine says of itself goes into the manifest's run details only.
     */
    public static Report run(Study study, StudyRunner.Options options, StudyRunner.Engine engine)
            throws IOException, ConfigException, InterruptedException, ExecutionException {
        return run(study, options, engine, null);
    }

    /** The study run by {@code engine}, with adaptive rounds when {@code adaptive} is given. */
    public static Report run(Study study, StudyRunner.Options options, StudyRunner.Engine engine, Adaptive adaptive)
            throws IOException, ConfigException, InterruptedException, ExecutionException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StudyInfo info = study.info(StudyOutputs.toolVersion());
        AtomicFiles.removeLeftovers(options.out()); // temporary files of a crashed run
        if (options.resume()) {
            try (ReplicateStore store = new ReplicateStore(options.out(), info)) {
                store.scanForThisStudy(); // before the old manifest is replaced
            }
            if (options.log() != null) codeNote(options.out(), options.log()::println);
        }
        // a manifest from the start, so an interrupted folder still says what it holds and from which code
        Map<String, Object> running = new LinkedHashMap<>();
        running.put("started", started.toString());
        running.put("threads", options.threads());
        running.putAll(engine.describe());
        running.put("status", "running or interrupted");
        StudyOutputs.writePartialManifest(info, options.out(), options.shard() == null ? null : options.shard().toString(), running);
        StudyRunner.Outcome o = new StudyRunner(study, options, engine).runReplicates();
        Map<String, Object> adaptiveLog = null;
        if (adaptive != null) {
            adaptiveLog = new LinkedHashMap<>();
            adaptiveLog.put("target_halfwidth", adaptive.halfWidth());
            adaptiveLog.put("max_replicates", adaptive.maxReplicates());
            List<Object> rounds = new ArrayList<>();
            StudyRunner.Options more = new StudyRunner.Options(options.threads(), options.out(), true, null, options.log(), options.terminal());
            while (true) {
                StudyResults r;
                try (ReplicateStore saved = new ReplicateStore(options.out(), study.info(info.version()))) {
                    saved.scan();
                    r = new StudyAnalysis(study.info(info.version()), saved).analyse(java.io.Writer.nullWriter());
                }
                double widest = 0;
                Map<String, Object> per = new LinkedHashMap<>();
                for (StudyResults.Ranked k : r.ranking()) {
                    double hw = k.deterrence().n() > 1 ? k.deterrence().halfWidth() : Double.POSITIVE_INFINITY;
                    widest = Math.max(widest, Double.isNaN(hw) ? Double.POSITIVE_INFINITY : hw);
                    per.put(k.policy(), Double.isFinite(hw) ? round6(hw) : null);
                }
                Map<String, Object> round = new LinkedHashMap<>();
                round.put("replicates", study.replicates());
                round.put("halfwidths", per);
                rounds.add(round);
                boolean narrow = widest <= adaptive.halfWidth(), capped = study.replicates() >= adaptive.maxReplicates();
                if (narrow || capped) {
                    adaptiveLog.put("stopped", narrow ? "target_halfwidth" : "max_replicates");
                    Map<String, Object> why = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : per.entrySet())
                        why.put(e.getKey(), e.getValue() instanceof Double hw && hw <= adaptive.halfWidth()
                                ? "half-width " + hw + " <= " + adaptive.halfWidth() : "max_replicates reached with half-width " + e.getValue());
                    adaptiveLog.put("policies", why);
                    break;
                }
                // n grows as the square of the width ratio; a tenth more for the noise in the sd itself
                double ratio = Double.isFinite(widest) ? widest / adaptive.halfWidth() : 2;
                int next = (int) Math.min(adaptive.maxReplicates(), Math.max(study.replicates() + 2,
                        Math.ceil(study.replicates() * ratio * ratio * 1.1)));
                if (options.log() != null)
                    options.log().println("adaptive: widest deterrence half-width " + (Double.isFinite(widest) ? round6(widest) : "undefined")
                            + " > " + adaptive.halfWidth() + " with " + study.replicates() + " replicates; running up to " + next);
                study = study.withReplicates(next);
                StudyRunner.Outcome o2 = new StudyRunner(study, more, engine).runReplicates();
                o = new StudyRunner.Outcome(o.computed() + o2.computed(), o.reused(), o.nanos() + o2.nanos(), o.cpuNanos() + o2.cpuNanos(),
                        o.agentDays() + o2.agentDays());
            }
            adaptiveLog.put("rounds", rounds);
            info = study.info(info.version());
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("started", started.toString());
        run.put("threads", options.threads());
        run.putAll(engine.describe());
        run.put("replicate_runs_computed", o.computed());
        run.put("replicate_runs_reused", o.reused());
        double seconds = o.nanos() / 1e9;
        run.put("replicate_seconds", round(seconds));
        run.put("replicate_years_per_second", o.computed() == 0 || seconds == 0 ? null
                : round(o.computed() * (study.days() / 365.25) / seconds));
        double cpu = o.cpuNanos() / 1e9;
        run.put("replicate_cpu_seconds", round(cpu));
        run.put("replicate_years_per_cpu_second", o.computed() == 0 || cpu == 0 ? null
                : round(o.computed() * (study.days() / 365.25) / cpu));
        run.put("agent_days", o.agentDays());
        if (adaptiveLog != null) run.put("adaptive", adaptiveLog);
        if (options.shard() != null) {
            StudyOutputs.writePartialManifest(info, options.out(), options.shard().toString(), run);
            return new Report(o, null);
        }
        OutputDictionary.write(options.out(), study.policies().get(0).scenario().groups().stream().map(channelsim.config.GroupSpec::name).toList());
        StudyResults res = StudyOutputs.writeAll(info, options.out(), run, Math.max(1, options.threads()));
        engine.written(res, options.out());
        return new Report(o, res);
    }

    /**
     * What an output folder already holds, against the study about to run into it: nothing finished
     * ({@code finished} false), the same finished study (reuse it), or a different one ({@code why} says how).
     */
    public record Existing(boolean finished, boolean same, String why) {}

    /** Compares a folder's manifest with a study (configuration, replicates, metrics, adaptive settings and code). */
    @SuppressWarnings("unchecked")
    public static Existing existing(Path dir, Study study, Adaptive adaptive) {
        StudyOutputs.Manifest m;
        try {
            if (!Files.isRegularFile(dir.resolve("manifest.json"))) return new Existing(false, false, "");
            m = StudyOutputs.readManifest(dir);
        } catch (ConfigException | IOException e) {
            return new Existing(false, false, "");
        }
        if (!m.complete() || m.shard() != null) return new Existing(false, false, "");
        StudyInfo mine = study.info(StudyOutputs.toolVersion()), theirs = m.info();
        Map<String, Object> run = m.raw().get("run") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        Map<String, Object> ad = run.get("adaptive") instanceof Map<?, ?> a ? (Map<String, Object>) a : null;
        String why = null;
        if (!theirs.studyHash().equals(mine.studyHash())) why = "its policies, scenario, seed or horizon differ (configuration hash "
                + theirs.studyHash().substring(0, 12) + ", this study " + mine.studyHash().substring(0, 12) + ")";
        else if ((ad == null) != (adaptive == null)) why = ad == null ? "it was run without --target-halfwidth" : "it was run with --target-halfwidth";
        else if (ad != null && (((Number) ad.get("target_halfwidth")).doubleValue() != adaptive.halfWidth()
                || ((Number) ad.get("max_replicates")).intValue() != adaptive.maxReplicates()))
            why = "it was run with --target-halfwidth " + ad.get("target_halfwidth") + " --max-replicates " + ad.get("max_replicates");
        else if (ad == null && theirs.replicates() != mine.replicates())
            why = "it has " + theirs.replicates() + " replicates, this run asks for " + mine.replicates()
                    + (mine.replicates() > theirs.replicates() ? " (--resume adds the missing ones to it)" : "");
        else if (!theirs.metrics().equals(mine.metrics())) why = "its report metrics differ";
        else {
            Object before = m.raw().get("git_commit");
            String now = StudyOutputs.gitCommit();
            if (before != null && now != null && !before.equals(now)) why = "it was made by other code (commit " + before + ", this is " + now + ")";
            else for (String f : List.of("summary.csv", "replicates.csv", "report.html"))
                if (!Files.isRegularFile(dir.resolve(f))) why = "its " + f + " is missing";
        }
        return new Existing(true, why == null, why == null ? "" : why);
    }

    /** Joins shard folders into {@code out}: copies their saved replicates, then writes what a single run writes. */
    public static StudyResults merge(List<Path> dirs, Path out) throws IOException, ConfigException {
        return merge(dirs, out, note -> { });
    }

    /**
     * The saved replicates of a study do not record which model code made them beyond the version and git
     * commit in the manifest; when those differ (a rebuilt model), resuming or merging mixes results of two
     * models. That is allowed (a documentation-only commit changes nothing) but reported.
     */
    static void codeNote(Path dir, java.util.function.Consumer<String> notes) {
        try {
            if (!Files.isRegularFile(dir.resolve("manifest.json"))) return;
            Object before = StudyOutputs.readManifest(dir).raw().get("git_commit");
            String now = StudyOutputs.gitCommit();
            if (before != null && now != null && !before.equals(now))
                notes.accept("note: " + dir + " was written at commit " + before + ", this is " + now
                        + "; saved replicates from the older code are reused");
        } catch (ConfigException | IOException e) {
            // an unreadable old manifest says nothing about the code; the replicate files are checked anyway
        }
    }

    /** As {@link #merge(List, Path)}, passing notes (e.g. shards made at different commits) to {@code notes}. */
    public static StudyResults merge(List<Path> dirs, Path out, java.util.function.Consumer<String> notes)
            throws IOException, ConfigException {
        List<Problem> problems = new ArrayList<>();
        StudyInfo info = null;
        Map<Integer, Path> shards = new TreeMap<>();
        int n = -1;
        List<StudyOutputs.Manifest> manifests = new ArrayList<>();
        for (Path d : dirs) {
            StudyOutputs.Manifest m = StudyOutputs.readManifest(d);
            if (!manifests.isEmpty() && !java.util.Objects.equals(m.raw().get("git_commit"), manifests.get(0).raw().get("git_commit")))
                notes.accept("note: " + d + " was made at commit " + m.raw().get("git_commit") + ", " + dirs.get(0) + " at "
                        + manifests.get(0).raw().get("git_commit"));
            manifests.add(m);
            // the configuration hash covers seed, horizon and every policy's scenario; file paths may differ
            // between machines of a cluster, so the first folder's description is the one reported
            if (info == null) info = m.info();
            else if (!m.info().studyHash().equals(info.studyHash()) || m.info().replicates() != info.replicates()) {
                problems.add(new Problem(d.resolve("manifest.json").toString(), 1, 1, "study",
                        "this folder holds a different study, configuration or replicate count from " + dirs.get(0)));
                continue;
            }
            StudyRunner.Shard s = m.shard() == null ? new StudyRunner.Shard(1, 1) : StudyRunner.Shard.parse(m.shard());
            if (n < 0) n = s.n();
            if (s.n() != n) {
                problems.add(new Problem(d.resolve("manifest.json").toString(), 1, 1, "shard",
                        "shard " + s + " is from a split into " + s.n() + ", not " + n));
                continue;
            }
            if (shards.containsKey(s.k()))
                problems.add(new Problem(d.resolve("manifest.json").toString(), 1, 1, "shard", "shard " + s + " given twice"));
            shards.put(s.k(), d);
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) if (!shards.containsKey(k)) missing.add(k + "/" + n);
        if (!missing.isEmpty())
            throw new ConfigException(new Problem(dirs.get(0).toString(), 1, 1, "shard", "missing shards: " + String.join(", ", missing)));

        // every shard's records verified before anything is written: a damaged one is reported, never used
        List<Problem> damaged = new ArrayList<>();
        Map<Integer, ReplicateStore> sources = new TreeMap<>();
        for (Map.Entry<Integer, Path> e : shards.entrySet()) {
            ReplicateStore src = new ReplicateStore(e.getValue(), info);
            ReplicateStore.Scan scan = src.scanForThisStudy();
            for (ReplicateStore.Damage d : scan.damage())
                damaged.add(new Problem(d.file().toString(), (int) Math.min(Integer.MAX_VALUE, d.line()), 1, "replicate",
                        d.what() + "; rerun this shard with --resume to recompute it"));
            StudyRunner.Shard s = new StudyRunner.Shard(e.getKey(), n);
            int missingRuns = 0;
            for (int p = 0; p < info.policies().size(); p++)
                for (int r = 1; r <= info.replicates(); r++)
                    if (s.owns(r) && !src.has(p, r)) missingRuns++;
            if (missingRuns > 0 && scan.damage().isEmpty())
                damaged.add(new Problem(src.dir().toString(), 1, 1, "shard", "shard " + s + " is incomplete (" + missingRuns
                        + " replicate runs missing); rerun it with --resume"));
            sources.put(e.getKey(), src);
        }
        if (!damaged.isEmpty()) {
            for (ReplicateStore src : sources.values()) src.close();
            throw new ConfigException(damaged);
        }
        Files.createDirectories(out);
        AtomicFiles.removeLeftovers(out);
        boolean intoShard = false;
        for (Path d : shards.values()) intoShard |= Files.isSameFile(out, d);
        ReplicateStore target = new ReplicateStore(out, info);
        if (!intoShard) target.clear(r -> true);
        for (Map.Entry<Integer, ReplicateStore> e : sources.entrySet()) {
            try (ReplicateStore src = e.getValue()) {
                if (!Files.isSameFile(out, shards.get(e.getKey()))) {
                    StudyRunner.Shard s = new StudyRunner.Shard(e.getKey(), n);
                    target.copyFrom(src, s::owns, "shard" + e.getKey());
                }
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("merged_from", dirs.stream().map(Path::toString).toList());
        List<Object> shardRuns = new ArrayList<>();
        for (StudyOutputs.Manifest m : manifests) {
            Map<String, Object> sr = new LinkedHashMap<>();
            sr.put("shard", m.shard());
            sr.put("run", m.raw().get("run"));
            shardRuns.add(sr);
        }
        run.put("shard_runs", shardRuns);
        OutputDictionary.write(out, channelsim.config.ParameterRegistry.DEFAULT_GROUPS);
        return StudyOutputs.writeAll(info, out, run);
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    private static double round6(double v) { return Math.round(v * 1e6) / 1e6; }
}
