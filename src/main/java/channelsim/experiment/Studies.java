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

    public static Report run(Study study, StudyRunner.Options options, StudyRunner.Simulator sim)
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
        running.put("status", "running or interrupted");
        StudyOutputs.writePartialManifest(info, options.out(), options.shard() == null ? null : options.shard().toString(), running);
        StudyRunner.Outcome o = new StudyRunner(study, options, sim).runReplicates();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("started", started.toString());
        run.put("threads", options.threads());
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
        if (options.shard() != null) {
            StudyOutputs.writePartialManifest(info, options.out(), options.shard().toString(), run);
            return new Report(o, null);
        }
        StudyResults res = StudyOutputs.writeAll(info, options.out(), run, Math.max(1, options.threads()));
        return new Report(o, res);
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
        return StudyOutputs.writeAll(info, out, run);
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
