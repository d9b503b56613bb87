package channelsim.config;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped under models/scenarios/ loads cleanly, so users never start from a broken file. */
class ShippedScenariosTest {

    static Stream<Path> scenarios() throws Exception {
        Path dir = Path.of("models/scenarios");
        if (!Files.isDirectory(dir)) return Stream.empty();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loads(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertFalse(s.name().isBlank());
    }
}
