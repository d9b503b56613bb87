package channelsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** calibrate and sensitivity end to end on tiny inputs (a small population, a short year). */
class CalibrationCommandsTest {
    static {
        // charts are drawn off screen; the build asks for a display for the GUI tests, which these do not need
        System.setProperty("java.awt.headless", "true");
    }

    /** False when another test already started AWT with a display that is not there: charts cannot be drawn here. */
    static boolean canDraw() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            img.createGraphics().dispose();
            return true;
        } catch (Throwable t) {
            return false;
        }
    }

    record Out(int status, String out, String err) {}

    static Out run(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int s = Main.execute(args, new PrintWriter(o), new PrintWriter(e));
        return new Out(s, o.toString(), e.toString());
    }

    /** Writes a scenario and a file that names it (targets, or a screen) into dir; returns the second. */
    static Path inputs(Path dir, String scenarioName, String scenarioYaml, String name, String yaml) throws java.io.IOException {
        Files.writeString(dir.resolve(scenarioName), scenarioYaml);
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void helpWorks() {
        Out c = run("calibrate", "--help");
        assertEquals(0, c.status);
        assertTrue(c.out.contains("--replicates") && c.out.contains("--evaluations"), c.out);
        Out s = run("sensitivity", "--help");
        assertEquals(0, s.status);
        assertTrue(s.out.contains("Morris"), s.out);
    }

    @Test
    void badInputExitsTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, "targets: nope\n");
        Out c = run("calibrate", f.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, c.status, c.err);
        assertTrue(c.err.contains("t.yaml:1:"), c.err);
        Out s = run("sensitivity", dir.resolve("missing.yaml").toString());
        assertEquals(2, s.status, s.err);
    }

    @Test
    void calibrateFitsATinyYearAndWritesItsReport(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canDraw(), "no graphics environment for charts");
        Path targets = inputs(dir, "year.yaml", "name: year\nstart: 2024-01-01\ndays: 366\nwarmup_days: 30\n", "targets.yaml", """
                name: tiny
                scenario: year.yaml
                targets:
                  - {id: arrivals-2024, measure: arrivals, period: 2024, observed: 20000, tolerance: 0.2, source: "a test"}
                  - {id: deaths-2024, measure: deaths, period: 2024, observed: 50, tolerance: 1.0, weight: 0.5, source: "a test"}
                free:
                  yearly:
                    - {key: migrants.inflow_per_day, matches: arrivals, min: 10, max: 1000}
                  global:
                    - {key: sea.incident_rate, min: 0.005, max: 0.1}
                """);
        Path out = dir.resolve("out");
        Out c = run("calibrate", targets.toString(), "--replicates", "1", "--evaluations", "2", "--rounds", "2",
                "--search-scale", "0.05", "--final-scale", "0.05", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, c.status, c.err);
        for (String f : new String[] {"fit.md", "fit.csv", "fit-yearly.png", "fit-yearly.svg", "calibrated.yaml", "calibrated-2024.yaml"})
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        String md = Files.readString(out.resolve("fit.md"));
        assertTrue(md.contains("arrivals-2024") && md.contains("95% interval"), md);
        // the fitted scenario loads and carries the fitted inflow
        var fitted = channelsim.config.ScenarioLoader.load(out.resolve("calibrated.yaml"));
        assertNotEquals(200.0, fitted.num("migrants.inflow_per_day"));
        var state = channelsim.config.ScenarioLoader.load(out.resolve("calibrated-2024.yaml"));
        assertEquals(fitted.num("migrants.inflow_per_day"), state.num("migrants.inflow_per_day"), 1e-9);
    }

    @Test
    void theFlatScenarioStartsFromTheStateTheHistoryHadOnItsFirstDay(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canDraw(), "no graphics environment for charts");
        Path targets = inputs(dir, "history.yaml", "name: history\nstart: 2023-01-01\ndays: 731\nwarmup_days: 30\nmigrants:\n  initial_waiting: 500\n"
                + "gangs:\n  know_how_learning: 0.05\n  taxi_adoption_days: 60\n", "targets.yaml", """
                name: two-years
                scenario: history.yaml
                targets:
                  - {id: arrivals-2023, measure: arrivals, period: 2023, observed: 20000, tolerance: 0.2, source: "a test"}
                  - {id: arrivals-2024, measure: arrivals, period: 2024, observed: 20000, tolerance: 0.2, source: "a test"}
                free:
                  yearly:
                    - {key: migrants.inflow_per_day, matches: arrivals, min: 10, max: 1000}
                """);
        Path out = dir.resolve("out");
        Out c = run("calibrate", targets.toString(), "--replicates", "2", "--evaluations", "0", "--rounds", "1", "--seed", "3",
                "--final-scale", "0.05", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, c.status, c.err);
        String flat = Files.readString(out.resolve("calibrated-2024.yaml"));
        assertTrue(flat.contains("a stock the history had on that date"), flat);
        var state = channelsim.config.ScenarioLoader.load(out.resolve("calibrated-2024.yaml"));
        // the history's replicates, rerun from the fitted scenario: their stocks on the evening of 31 December 2023
        var history = channelsim.config.ScenarioLoader.load(out.resolve("calibrated.yaml"));
        double scale = history.num("scale");
        int dec31 = (int) (java.time.LocalDate.of(2023, 12, 31).toEpochDay() - history.start().toEpochDay());
        double gangs = 0, knowHow = 0, waiting = 0, backlog = 0, taxi = 0;
        for (int r = 1; r <= 2; r++) {
            long seed = channelsim.calibration.Calibrator.replicateSeed(3, r);
            double[] read = new double[1];
            var h = channelsim.policy.Simulation.run(history, seed, java.time.LocalDate.of(2024, 1, 1), s -> read[0] = s.taxiShare());
            gangs += h.series(channelsim.model.Metric.GANGS)[dec31] / 2;
            knowHow += h.series(channelsim.model.Metric.GANG_KNOW_HOW)[dec31] / 2;
            waiting += h.series(channelsim.model.Metric.WAITING)[dec31] / 2;
            backlog += h.series(channelsim.model.Metric.BACKLOG)[dec31] / 2;
            taxi += read[0] / 2;
        }
        assertTrue(knowHow > 0.01 && taxi > 0.01 && waiting > 0, "the history has learned something by 2024: " + knowHow + ", " + taxi);
        assertEquals(Math.round(gangs / scale), state.num("gangs.initial_count"), 0, flat);
        assertEquals(knowHow, state.num("gangs.initial_know_how"), 1e-4, flat);
        assertEquals(taxi, state.num("gangs.initial_taxi_share"), 1e-4, flat);
        assertEquals(Math.round(waiting / scale), state.num("migrants.initial_waiting"), 0, flat);
        assertEquals(Math.round(backlog / scale), state.num("home_office.initial_backlog"), 0, flat);
        // and not the history's starting stocks of 2023
        assertNotEquals(500.0, state.num("migrants.initial_waiting"));
        assertEquals(java.time.LocalDate.of(2024, 1, 1), state.start());
    }

    @Test
    void sensitivityScreensATinyStudy(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canDraw(), "no graphics environment for charts");
        Path f = inputs(dir, "base.yaml", "name: base\nstart: 2025-01-01\ndays: 60\nwarmup_days: 20\nscale: 0.05\n", "sens.yaml", """
                name: tiny-sensitivity
                scenario: base.yaml
                policies:
                  returns:
                    policies.return_all.enabled: true
                    policies.return_all.start: 2025-01-01
                output: deterrence
                trajectories: 2
                levels: 4
                scale: 0.05
                parameters:
                  - {key: migrants.return_salience, min: 0.5, max: 3, why: test}
                  - {key: migrants.alternative_value, min: 30000, max: 60000, why: test}
                """);
        Path out = dir.resolve("out");
        Out a = run("sensitivity", f.toString(), "--quiet", "--threads", "1", "--out", out.toString());
        assertEquals(0, a.status, a.err);
        String csv = Files.readString(out.resolve("morris.csv"));
        assertTrue(csv.startsWith("output,parameter,min,max,mu,mu_star,sigma,effects,rank"), csv);
        assertEquals(3, csv.lines().count(), csv);
        assertTrue(Files.size(out.resolve("tornado-returns.png")) > 0);
        assertTrue(Files.size(out.resolve("tornado-returns.svg")) > 0);
        // the thread count does not change the results
        Path out2 = dir.resolve("out2");
        assertEquals(0, run("sensitivity", f.toString(), "--quiet", "--threads", "2", "--out", out2.toString()).status);
        assertEquals(csv, Files.readString(out2.resolve("morris.csv")));
    }
}
