package channelsim.spark;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The files under deploy/ are complete and say what ChannelSim accepts: every script is valid bash, every
 * Kubernetes file is a list of objects, every ChannelSim command line in them parses with the tool's own
 * options, and the shards of the Slurm array and of the Indexed Job cover the study once each.
 */
class DeployFilesTest {
    static final Path DEPLOY = Path.of("deploy");

    static List<Path> files(String... suffixes) throws IOException {
        try (Stream<Path> s = Files.walk(DEPLOY)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                for (String x : suffixes) if (p.toString().endsWith(x)) return true;
                return false;
            }).sorted().toList();
        }
    }

    @Test
    void everyScriptIsValidBash() throws Exception {
        List<Path> scripts = files(".sh", ".sbatch");
        assertTrue(scripts.size() >= 4, "scripts: " + scripts);
        for (Path p : scripts) {
            Process bash = new ProcessBuilder("bash", "-n", p.toString()).redirectErrorStream(true).start();
            String out = new String(bash.getInputStream().readAllBytes());
            assertEquals(0, bash.waitFor(), p + ": " + out);
            assertTrue(Files.isExecutable(p), p + " is not executable");
        }
    }

    @Test
    void everyKubernetesFileIsAListOfObjects() throws Exception {
        List<Path> yamls = files(".yaml");
        assertFalse(yamls.isEmpty());
        for (Path p : yamls)
            for (Map<String, Object> doc : docs(p)) {
                assertTrue(doc.get("apiVersion") instanceof String, p + ": an object without apiVersion");
                assertTrue(doc.get("kind") instanceof String, p + ": an object without kind");
                assertTrue(((Map<?, ?>) doc.get("metadata")).get("name") instanceof String, p + ": an object without a name");
            }
    }

    @Test
    void theIndexedJobRunsShardOnePerIndexAndTheMergeJoinsThemAll() throws Exception {
        Map<String, Object> job = null;
        for (Map<String, Object> d : docs(DEPLOY.resolve("kubernetes/indexed-job.yaml")))
            if ("Job".equals(d.get("kind"))) job = d;
        assertTrue(job != null, "no Job in indexed-job.yaml");
        Map<?, ?> spec = (Map<?, ?>) job.get("spec");
        assertEquals("Indexed", spec.get("completionMode"));
        int n = (Integer) spec.get("completions");
        String script = containerScript(spec);
        // the index starts at 0, shards at 1
        assertTrue(script.contains("K=$((JOB_COMPLETION_INDEX + 1))"), script);
        assertTrue(script.contains("--shard \"$K/" + n + "\""), script);
        parses(script);
        String merge = containerScript((Map<?, ?>) docs(DEPLOY.resolve("kubernetes/merge-job.yaml")).get(0).get("spec"));
        parses(merge);
        for (int k = 1; k <= n; k++) assertTrue(merge.contains("/shard-" + k + " "), "merge misses shard " + k + ": " + merge);
        assertFalse(merge.contains("/shard-" + (n + 1) + " "), merge);
    }

    @Test
    void theSlurmArrayHasOneShardPerTaskAndTheMergeJoinsThemAll() throws Exception {
        String array = Files.readString(DEPLOY.resolve("slurm/study-array.sbatch"));
        Matcher m = Pattern.compile("(?m)^#SBATCH --array=1-(\\d+)$").matcher(array);
        assertTrue(m.find(), "no #SBATCH --array=1-N");
        int n = Integer.parseInt(m.group(1));
        assertTrue(array.contains("N=" + n + " "), "N differs from the array size " + n);
        assertTrue(array.contains("K=${SLURM_ARRAY_TASK_ID"), array);
        assertTrue(array.contains("--shard \"$K/$N\""), array);
        parses(array);
        String merge = Files.readString(DEPLOY.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains("$(seq 1 " + n + ")"), "merge does not join shards 1.." + n);
        parses(merge);
        String submit = Files.readString(DEPLOY.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("--dependency=\"afterok:") && submit.contains("merge.sbatch"), submit);
    }

    @Test
    void theSparkSubmitScriptsRunTheSparkJarWithOptionsItKnows() throws Exception {
        for (String f : List.of("yarn/submit-study.sh", "kubernetes/spark-submit-study.sh")) {
            String s = joined(Files.readString(DEPLOY.resolve(f)));
            assertTrue(s.contains("--class channelsim.spark.Main spark/target/channelsim-spark.jar study "), f);
            assertTrue(s.contains("--master yarn") || s.contains("--master \"k8s://"), f);
            for (String conf : confs(s))
                if (conf.startsWith("spark.channelsim."))
                    assertTrue(conf.equals(SparkEngine.PARQUET) || conf.equals(SparkEngine.RUNS_PER_TASK), f + ": unknown " + conf);
            String app = s.substring(s.indexOf("channelsim-spark.jar ") + "channelsim-spark.jar ".length());
            Main.commandLine(new SparkEngine(() -> { throw new AssertionError(); })).parseArgs(words(app));
        }
    }

    /** Every "channelsim study|merge ..." line of a script parses with ./channelsim's own command line. */
    static void parses(String script) {
        Matcher m = Pattern.compile("channelsim ((study|merge) [^;\\n]*)").matcher(joined(script));
        int found = 0;
        while (m.find()) {
            found++;
            String[] args = words(m.group(1));
            CommandLine cmd = channelsim.cli.Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            try {
                cmd.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                fail("does not parse: channelsim " + String.join(" ", args) + ": " + e.getMessage());
            }
        }
        assertTrue(found > 0, "no channelsim command in: " + script);
    }

    /** Shell words, with variables and substitutions standing for a value (enough to check options and arity). */
    static String[] words(String line) {
        String s = line.replaceAll("\\$\\(\\([^)]*\\)\\)|\\$\\([^)]*\\)|\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*", "1");
        List<String> out = new ArrayList<>();
        Matcher w = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(s);
        while (w.find()) out.add(w.group(1) != null ? w.group(1) : w.group(2) != null ? w.group(2) : w.group(3));
        return out.toArray(new String[0]);
    }

    static String joined(String script) {
        return script.replaceAll("(?m)^\\s*#.*$", "").replace("\\\n", " ").replaceAll("[ \\t]+", " ");
    }

    static List<String> confs(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("--conf ([\\w.]+)=").matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> docs(Path p) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object d : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(p))) {
            assertTrue(d instanceof Map, p + ": a document that is not an object");
            out.add((Map<String, Object>) d);
        }
        return out;
    }

    static String containerScript(Map<?, ?> jobSpec) {
        Map<?, ?> pod = (Map<?, ?>) ((Map<?, ?>) jobSpec.get("template")).get("spec");
        Map<?, ?> c = (Map<?, ?>) ((List<?>) pod.get("containers")).get(0);
        assertEquals(List.of("/bin/sh", "-c"), c.get("command"));
        return String.join(" ", ((List<?>) c.get("args")).stream().map(String::valueOf).toList()) + " ";
    }
}
