package channelsim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small scenario and study files into a test folder. */
final class StudyFiles {
    private StudyFiles() {}

    static final String SCENARIO = """
            name: test-base
            start: 2025-01-01
            days: 60
            scale: 0.2
            """;

    static final String STUDY = """
            name: test-study
            description: a small study for tests
            scenario: base.yaml
            replicates: 6
            seed: 20250806
            baseline: no-scheme
            policies:
              no-scheme: {}
              oioo-50-a-week: {policies.one_in_one_out.enabled: true, policies.one_in_one_out.returns_per_week: 50}
              return-every-arrival: {policies.return_all.enabled: true}
            sweeps:
              officers:
                grid: {policies.french_police.officers: [600, 1200]}
            """;

    static Path write(Path dir, String study) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), SCENARIO);
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, study);
        return f;
    }
}
