package channelsim.config;

import channelsim.experiment.StudyLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A property of the loaders, over files jqwik generates from the shipped ones by {@link Mutator} (any base file,
 * any mutation kind, any seed, with shrinking towards the simplest failing case): loading either gives a
 * scenario or study, or throws {@link ConfigException} whose every problem is one contract line
 * {@code place:line:column: key: message}; nothing else escapes (no runtime exception, no stack overflow, no
 * out-of-memory, no hang).
 */
class LoaderPropertyTest {
    private static Path root;
    private static final List<Path> BASES = new ArrayList<>();

    @BeforeContainer
    static void copyShippedFiles() throws IOException {
        root = Files.createTempDirectory("channelsim-prop");
        Path sc = Files.createDirectories(root.resolve("scenarios")), st = Files.createDirectories(root.resolve("studies"));
        try (Stream<Path> s = Files.list(Path.of("models/scenarios"))) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) BASES.add(Files.copy(p, sc.resolve(p.getFileName())));
        }
        for (String f : List.of("one-in-one-out.yaml", "seed-policies.yaml")) BASES.add(Files.copy(Path.of("models/studies", f), st.resolve(f)));
    }

    @AfterContainer
    static void removeThem() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    record Case(int base, Mutator.Kind kind, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.of(Mutator.Kind.class), Arbitraries.longs())
                .as(Case::new);
    }

    @Property(tries = 300, seed = "18")
    void loadingGivesAResultOrContractProblemsOnly(@ForAll("cases") Case c) throws IOException {
        Path base = BASES.get(c.base() % BASES.size());
        byte[] bytes = Mutator.mutate(Files.readString(base), c.kind(), new Random(c.seed()), root.resolve("scenarios").toString());
        Path f = Files.write(base.resolveSibling("prop-" + Long.toHexString(c.seed()) + ".yaml"), bytes);
        try {
            if (StudyLoader.looksLikeStudy(f)) StudyLoader.load(f);
            else ScenarioLoader.load(f);
        } catch (ConfigException e) {
            assertFalse(e.problems().isEmpty(), c + ": a refusal says why");
            for (Problem p : e.problems()) {
                String line = p.toString();
                assertTrue(line.matches("[^\\n]+:\\d+:\\d+: [^ \\n][^:\\n]*: [^\\n]+"), c + ": not a contract line: " + line);
                assertFalse(line.matches(".*(Exception|java\\.[a-z]+\\.|\\.tmp\\b).*"), c + ": Java leaked: " + line);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(c + ": " + e, e);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
