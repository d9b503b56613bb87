package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Condition;
import channelsim.experiment.Discovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code channelsim discover DIR --where EXPR}: PRIM scenario discovery over a finished study's uncertainties and levers. */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        description = "Scenario discovery (PRIM) on a finished study with uncertainties: or levers: which ranges of them make a condition "
                + "true, e.g. --where \"deterrence >= 0.3 and deaths_change <= 0\". Writes DIR/discovery/prim.csv, peeling.png/.svg and report.html.")
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A finished study folder.")
    Path dir;

    @Option(names = "--where", required = true, paramLabel = "EXPR", description = "Condition on summary.csv metrics and dotted keys: "
            + "comparisons (<, <=, >, >=, ==, !=) joined by and, or, not and parentheses.")
    String where;

    @Option(names = "--policy", paramLabel = "NAME", description = "Only this policy's cases (default: every policy but the baseline).")
    String policy;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Condition c;
        try {
            c = Condition.parse(where);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(new Problem("--where", 1, 1, "", e.getMessage()));
        }
        Discovery.Result r = Discovery.run(dir, c, policy);
        if (!quiet) {
            spec.commandLine().getOut().println(Discovery.sentence(r, c));
            spec.commandLine().getOut().println("written to " + dir.resolve("discovery") + "/ (prim.csv, peeling.png/.svg, report.html)");
        }
        return 0;
    }
}
