package channelsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static channelsim.cli.MainTest.Outcome;
import static channelsim.cli.MainTest.channelsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A study process killed with SIGKILL at seeded random moments (starting, simulating, writing its outputs),
 * again and again, then resumed, ends with the same bytes as a study run in one go: nothing saved is lost
 * or damaged beyond what resume recomputes, no temporary file and no lock stays, and while a killed study's
 * process is alive its folder is locked against another.
 */
class CrashSafetyTest {
    static final String S24 = Path.of("models/scenarios/status-quo-2024.yaml").toAbsolutePath().toString();
    static final List<String> SAME = List.of("replicates.csv", "summary.csv", "quantiles.csv", "weekly_bands.csv", "report.html");

    @TempDir
    Path dir;

    private Process start(Path study, Path out, boolean resume) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "study", study.toString(), "--threads", "2", "--out", out.toString(), "-q"));
        if (resume) cmd.add("--resume");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void killedAgainAndAgainThenResumedGivesTheBytesOfAnUninterruptedStudy() throws Exception {
        Path study = Files.writeString(dir.resolve("crash.yaml"), "name: crash\nscenario: " + S24 + "\nreplicates: 10\ndays: 90\n"
                + "seed: 7\nbaseline: none\npolicies:\n  none: {}\n  every: {policies.return_all.enabled: true}\n"
                + "  officers: {policies.french_police.officers: 1500}\n");
        Path ref = dir.resolve("ref");
        long t0 = System.nanoTime();
        Outcome whole = channelsim("study", study.toString(), "--threads", "2", "--out", ref.toString(), "-q");
        assertEquals(0, whole.status(), whole::toString);
        double seconds = (System.nanoTime() - t0) / 1e9 + 1.0; // plus a JVM start

        Path out = dir.resolve("killed");
        Random rnd = new Random(18);
        boolean lockSeen = false;
        int kills = 0;
        for (int k = 0; k < 6; k++) {
            Process p = start(study, out, k > 0);
            long waitMs = (long) (200 + rnd.nextDouble() * seconds * 1000);
            if (!lockSeen && k == 2) { // a live study's folder is refused to a second one
                Thread.sleep(Math.min(waitMs, 900));
                if (p.isAlive() && Files.exists(out.resolve("study.lock"))) {
                    Outcome second = channelsim("study", study.toString(), "--out", out.toString(), "--resume", "-q");
                    if (p.isAlive()) {
                        assertEquals(2, second.status(), second::toString);
                        assertTrue(second.err().contains("in use by another study (process " + p.pid()), second.err());
                        lockSeen = true;
                    }
                }
            } else {
                Thread.sleep(waitMs);
            }
            if (p.isAlive()) kills++;
            p.destroyForcibly();
            p.waitFor();
        }
        assertTrue(kills >= 3, "most kills should hit a running study: " + kills);
        Process last = start(study, out, true);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("child.log")));

        for (String f : SAME) assertArrayEquals(Files.readAllBytes(ref.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        try (Stream<Path> s = Files.walk(out)) {
            s.forEach(f -> assertFalse(f.getFileName().toString().endsWith(".tmp"), "left " + f));
        }
        assertFalse(Files.exists(out.resolve("study.lock")), "the lock is released");
        assertTrue(new File(out.toFile(), "manifest.json").isFile());
    }
}
