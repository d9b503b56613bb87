package channelsim.cli;

import channelsim.experiment.Studies;
import channelsim.experiment.StudyResults;
import channelsim.output.FolderLock;
import channelsim.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code channelsim merge DIR... --out DIR}: joins study shards into exactly the files a single run writes. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Join the output folders of a study run with --shard K/N (every K) into one study folder.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard output folders.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the merged study.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.prepare(out, "out");
        StudyResults res;
        try (FolderLock lock = FolderLock.acquire(dir, "--out", "merge", spec.commandLine().getErr()::println)) {
            res = Studies.merge(dirs, dir, spec.commandLine().getErr()::println);
        }
        spec.commandLine().getOut().println("merged " + dirs.size() + " folder(s), " + res.info().replicates()
                + " replicates per policy; report: " + out.resolve("report.html"));
        return 0;
    }
}
