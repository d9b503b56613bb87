package channelsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.config.Scenario;
import channelsim.config.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code channelsim validate FILE.yaml...}: loads each scenario strictly and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files: print 'ok: FILE (name, N days from DATE)' or every problem as file:line:column: key: message.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.yaml", arity = "1..*", description = "Scenario files.")
    List<Path> files;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Check these overrides too (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws ConfigException {
        Set<Problem> problems = new LinkedHashSet<>(); // --set problems would otherwise repeat per file
        for (Path f : files) {
            try {
                Scenario s = ScenarioLoader.load(f, sets);
                spec.commandLine().getOut().printf("ok: %s (%s, %d days from %s)%n", f, s.name(), s.days(), s.start());
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(new ArrayList<>(problems));
        return 0;
    }
}
