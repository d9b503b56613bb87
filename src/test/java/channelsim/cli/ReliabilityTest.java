package channelsim.cli;

import channelsim.output.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static channelsim.cli.MainTest.Outcome;
import static channelsim.cli.MainTest.channelsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each failure a hostile user found (issue 18), as the user meets it on the command line: refused with exit 2
 * and one line {@code place:line:column: key: message} per problem, no Java class or temporary file named,
 * before any work, and nothing written.
 */
class ReliabilityTest {
    static final String S24 = Path.of("models/scenarios/status-quo-2024.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    /** The contract of bad input: exit 2, every line {@code place:line:column: key: message}, nothing of Java. */
    static void assertContract(Outcome o) {
        assertEquals(2, o.status(), o::toString);
        assertTrue(o.out().isEmpty(), o::toString);
        assertFalse(o.err().isBlank(), o::toString);
        for (String line : o.err().split("\n"))
            assertTrue(line.matches(".+:\\d+:\\d+: [^ ][^:]*: .+"), () -> "not place:line:column: key: message: " + line);
        assertFalse(o.err().matches("(?s).*(Exception|Error\\b|java\\.[a-z]+\\.|\\.tmp\\b|\tat ).*"), o::toString);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.map(p -> d.relativize(p).toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ 1. data loss

    @Test
    void anEmptyOutIsRefusedAndTheCurrentFolderIsUntouched() throws Exception {
        Outcome r = channelsim("run", S24, "--days", "3", "--out", "");
        assertContract(r);
        assertTrue(r.err().startsWith("--out:1:1: out: "), r.err());
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        Outcome s = channelsim("study", st.toString(), "--days", "3", "--out", "");
        assertContract(s);
        assertFalse(Files.exists(Path.of("replicates")), "nothing written where the command was started");
    }

    @Test
    void anOutThatIsOrLiesUnderAFileIsRefusedBeforeTheRun() throws Exception {
        Path file = write("afile", "x");
        assertContract(channelsim("run", S24, "--days", "3", "--out", file.toString()));
        assertContract(channelsim("run", S24, "--days", "3", "--out", file.resolve("sub").toString()));
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        assertContract(channelsim("study", st.toString(), "--days", "3", "--out", file.resolve("sub").toString()));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anUnwritableFolderIsFoundBeforeTheSimulation() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(ro.toFile().setWritable(false) && !Files.isWritable(ro), "the file system lets us write anyway (root?)");
        try {
            Outcome o = channelsim("run", S24, "--out", ro.toString()); // a whole year: refused at once, not after it
            assertContract(o);
            assertTrue(o.err().contains("permission denied"), o.err());
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void aSecondStudyOnAFolderInUseIsRefusedWithOneLine() throws Exception {
        Path out = Files.createDirectories(dir.resolve("busy"));
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        try (FolderLock held = FolderLock.acquire(out, "--out", "study other", x -> { })) {
            List<String> before = listing(out);
            Outcome o = channelsim("study", st.toString(), "--days", "3", "--threads", "1", "--out", out.toString());
            assertContract(o);
            assertEquals(1, o.err().split("\n").length, o.err());
            assertTrue(o.err().contains("in use by another study (process " + ProcessHandle.current().pid()), o.err());
            assertEquals(before, listing(out), "the folder in use is untouched");
            Outcome m = channelsim("merge", out.toString(), "--out", out.toString());
            assertContract(m);
        }
        assertFalse(Files.exists(out.resolve(FolderLock.FILE)), "released: the lock file is deleted");
    }

    @Test
    void aStaleLockLeftByAKilledRunIsTakenOverAndReleased() throws Exception {
        Path out = Files.createDirectories(dir.resolve("stale"));
        Files.writeString(out.resolve(FolderLock.FILE), "process 999999999, study x, started 2026-01-01T00:00:00Z\n");
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        Outcome o = channelsim("study", st.toString(), "--days", "3", "--threads", "1", "--out", out.toString());
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.err().contains("process 999999999") && o.err().contains("taking it over"), o.err());
        assertFalse(Files.exists(out.resolve(FolderLock.FILE)));
    }

    // ------------------------------------------------------------------ 2. silent wrong results

    @Test
    void yaml11NumberFormsAreNeverReadAsOctalOrSexagesimal() throws Exception {
        Path ts = dir.resolve("o010"), ts10 = dir.resolve("o10");
        assertEquals(0, channelsim("run", S24, "--days", "3", "--set", "policies.french_police.officers=010", "--out", ts.toString(), "-q").status());
        assertEquals(0, channelsim("run", S24, "--days", "3", "--set", "policies.french_police.officers=10", "--out", ts10.toString(), "-q").status());
        assertEquals(Files.readString(ts10.resolve("timeseries.csv")), Files.readString(ts.resolve("timeseries.csv")), "010 is ten");
        Path oct = write("oct.yaml", "extends: " + S24 + "\nname: oct\npolicies:\n  french_police:\n    officers: 0777\n");
        Path dec = write("dec.yaml", "extends: " + S24 + "\nname: oct\npolicies:\n  french_police:\n    officers: 777\n");
        channelsim("run", oct.toString(), "--days", "3", "--out", dir.resolve("a").toString(), "-q");
        channelsim("run", dec.toString(), "--days", "3", "--out", dir.resolve("b").toString(), "-q");
        assertEquals(Files.readString(dir.resolve("b/timeseries.csv")), Files.readString(dir.resolve("a/timeseries.csv")), "0777 is 777, not 511");
        Path sexa = write("sexa.yaml", "extends: " + S24 + "\nname: sexa\ndays: 1:00\n");
        Outcome v = channelsim("validate", sexa.toString());
        assertContract(v);
        assertTrue(v.err().contains(":3:7: days: expected a whole number, got '1:00'"), v.err());
        assertContract(channelsim("run", sexa.toString(), "--out", dir.resolve("s").toString()));
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void summaryCsvLeavesUndefinedValuesEmpty() throws Exception {
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n  b: {policies.return_all.enabled: true}\n");
        Path out = dir.resolve("nan");
        assertEquals(0, channelsim("study", st.toString(), "--days", "3", "--threads", "1", "--out", out.toString(), "-q").status());
        String summary = Files.readString(out.resolve("summary.csv"));
        for (String field : summary.split("[,\n]"))
            assertFalse(List.of("NaN", "inf", "-inf").contains(field), "a NaN or infinite field: " + summary);
        assertTrue(summary.contains(",,"), "an undefined value is an empty field: " + summary);
    }

    // ------------------------------------------------------------------ 3. crashes and hangs

    @Test
    void moreOriginGroupsThanTheModelHoldsAreRefusedByValidateAndRunAlike() throws Exception {
        StringBuilder sb = new StringBuilder("extends: " + S24 + "\nname: g257\nmigrants:\n  groups:\n");
        for (int i = 0; i < 257; i++) sb.append("    g").append(i).append(": {share: 1}\n");
        Path f = write("g257.yaml", sb.toString());
        Outcome v = channelsim("validate", f.toString());
        assertContract(v);
        assertTrue(v.err().contains("migrants.groups: 257 groups; at most 256"), v.err());
        assertContract(channelsim("run", f.toString(), "--days", "3", "--out", dir.resolve("g").toString()));
    }

    @Test
    void aHugeSweepGridIsRefusedWithoutOverflow() throws Exception {
        StringBuilder sb = new StringBuilder("scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\nsweeps:\n  big:\n    grid:\n");
        String[] keys = {"policies.french_police.officers", "migrants.inflow_per_day", "scale", "policies.one_in_one_out.returns_per_week"};
        for (String k : keys) {
            sb.append("      ").append(k).append(": [");
            for (int v = 0; v < 16; v++) sb.append(v == 0 ? "" : ", ").append(v + 1);
            sb.append("]\n");
        }
        // 16^4 = 65,536 points: over the limit, and the size is said without wrapping
        Outcome o = channelsim("validate", write("grid.yaml", sb.toString()).toString());
        assertContract(o);
        assertTrue(o.err().contains("more than 10000 points (16 x 16 x 16 x 16 values)"), o.err());
    }

    @Test
    void devicesFifosHugeFilesAndDeepChainsAreRefusedBeforeReading() throws Exception {
        Path zero = write("zero.yaml", "extends: /dev/zero\nname: z\n");
        Outcome z = channelsim("validate", zero.toString());
        assertContract(z);
        assertTrue(z.err().contains("extends: not a regular file"), z.err());
        Path huge = write("huge.yaml", "name: huge\ndescription: \"" + "y".repeat(2 << 20) + "\"\n");
        Outcome h = channelsim("validate", huge.toString());
        assertContract(h);
        assertTrue(h.err().contains("settings files are limited to 1048576 bytes"), h.err());
        Path prev = write("c0.yaml", "extends: " + S24 + "\nname: c0\n");
        for (int i = 1; i <= 200; i++) prev = write("c" + i + ".yaml", "extends: c" + (i - 1) + ".yaml\nname: c" + i + "\n");
        Outcome c = channelsim("validate", prev.toString());
        assertContract(c);
        assertTrue(c.err().contains("more than 32 files deep"), c.err());
        Path fifo = dir.resolve("fifo.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "no mkfifo here");
        Outcome f = channelsim("validate", fifo.toString()); // would block for ever if it were opened
        assertContract(f);
        assertTrue(f.err().contains("not a regular file"), f.err());
    }

    // ------------------------------------------------------------------ 4. clear messages, one rule for validate and run

    @Test
    void commandLineLimitsAreTheFileLimits() throws Exception {
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        Outcome o = channelsim("study", st.toString(), "--replicates", "1000001", "--out", dir.resolve("m").toString());
        assertContract(o);
        assertTrue(o.err().contains("--replicates:1:1: replicates: 1000001 is out of range [1, 1000000]"), o.err());
        Outcome f = channelsim("validate", write("st2.yaml", "scenario: " + S24 + "\nreplicates: 1000001\nbaseline: a\npolicies:\n  a: {}\n").toString());
        assertContract(f);
        assertTrue(f.err().contains("replicates: 1000001 is out of range [1, 1000000]"), f.err());
        Path seed = write("seed.yaml", "scenario: " + S24 + "\nreplicates: 1\nseed: 2147483648\nbaseline: a\npolicies:\n  a: {}\n");
        assertEquals(0, channelsim("validate", seed.toString()).status(), "study seeds take what --seed takes");
    }

    @Test
    void namesThatCannotNameAFolderAreRefusedByValidateAndRunAlike() throws Exception {
        for (String name : List.of("\"two\\nlines\"", "n".repeat(300))) {
            Path f = write("n.yaml", "extends: " + S24 + "\nname: " + name + "\n");
            Outcome v = channelsim("validate", f.toString());
            assertContract(v);
            assertContract(channelsim("run", f.toString(), "--days", "3", "--out", dir.resolve("r").toString()));
        }
        Path st = write("st.yaml", "name: " + "s".repeat(300) + "\nscenario: " + S24 + "\nreplicates: 1\nbaseline: a\npolicies:\n  a: {}\n");
        assertContract(channelsim("validate", st.toString()));
    }

    @Test
    void anEmptyFolderIsNotAValidScenario() throws Exception {
        Outcome o = channelsim("validate", Files.createDirectories(dir.resolve("empty")).toString());
        assertContract(o);
    }

    @Test
    void emptyOrNonMapManifestsAreRefusedWithOneCleanLine() throws Exception {
        Path st = write("st.yaml", "scenario: " + S24 + "\nreplicates: 2\nbaseline: a\npolicies:\n  a: {}\n");
        Path shard = dir.resolve("s1");
        assertEquals(0, channelsim("study", st.toString(), "--days", "3", "--threads", "1", "--shard", "1/1", "--out", shard.toString(), "-q").status());
        for (String m : List.of("", "[]", "\"text\"", "{}", "{\"study\": 3}")) {
            Files.writeString(shard.resolve("manifest.json"), m);
            Outcome o = channelsim("merge", shard.toString(), "--out", dir.resolve("m").toString());
            assertContract(o);
            assertEquals(1, o.err().split("\n").length, o.err());
        }
    }

    @Test
    void ioFailuresNameNoJavaClassAndNoTemporaryFile() {
        String line = Main.ioProblem(new java.nio.file.AccessDeniedException("/x/out/.timeseries.csv.6104829.tmp"));
        assertEquals("/x/out/timeseries.csv: io: permission denied", line);
        String other = Main.ioProblem(new java.nio.file.FileSystemException("/x/a", null, "Not a directory"));
        assertEquals("/x/a: io: not a directory", other);
    }
}
