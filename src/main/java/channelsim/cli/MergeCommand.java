package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.experiment.Studies;
import channelsim.experiment.StudyResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code channelsim merge DIR... --out DIR}: joins study shards into the files a single run writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the folders of a study run with --shard K/N into one study folder.")
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard output folders")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the merged study")
    Path out;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public MergeCommand() {
        this(System.out, System.err);
    }

    public MergeCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        try {
            StudyResults res = Studies.merge(dirs, out);
            stdout.println("merged " + dirs.size() + " folder(s), " + res.info().replicates() + " replicates per policy: wrote "
                    + out.resolve("report.html"));
            return 0;
        } catch (ConfigException e) {
            for (Problem p : e.problems()) stderr.println(p);
            return 2;
        } catch (IOException e) {
            stderr.println("merge failed: " + e);
            return 1;
        }
    }
}
