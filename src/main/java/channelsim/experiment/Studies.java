package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;
import channelsim.output.StudyOutputs;

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
        StudyRunner.Outcome o = new StudyRunner(study, options, sim).runReplicates();
        StudyInfo info = study.info(StudyOutputs.toolVersion());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("started", started.toString());
        run.put("threads", options.threads());
        run.put("replicate_runs_computed", o.computed());
        run.put("replicate_runs_reused", o.reused());
        double seconds = o.nanos() / 1e9;
        run.put("replicate_seconds", round(seconds));
        run.put("replicate_years_per_second", o.computed() == 0 || seconds == 0 ? null
                : round(o.computed() * (study.days() / 365.25) / seconds));
        run.put("agent_days", o.agentDays());
        if (options.shard() != null) {
            StudyOutputs.writeShardManifest(info, options.out(), options.shard().toString(), run);
            return new Report(o, null);
        }
        StudyResults res = StudyOutputs.writeAll(info, options.out(), run);
        return new Report(o, res);
    }

    /** Joins shard folders into {@code out}: copies their saved replicates, then writes what a single run writes. */
    public static StudyResults merge(List<Path> dirs, Path out) throws IOException, ConfigException {
        List<Problem> problems = new ArrayList<>();
        StudyInfo info = null;
        String infoText = null;
        Map<Integer, Path> shards = new TreeMap<>();
        int n = -1;
        List<StudyOutputs.Manifest> manifests = new ArrayList<>();
        for (Path d : dirs) {
            StudyOutputs.Manifest m = StudyOutputs.readManifest(d);
            manifests.add(m);
            String text = StudyOutputs.canonical(m.info());
            if (info == null) {
                info = m.info();
                infoText = text;
            } else if (!m.info().studyHash().equals(info.studyHash()) || !text.equals(infoText)) {
                problems.add(new Problem(d.resolve("manifest.json").toString(), 1, 1, "study",
                        "this folder holds a different study or configuration from " + dirs.get(0)));
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

        ReplicateStore target = new ReplicateStore(out, info.studyHash());
        for (Map.Entry<Integer, Path> e : shards.entrySet()) {
            ReplicateStore src = new ReplicateStore(e.getValue(), info.studyHash());
            src.verifyAll();
            StudyRunner.Shard s = new StudyRunner.Shard(e.getKey(), n);
            boolean same = Files.isSameFile(Files.createDirectories(out), e.getValue());
            for (int p = 0; p < info.policies().size(); p++)
                for (int r = 1; r <= info.replicates(); r++) {
                    if (!s.owns(r)) continue;
                    if (!src.has(p, r))
                        throw new ConfigException(new Problem(src.path(p, r).toString(), 1, 1, "shard",
                                "shard " + s + " is incomplete (replicate missing); rerun it with --resume"));
                    if (!same) AtomicFiles.write(target.path(p, r), Files.readAllBytes(src.path(p, r)));
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
