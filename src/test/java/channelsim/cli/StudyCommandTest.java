package channelsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study and merge commands end to end with the real model, kept small (a few replicates, 100 days,
 * a fifth of the population), plus their bad-input handling.
 */
class StudyCommandTest {
    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {}

    static Outcome channelsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, out.toString(), err.toString());
    }

    /** A small study on the 2025 scenario, with the schemes starting early so 100 days can show them. */
    private Path study(int replicates) throws Exception {
        Path base = Path.of("models/scenarios/status-quo-2025.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("base.yaml"), "extends: " + base + "\nname: small-2025\nscale: 0.2\ndays: 240\n");
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, """
                name: small
                scenario: base.yaml
                replicates: %d
                seed: 11
                baseline: no-scheme
                policies:
                  no-scheme: {}
                  oioo-50-a-week: {policies.one_in_one_out.enabled: true, policies.one_in_one_out.start: 2025-01-10}
                  return-every-arrival: {policies.return_all.enabled: true, policies.return_all.start: 2025-01-10}
                """.formatted(replicates));
        return f;
    }

    @Test
    void aFinishedFolderIsReusedWhenUnchangedAndRefusedWhenDifferent() throws Exception {
        Path f = study(2);
        String out = dir.resolve("out").toString();
        assertEquals(0, channelsim("study", f.toString(), "--days", "30", "--out", out, "-q").status());
        byte[] summary = Files.readAllBytes(dir.resolve("out/summary.csv"));
        Outcome again = channelsim("study", f.toString(), "--days", "30", "--out", out);
        assertEquals(0, again.status(), again::toString);
        assertTrue(again.out().contains("already holds this finished study"), again.out());
        Outcome other = channelsim("study", f.toString(), "--days", "31", "--out", out);
        assertEquals(2, other.status(), other::toString);
        assertTrue(other.err().contains("--overwrite") && !other.err().contains("Exception"), other.err());
        assertArrayEquals(summary, Files.readAllBytes(dir.resolve("out/summary.csv")), "a refused study leaves the folder alone");
        assertEquals(0, channelsim("study", f.toString(), "--days", "31", "--out", out, "--overwrite", "-q").status());
        assertFalse(java.util.Arrays.equals(summary, Files.readAllBytes(dir.resolve("out/summary.csv"))), "--overwrite replaces it");
    }

    @Test
    void returnEveryArrivalDetersMorePeopleThanFiftyAWeekAndItsReturneesStopCrossing() throws Exception {
        // a whole year and 12 replicates: over 240 days and 3 the two are within each other's noise (the
        // price falls as customers are returned, which offsets part of the deterrence: GangEconomicsTest)
        Path f = study(12);
        Outcome o = channelsim("study", f.toString(), "--threads", "2", "--days", "365", "--out", dir.resolve("out").toString());
        assertEquals(0, o.status(), o::toString);
        java.util.Map<String, Double> v = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/summary.csv"))) {
            String[] c = line.split(",");
            String p = c[0].matches(".*(every|all).*") ? "all" : c[0].matches(".*50(?!0).*") ? "fifty" : null;
            if (p != null && c[1].matches("deterrence_people|repeat_arrivals|returned")) v.put(p + " " + c[1], Double.parseDouble(c[2]));
        }
        // people, not crossings: a returnee who crosses again is one person (crossings: PolicyEffectsTest)
        assertTrue(v.get("all deterrence_people") > v.get("fifty deterrence_people"), "people deterred: " + v);
        // returnees who know every eligible arrival is returned cross again less than those of a small quota
        assertTrue(v.get("all repeat_arrivals") / v.get("all returned") < 0.8 * v.get("fifty repeat_arrivals") / v.get("fifty returned"),
                "repeat crossings per return: " + v);
        for (String name : new String[]{"replicates.csv", "summary.csv", "weekly_bands.csv", "report.html", "manifest.json",
                "charts/deterrence.png", "charts/deterrence.svg"})
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(name)), name);
        assertTrue(o.out().contains("return-every-arrival"), o.out());
    }

    @Test
    void shardsThenMergeMatchASingleRunWithTheModel() throws Exception {
        Path f = study(2);
        assertEquals(0, channelsim("study", f.toString(), "-q", "--days", "40", "--threads", "1", "--out", dir.resolve("one").toString()).status());
        for (int k = 1; k <= 2; k++)
            assertEquals(0, channelsim("study", f.toString(), "-q", "--days", "40", "--shard", k + "/2", "--out", dir.resolve("s" + k).toString()).status());
        Outcome m = channelsim("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out", dir.resolve("m").toString());
        assertEquals(0, m.status(), m::toString);
        for (String name : new String[]{"replicates.csv", "summary.csv", "weekly_bands.csv", "report.html"})
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)), Files.readAllBytes(dir.resolve("m").resolve(name)), name);
    }

    @Test
    void badStudyFileExits2WithLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "scenario: nowhere.yaml\nbaseline: x\npolicies:\n  x: {policies.return_all.enabled: maybe}\n");
        Outcome o = channelsim("study", dir.resolve("bad.yaml").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, o.status(), o::toString);
        String f = dir.resolve("bad.yaml").toString();
        assertTrue(o.err().contains(f + ":1:1: scenario: no such scenario file"), o.err());
        assertTrue(o.err().contains(f + ":4:36: policies.return_all.enabled: expected true or false"), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void badOptionsExit2() throws Exception {
        Path f = study(2);
        Outcome o = channelsim("study", f.toString(), "--shard", "3/2", "--threads", "0");
        assertEquals(2, o.status(), o::toString);
        assertTrue(o.err().contains("--shard:1:1: ") && o.err().contains("--threads:1:1: threads: must be at least 1"), o.err());
        Outcome m = channelsim("merge", dir.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, m.status(), m::toString);
        assertTrue(m.err().contains("no manifest.json"), m.err());
    }

    @Test
    void validateAcceptsTheExampleStudies() {
        Outcome o = channelsim("validate", "models/studies/one-in-one-out.yaml", "models/studies/seed-policies.yaml");
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().contains("ok: models/studies/one-in-one-out.yaml (study one-in-one-out, 4 policies, 20 replicates"), o.out());
    }
}
