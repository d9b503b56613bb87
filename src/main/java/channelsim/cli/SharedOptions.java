package channelsim.cli;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.OutputFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options several commands share, declared once as picocli mixins ({@code @Mixin}) so that their
 * names, labels and help read the same everywhere.
 */
final class SharedOptions {
    private SharedOptions() {}

    static final class Threads {
        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results do not depend on it.")
        Integer value;

        /** The threads to use: as given, or one per processor. */
        int count() { return value != null ? value : Runtime.getRuntime().availableProcessors(); }
    }

    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: under runs/, named after the input).")
        Path value;

        /** The folder to write: as given, or the command's default. */
        Path orElse(Path byDefault) { return value != null ? value : byDefault; }

        /** Refuses an empty --out (which would write into the current folder) before anything is loaded. */
        void checkNotBlank() throws ConfigException {
            if (value != null && value.toString().isBlank())
                throw new ConfigException(Problem.option("out", "must name a folder (it is empty); e.g. --out runs/my-study"));
        }

        /** The folder to write, checked and created before any work ({@link OutputFolder#prepare}). */
        Path prepare(Path byDefault) throws ConfigException {
            checkNotBlank();
            return OutputFolder.prepare(orElse(byDefault), value != null ? "out" : null);
        }

        /** Where problems with the folder are reported: the option, or the default folder itself. */
        String place(Path dir) { return value != null ? "--out" : dir.toString(); }
    }

    static final class Seed {
        @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the file's seed).")
        Long value;
    }

    static final class Replicates {
        @Option(names = "--replicates", paramLabel = "N", description = "Replicates per policy or design point (overrides the file).")
        Integer value;
    }

    static final class Quiet {
        @Option(names = {"-q", "--quiet"}, description = "No progress lines, and nothing printed on success.")
        boolean on;
    }
}
