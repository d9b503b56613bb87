package channelsim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * calibrate --posterior and backtest end to end on a small record (2018-2020 at a twentieth of the
 * population), as a user runs them: same seed, same file; resumed equals uninterrupted; the back-test's fit
 * sees nothing after --fit-until.
 */
class BayesCommandsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    static Path dir;
    static Path targets, record;

    @BeforeAll
    static void smallTargets() throws Exception {
        Path full = Path.of("models/targets/channel-record-2018-2024.csv").toAbsolutePath();
        List<String> lines = Files.readAllLines(full);
        // the monthly arrivals and boats of 2018-2020, the nationality figures of 2019-2020, and 2021's monthly arrivals
        record = dir.resolve("record.csv");
        Files.write(record, lines.stream().filter(l -> l.startsWith("id,") || l.matches("^(arrivals|boats_arrived)-20(18|19|20|21)-\\d\\d,.*")
                || l.matches("^arrivals-(albanian|afghan)-20(19|20),.*")).collect(Collectors.toList()));
        targets = dir.resolve("t.yaml");
        Files.writeString(targets, "name: small\nscenario: " + Path.of("models/scenarios/history-2018-2024.yaml").toAbsolutePath()
                + "\nposterior:\n  record: record.csv\n  scale: 0.05\n  free: [migrants.inflow_seasonality, migrants.return_salience]\n"
                + "  latent: [migrants.inflow_per_day]\n");
    }

    static CalibrationCommandsTest.Out run(String... args) { return CalibrationCommandsTest.run(args); }

    CalibrationCommandsTest.Out calibrate(String name, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("calibrate", targets.toString(), "--posterior", dir.resolve(name + ".csv").toString(),
                "--budget", "40", "--particles", "8", "--out", dir.resolve(name).toString(), "-q"));
        a.addAll(List.of(more));
        if (!a.contains("--threads")) a.addAll(List.of("--threads", "2"));
        return run(a.toArray(new String[0]));
    }

    @Test
    void samesSeedGivesTheSamePosteriorFileWithPriorsAndDiagnostics() throws Exception {
        var a = calibrate("a");
        assertEquals(0, a.status(), a.err());
        var b = calibrate("b", "--threads", "1");
        assertEquals(0, b.status(), b.err());
        String pa = Files.readString(dir.resolve("a.csv"));
        assertEquals(pa, Files.readString(dir.resolve("b.csv")), "same seed, other thread count: same posterior file");
        assertTrue(pa.startsWith("draw,weight,migrants.inflow_seasonality,migrants.return_salience,migrants.inflow_per_day@2018,"), pa);
        assertTrue(pa.contains("migrants.inflow_per_day@2021"), "one latent value per year to the record's end");
        for (String f : List.of("identification.csv", "coverage.csv", "predictive.csv", "generations.csv", "calibration.md", "marginals.png"))
            assertTrue(Files.size(dir.resolve("a").resolve(f)) > 0, f);
        assertTrue(Files.readString(dir.resolve("a/identification.csv")).contains("migrants.return_salience,\"log-uniform(0.1, 10)\""));
        var c = calibrate("c", "--seed", "2");
        assertEquals(0, c.status(), c.err());
        assertNotEquals(pa, Files.readString(dir.resolve("c.csv")));
    }

    @Test
    void resumedEqualsUninterrupted() throws Exception {
        var whole = calibrate("whole");
        assertEquals(0, whole.status(), whole.err());
        // cut the journal of a copy of the run in the middle of a record, as a kill would
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        byte[] j = Files.readAllBytes(dir.resolve("whole/journal.bin"));
        Files.write(cut.resolve("journal.bin"), java.util.Arrays.copyOf(j, j.length / 2 + 3));
        var resumed = calibrate("cut", "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertEquals(Files.readString(dir.resolve("whole.csv")), Files.readString(dir.resolve("cut.csv")));
        assertTrue(Files.readString(cut.resolve("calibration.md")).contains("taken from the journal of an earlier run"));
        // a journal made under other settings is refused with one line, exit 2
        var other = calibrate("cut", "--resume", "--seed", "9");
        assertEquals(2, other.status(), other.err());
        assertTrue(other.err().contains("other settings"), other.err());
    }

    @Test
    void backtestUsesNothingAfterFitUntil() throws Exception {
        var a = run("backtest", targets.toString(), "--fit-until", "2019", "--predict", "2020-2021", "--budget", "24", "--particles", "8",
                "--draws", "4", "--threads", "2", "--out", dir.resolve("bt1").toString(), "-q");
        assertEquals(0, a.status(), a.err());
        // change every figure after 2019 in the record: the fit must not move, only the scores
        List<String> lines = Files.readAllLines(record);
        Path changed = dir.resolve("changed");
        Files.createDirectories(changed);
        Files.write(changed.resolve("record.csv"), lines.stream().map(l -> l.matches("^[a-z_]+(-[a-z]+)?-202[01].*")
                ? l.replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*,)(\\d+)", "$1" + "777") : l).collect(Collectors.toList()));
        Files.writeString(changed.resolve("t.yaml"), Files.readString(targets));
        var b = run("backtest", changed.resolve("t.yaml").toString(), "--fit-until", "2019", "--predict", "2020-2021", "--budget", "24",
                "--particles", "8", "--draws", "4", "--threads", "2", "--out", dir.resolve("bt2").toString(), "-q");
        assertEquals(0, b.status(), b.err());
        assertEquals(Files.readString(dir.resolve("bt1/fit/identification.csv")), Files.readString(dir.resolve("bt2/fit/identification.csv")),
                "the fit to 2019 is the same whatever 2020-2021 say");
        String bt = Files.readString(dir.resolve("bt2/backtest.csv"));
        assertTrue(bt.startsWith("period,measure,observed,median,pi50_low,pi50_high,pi90_low,pi90_high,naive_persistence,naive_trend\n"), bt);
        assertTrue(bt.contains("2020-03,arrivals,777,"), "the forecasts are scored against the changed record");
        assertTrue(Files.readString(dir.resolve("bt1/skill.csv")).startsWith("measure,mae_model,mae_persistence,mae_trend,skill_vs_persistence,coverage50,coverage90\n"));
        assertTrue(Files.size(dir.resolve("bt1/backtest.png")) > 0);
    }

    @Test
    void badRecordIsOneLinePerProblem() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("record.csv"), "id,measure,period,group,observed,low,high,quality,source\n"
                + "x,arrivals,2025-01,,3,,,official table,s\ny,nonsense,2019,,3,,,official table,s\nz,arrivals,2019,,3,,,rumour,s\n");
        Files.writeString(bad.resolve("t.yaml"), Files.readString(targets));
        var r = run("calibrate", bad.resolve("t.yaml").toString(), "--posterior", bad.resolve("p.csv").toString(), "--budget", "10", "-q");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("record.csv:2:3: period: after 2024"), r.err());
        assertTrue(r.err().contains("record.csv:3:2: measure: unknown measure 'nonsense'"), r.err());
        assertTrue(r.err().contains("record.csv:4:8: quality: unknown quality 'rumour'"), r.err());
        assertFalse(Files.exists(bad.resolve("p.csv")));
    }

    @Test
    void aBudgetTooSmallToFitTheCompositionIsBadInputNamedOnTheOption() throws Exception {
        // the shipped targets fit the inflow's composition after the ABC: 8 more histories per particle
        Path out = dir.resolve("small-budget");
        var r = run("calibrate", "models/targets/channel-2018-2024.yaml", "--posterior", out.resolve("p.csv").toString(),
                "--budget", "60", "--particles", "12", "--out", out.toString(), "-q");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--budget") && r.err().contains("must be at least 108 for 12 particles"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(Files.exists(out.resolve("p.csv")));
    }
}
