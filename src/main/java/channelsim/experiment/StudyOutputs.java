package channelsim.experiment;

import channelsim.output.AtomicFiles;
import channelsim.output.JsonWriter;
import channelsim.output.Numbers;
import channelsim.config.ConfigException;
import channelsim.config.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The files of a study folder: replicates.csv, summary.csv, quantiles.csv, weekly_bands.csv, charts/,
 * report.html and manifest.json. The CSVs, charts and report depend only on the saved replicates and the
 * {@link StudyInfo}, so the same study gives byte-identical files however it was run (threads, resume,
 * shards and merge); run details (timings, threads, machine) go only into the manifest.
 */
public final class StudyOutputs {
    public static final String SUMMARY_HEADER = "policy,metric,mean,sd,ci_low,ci_high,n";

    private StudyOutputs() {}

    /** What a manifest says about the study and the run that wrote it. */
    public record Manifest(StudyInfo info, String shard, boolean complete, Map<String, Object> raw) {}

    /** Writes every output of a complete study and returns the results (for messages). */
    public static StudyResults writeAll(StudyInfo info, Path out, Map<String, Object> run) throws IOException {
        return writeAll(info, out, run, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #writeAll(StudyInfo, Path, Map)}, drawing charts on up to {@code threads} threads. */
    public static StudyResults writeAll(StudyInfo info, Path out, Map<String, Object> run, int threads) throws IOException {
        long t0 = System.nanoTime();
        StudyResults[] holder = new StudyResults[1];
        @SuppressWarnings("unchecked")
        List<Uncertainty.Row>[] uncertaintyHolder = new List[1];
        try (ReplicateStore store = new ReplicateStore(out, info)) {
            ReplicateStore.Scan scan = store.scan();
            if (!scan.damage().isEmpty()) throw new IOException(scan.damage().get(0).toString());
            AtomicFiles.write(out.resolve("replicates.csv"), os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                try {
                    holder[0] = new StudyAnalysis(info, store).analyse(w);
                } catch (ConfigException e) {
                    throw new IOException(e.getMessage(), e);
                }
                w.flush();
            });
            if (info.draws() > 0) {
                try {
                    uncertaintyHolder[0] = Uncertainty.compute(info, store);
                } catch (ConfigException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
        StudyResults res = holder[0];
        AtomicFiles.writeString(out.resolve("summary.csv"), summaryCsv(res));
        AtomicFiles.writeString(out.resolve("quantiles.csv"), quantilesCsv(res));
        AtomicFiles.writeString(out.resolve("weekly_bands.csv"), bandsCsv(res));
        List<Uncertainty.Row> uncertainty = uncertaintyHolder[0];
        if (uncertainty != null) AtomicFiles.writeString(out.resolve("uncertainty.csv"), Uncertainty.csv(uncertainty, info));
        AtomicFiles.writeString(out.resolve("monthly.csv"), monthlyCsv(res));
        AtomicFiles.writeString(out.resolve("pareto.csv"), Pareto.csv(res));
        List<StudyCharts.Chart> charts = StudyCharts.write(res, out.resolve("charts"), threads);
        Misfits misfits = info.draws() > 0 && info.posteriorFile() != null ? Misfits.beside(Path.of(info.posteriorFile())) : null;
        AtomicFiles.writeString(out.resolve("report.html"), StudyReport.html(res, charts, uncertainty, misfits));
        Map<String, Object> timed = new LinkedHashMap<>(run);
        timed.put("output_seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1e3);
        Map<String, Object> m = manifest(info, null, true, timed);
        List<String> files = new ArrayList<>(List.of("replicates.csv", "summary.csv", "quantiles.csv", "weekly_bands.csv", "monthly.csv",
                "pareto.csv", "outputs.csv", "report.html"));
        if (uncertainty != null) files.add("uncertainty.csv");
        for (StudyCharts.Chart c : charts) {
            files.add("charts/" + c.stem() + ".png");
            files.add("charts/" + c.stem() + ".svg");
        }
        if (charts.isEmpty()) m.put("charts_skipped", "this JVM could not draw (no display and not headless)");
        m.put("files", files);
        m.put("warnings", res.warnings());
        AtomicFiles.writeString(out.resolve("manifest.json"), json(m));
        return res;
    }

    /**
     * The manifest of a folder without outputs yet: a shard (which writes only its saved replicates and
     * this manifest; merge writes the rest), or a run in progress. {@code shard} is "K/N" or null.
     */
    public static void writePartialManifest(StudyInfo info, Path out, String shard, Map<String, Object> run) throws IOException {
        AtomicFiles.writeString(out.resolve("manifest.json"), json(manifest(info, shard, false, run)));
    }

    /**
     * summary.csv; a crossed study adds {@code sample} (1-based, or "all" for a row pooled over samples) and one
     * column per uncertainty and lever, headed by its dotted key, after the contract's columns.
     */
    static String summaryCsv(StudyResults res) {
        List<String> keys = res.info().factorKeys();
        StringBuilder sb = new StringBuilder(SUMMARY_HEADER);
        if (res.info().crossed()) {
            sb.append(",sample");
            for (String k : keys) sb.append(',').append(k);
        }
        sb.append('\n');
        for (StudyResults.Row r : res.summary()) {
            Stats.Estimate e = r.estimate();
            sb.append(r.policy()).append(',').append(r.metric()).append(',').append(Numbers.csv(e.mean())).append(',')
                    .append(Numbers.csv(e.sd())).append(',').append(Numbers.csv(e.low())).append(',')
                    .append(Numbers.csv(e.high())).append(',').append(e.n());
            if (res.info().crossed()) {
                sb.append(',').append(r.sample() == StudyResults.POOLED ? "all" : String.valueOf(r.sample()));
                for (String k : keys) sb.append(',').append(r.factors().getOrDefault(k, ""));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * monthly.csv: {@code policy,month,metric,mean,ci_low,ci_high,n}, then the lever columns of a crossed study;
     * each month over the whole weeks whose middle day falls in it, pooled over samples.
     */
    static String monthlyCsv(StudyResults res) {
        List<String> keys = res.info().factorKeys();
        StringBuilder sb = new StringBuilder("policy,month,metric,mean,ci_low,ci_high,n");
        for (String k : keys) sb.append(',').append(k);
        sb.append('\n');
        for (StudyResults.Monthly m : res.monthly()) {
            Stats.Estimate e = m.estimate();
            sb.append(m.policy()).append(',').append(m.month()).append(',').append(m.metric()).append(',')
                    .append(Numbers.csv(e.mean())).append(',').append(Numbers.csv(e.low())).append(',')
                    .append(Numbers.csv(e.high())).append(',').append(e.n());
            for (String k : keys) sb.append(',').append(m.factors().getOrDefault(k, ""));
            sb.append('\n');
        }
        return sb.toString();
    }

    static String quantilesCsv(StudyResults res) {
        StringBuilder sb = new StringBuilder("policy,metric,p5,p50,p95\n");
        for (StudyResults.Quantiles q : res.quantiles())
            sb.append(q.policy()).append(',').append(q.metric()).append(',').append(Numbers.csv(q.p5())).append(',')
                    .append(Numbers.csv(q.p50())).append(',').append(Numbers.csv(q.p95())).append('\n');
        return sb.toString();
    }

    static String bandsCsv(StudyResults res) {
        StringBuilder sb = new StringBuilder("policy,week,p5,p25,p50,p75,p95\n");
        for (StudyResults.Band b : res.bands()) {
            sb.append(b.policy()).append(',').append(b.week());
            for (double v : b.q()) sb.append(',').append(Numbers.csv(v));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> manifest(StudyInfo info, String shard, boolean complete, Map<String, Object> run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "channelsim");
        m.put("version", info.version());
        m.put("git_commit", gitCommit());
        m.put("java", System.getProperty("java.version"));
        m.put("complete", complete);
        m.put("shard", shard);
        m.put("study", infoMap(info));
        m.put("seed_rule", Seeds.RULE);
        if (info.replicates() <= 1000) {
            List<Object> seeds = new ArrayList<>();
            for (int r = 1; r <= info.replicates(); r++) seeds.add(info.seedOfRun(r));
            m.put("replicate_seeds", seeds);
        }
        m.put("run", run);
        return m;
    }

    static Map<String, Object> infoMap(StudyInfo info) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", info.name());
        s.put("description", info.description());
        s.put("file", info.studyFile());
        s.put("scenario", info.scenarioFile());
        s.put("seed", info.seed());
        s.put("replicates", info.replicates());
        if (info.draws() > 0) {
            s.put("posterior", info.posteriorFile());
            s.put("posterior_draws", info.draws());
            s.put("replicates_per_draw", info.replicatesPerDraw());
            s.put("posterior_columns", info.drawKeys());
            s.put("posterior_draw_values", info.drawValues());
        }
        s.put("days", info.days());
        s.put("start", info.start());
        s.put("baseline", info.baseline());
        s.put("metrics", info.metrics());
        if (info.crossed()) s.put("factor_keys", info.factorKeys());
        s.put("configuration_hash", info.studyHash());
        s.put("version", info.version());
        List<Object> ps = new ArrayList<>();
        for (StudyInfo.PolicyInfo p : info.policies()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("origin", p.origin());
            pm.put("scenario_hash", p.scenarioHash());
            pm.put("overrides", new LinkedHashMap<String, Object>(p.overrides()));
            if (info.crossed()) {
                pm.put("sample", p.sample());
                pm.put("factors", new LinkedHashMap<String, Object>(p.factors()));
                pm.put("group", p.group());
            }
            if (p.start() != null) pm.put("start", p.start());
            ps.add(pm);
        }
        s.put("policies", ps);
        return s;
    }

    /** The manifest's JSON, through the project's one JSON writer. */
    static String json(Map<String, Object> m) {
        JsonWriter j = new JsonWriter();
        put(j, m);
        return j.toString();
    }

    private static void put(JsonWriter j, Object v) {
        if (v == null) j.value((String) null);
        else if (v instanceof String s) j.value(s);
        else if (v instanceof Boolean b) j.value(b);
        else if (v instanceof Integer || v instanceof Long) j.value(((Number) v).longValue());
        else if (v instanceof Number n) j.value(n.doubleValue());
        else if (v instanceof Map<?, ?> m) {
            j.beginObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                j.name(String.valueOf(e.getKey()));
                put(j, e.getValue());
            }
            j.endObject();
        } else if (v instanceof List<?> l) {
            j.beginArray();
            for (Object o : l) put(j, o);
            j.endArray();
        } else j.value(v.toString());
    }

    /** Reads a study folder's manifest (a shard's or a complete run's). Problems are input errors (exit 2). */
    @SuppressWarnings("unchecked")
    public static Manifest readManifest(Path dir) throws ConfigException, IOException {
        Path f = dir.resolve("manifest.json");
        if (!Files.isRegularFile(f))
            throw new ConfigException(new Problem(f.toString(), 1, 1, "manifest", "no manifest.json: not a study or shard folder"));
        Map<String, Object> m;
        try {
            List<Problem> read = new ArrayList<>();
            String text = channelsim.config.YamlTree.readLimited(f, f.toString(), read);
            if (text == null) throw new ConfigException(read);
            Object doc = new Yaml(new LoaderOptions()).load(text); // JSON is a subset of the YAML SnakeYAML reads
            if (!(doc instanceof Map<?, ?> map))
                throw new ConfigException(new Problem(f.toString(), 1, 1, "manifest", "expected a JSON object describing the study, got "
                        + (doc == null ? "an empty file" : doc instanceof List ? "a list" : "a single value")));
            m = (Map<String, Object>) map;
        } catch (RuntimeException e) {
            throw new ConfigException(new Problem(f.toString(), 1, 1, "manifest", "unreadable manifest (not JSON)"));
        }
        try {
            Map<String, Object> s = (Map<String, Object>) m.get("study");
            List<StudyInfo.PolicyInfo> ps = new ArrayList<>();
            for (Object o : (List<Object>) s.get("policies")) {
                Map<String, Object> pm = (Map<String, Object>) o;
                Map<String, String> ov = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : ((Map<String, Object>) pm.get("overrides")).entrySet())
                    ov.put(e.getKey(), String.valueOf(e.getValue()));
                Map<String, String> fs = new LinkedHashMap<>();
                if (pm.get("factors") instanceof Map<?, ?> fm)
                    for (Map.Entry<?, ?> e : fm.entrySet()) fs.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
                String name = (String) pm.get("name");
                ps.add(new StudyInfo.PolicyInfo(name, (String) pm.get("origin"), (String) pm.get("scenario_hash"), ov,
                        pm.get("sample") instanceof Number n ? n.intValue() : 0, fs,
                        pm.get("group") instanceof String g ? g : name, pm.get("start") == null ? null : String.valueOf(pm.get("start"))));
            }
            List<String> factorKeys = s.get("factor_keys") instanceof List<?> fk ? fk.stream().map(String::valueOf).toList() : List.of();
            StudyInfo info = new StudyInfo((String) s.get("version"), (String) s.get("name"), (String) s.get("description"),
                    (String) s.get("file"), (String) s.get("scenario"), ((Number) s.get("seed")).longValue(),
                    ((Number) s.get("replicates")).intValue(), ((Number) s.get("days")).intValue(), (String) s.get("start"),
                    (String) s.get("baseline"), (List<String>) s.get("metrics"), ps, (String) s.get("configuration_hash"), factorKeys,
                    s.get("posterior_draws") instanceof Number d ? d.intValue() : 0, (String) s.get("posterior"),
                    s.get("posterior_columns") instanceof List<?> pc ? pc.stream().map(String::valueOf).toList() : List.of(),
                    s.get("posterior_draw_values") instanceof List<?> dv
                            ? dv.stream().map(l -> ((List<?>) l).stream().map(String::valueOf).toList()).toList() : List.of());
            return new Manifest(info, (String) m.get("shard"), Boolean.TRUE.equals(m.get("complete")), m);
        } catch (RuntimeException e) {
            throw new ConfigException(new Problem(f.toString(), 1, 1, "study", "manifest lacks a complete study description (a field is missing or of the wrong type)"));
        }
    }

    /** The program version from the jar's Maven properties; "dev" when run from classes. */
    public static String toolVersion() {
        try (InputStream in = StudyOutputs.class.getResourceAsStream("/META-INF/maven/org.channelsim/channelsim/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        String v = StudyOutputs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Best effort: the commit of the working directory's repository, or null. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(3, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) return null;
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
