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

    /** {@code --posterior FILE --draws N}: run a study over draws of a calibration's posterior (study, target). */
    static final class PosteriorDraws {
        @Option(names = "--posterior", paramLabel = "FILE", description = "Run over draws of this posterior (calibrate --posterior writes one; e.g. "
                + "models/posterior/channel-2018-2024.csv) instead of the study's own parameters: posterior; intervals then hold parameter uncertainty too.")
        Path file;

        @Option(names = "--draws", paramLabel = "N", description = "Posterior draws (overrides the study's parameters: draws; default 20); --replicates is then per draw.")
        Integer draws;

        /** A bad --draws, before anything is loaded. */
        void check(java.util.List<Problem> bad) {
            if (draws != null && draws < 1) bad.add(Problem.option("draws", "must be at least 1"));
        }

        /** The study over the posterior the options name (or its own, with --draws alone); unchanged without them. */
        channelsim.experiment.Study apply(channelsim.experiment.Study study) throws ConfigException {
            if (file == null && draws == null) return study;
            channelsim.config.PosteriorSample sample = file != null ? channelsim.config.PosteriorSample.read(file)
                    : study.posterior() != null ? study.posterior().sample() : null;
            if (sample == null) throw new ConfigException(java.util.List.of(Problem.option("draws", "the study names no posterior: give --posterior FILE")));
            return study.withPosterior(channelsim.experiment.Study.Posterior.of(sample, draws != null ? draws
                    : study.posterior() != null ? study.posterior().draws() : channelsim.experiment.StudyLoader.DEFAULT_DRAWS));
        }
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
