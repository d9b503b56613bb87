package channelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import channelsim.experiment.Study;
import channelsim.experiment.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code channelsim validate FILE.yaml...}: loads each scenario strictly and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check scenario and study files: print 'ok: FILE (name, N days from DATE)' or every problem as file:line:column: key: message.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", arity = "1..*", description = "Scenario or study files, or folders of them.")
    List<Path> files;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Check these overrides too (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws ConfigException, IOException {
        Set<Problem> problems = new LinkedHashSet<>(); // --set problems would otherwise repeat per file
        List<Path> all = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                int before = all.size();
                try (Stream<Path> s = Files.list(f)) { // a folder means every scenario in it
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(all::add);
                }
                if (all.size() == before)
                    problems.add(new Problem(f.toString(), 1, 1, "file", "is a folder with no .yaml or .yml files to check"));
            } else {
                all.add(f);
            }
        }
        for (Path f : all) {
            try {
                String kind = otherKind(f);
                if (kind.equals("targets")) { // calibration targets (channelsim calibrate)
                    var t = channelsim.calibration.TargetFile.load(f);
                    channelsim.config.ScenarioLoader.load(t.scenario());
                    spec.commandLine().getOut().printf("ok: %s (calibration targets %s, %d targets, %d free parameters)%n",
                            f, t.name(), t.targets().size(), t.free().size());
                    continue;
                }
                if (kind.equals("sensitivity")) { // Morris screening (channelsim sensitivity)
                    var t = channelsim.sensitivity.SensitivityFile.load(f);
                    spec.commandLine().getOut().printf("ok: %s (sensitivity %s, %d parameters, %d policies)%n",
                            f, t.name(), t.parameters().size(), t.policies().size());
                    continue;
                }
                if (StudyLoader.looksLikeStudy(f)) { // study files are checked as studies (their scenario too)
                    Study st = StudyLoader.load(f);
                    st.notes().forEach(spec.commandLine().getErr()::println);
                    spec.commandLine().getOut().printf("ok: %s (study %s, %s %s, %d replicates%s, %d days from %s)%n",
                            f, st.name(), st.policies().size(), st.crossed() ? "arms (policy x levers x sample)" : "policies", st.replicates(),
                            st.posterior() == null ? "" : " x " + st.posterior().draws() + " posterior draws", st.days(), st.start());
                    continue;
                }
                Scenario s = ScenarioLoader.load(f, sets);
                spec.commandLine().getOut().printf("ok: %s (%s, %d days from %s)%n", f, s.name(), s.days(), s.start());
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(new ArrayList<>(problems));
        return 0;
    }

    /** "targets" or "sensitivity" for the calibration's own files (told apart by their top-level keys), else "". */
    private static String otherKind(Path f) {
        channelsim.config.YamlTree t = channelsim.config.YamlTree.parse(f, f.toString(), new ArrayList<>());
        if (t == null || !(t.root() instanceof org.yaml.snakeyaml.nodes.MappingNode m)) return "";
        Set<String> keys = new java.util.HashSet<>();
        for (channelsim.config.YamlTree.Entry e : t.entries(m)) keys.add(e.key());
        if (keys.contains("targets") && keys.contains("scenario")) return "targets";
        if (keys.contains("parameters") && (keys.contains("trajectories") || keys.contains("output"))) return "sensitivity";
        return "";
    }
}
