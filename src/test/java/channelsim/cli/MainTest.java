package channelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit status and messages of the command line, as a user sees them. */
class MainTest {

    static final String FIXTURES = "src/test/resources/scenarios/";

    @TempDir
    Path dir;

    /** What one invocation printed and returned. */
    record Outcome(int status, String out, String err) {}

    static Outcome channelsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, out.toString(), err.toString());
    }

    /** Bad input: exit 2, every stderr line is file:line:column: ..., and no stack trace. */
    static void assertBadInput(Outcome o) {
        assertEquals(2, o.status(), o::toString);
        assertFalse(o.err().isBlank(), o::toString);
        for (String line : o.err().split("\n"))
            assertTrue(line.matches("[^:]+:\\d+:\\d+: .+"), () -> "not file:line:column: " + line);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o::toString);
    }

    @Test
    void validateSaysOkWithNameDaysAndStart() {
        Outcome o = channelsim("validate", FIXTURES + "child.yaml");
        assertEquals(0, o.status(), o::toString);
        assertEquals("ok: " + FIXTURES + "child.yaml (child, 30 days from 2024-01-01)\n", o.out());
        assertEquals("", o.err());
    }

    @Test
    void validateReportsEveryProblemAndExits2() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "days: -1\npolicies: {french_police: {oficers: 3}}\n");
        Outcome o = channelsim("validate", bad.toString());
        assertBadInput(o);
        assertEquals(bad + ":1:7: days: -1 is out of range [1, 36500]\n"
                + bad + ":2:28: policies.french_police.oficers: unknown key (did you mean 'policies.french_police.officers'?)\n", o.err());
        assertEquals("", o.out());
    }

    @Test
    void validateAcceptsAFolderOfScenarios() throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "days: 20\n");
        Files.writeString(dir.resolve("a.yaml"), "start: 2025-01-01\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        Outcome o = channelsim("validate", dir.toString());
        assertEquals(0, o.status(), o::toString);
        assertEquals("ok: " + dir.resolve("a.yaml") + " (a, 366 days from 2025-01-01)\n"
                + "ok: " + dir.resolve("b.yaml") + " (b, 20 days from 2024-01-01)\n", o.out());
    }

    @Test
    void missingFileExits2() {
        Outcome o = channelsim("validate", dir.resolve("none.yaml").toString());
        assertBadInput(o);
        assertTrue(o.err().endsWith(":1:1: file: file not found\n"), o::toString);
    }

    @Test
    void badSetExits2WithItsPosition() {
        Outcome o = channelsim("validate", FIXTURES + "child.yaml", "--set", "days=10", "--set", "policies.french_police.officers=abc");
        assertBadInput(o);
        assertEquals("--set:2:1: policies.french_police.officers: expected a number, got 'abc'\n", o.err());
    }

    @Test
    void runRejectsBadInputAndWritesNothing() {
        Path out = dir.resolve("out");
        Outcome o = channelsim("run", FIXTURES + "short.yaml", "--days", "0", "--set", "policies.french_police.officers=abc", "--out", out.toString());
        assertBadInput(o);
        assertEquals("--set:1:1: policies.french_police.officers: expected a number, got 'abc'\n"
                + "--days:1:1: days: 0 is out of range [1, 36500]\n", o.err());
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, channelsim().status());
        assertEquals(2, channelsim("no-such-command").status());
        assertEquals(2, channelsim("run").status(), "missing file argument");
        Outcome o = channelsim("run", FIXTURES + "short.yaml", "--seed", "many");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("'many' is not a long"), o::toString);
        assertFalse(o.err().contains("Exception"), o::toString);
    }

    @Test
    void describeListsEveryParameter() {
        Outcome o = channelsim("describe");
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().contains("policies.one_in_one_out.returns_per_week"), "contract key listed");
        assertTrue(o.out().contains("migrants.groups.<name>.share"), "group template listed");
        assertTrue(o.out().contains("albanian"), "default groups listed");
        assertTrue(o.out().contains("about 50 a week in the pilot"), "sources listed");
    }

    @Test
    void describeAsCsvHasOneRowPerParameterAndPerDefaultGroupsKey() {
        Outcome o = channelsim("describe", "--format", "csv");
        assertEquals(0, o.status(), o::toString);
        String[] lines = o.out().split("\n");
        assertEquals("key,type,default,unit,range,meaning,source,prior", lines[0]);
        assertTrue(o.out().contains("\nmigrants.return_salience,") && o.out().contains("\"log-uniform(0.1, 10): wide: unknown"), "priors are described");
        // every parameter, and each default group's own key of each group attribute (what posterior columns name)
        assertEquals(channelsim.config.ParameterRegistry.all().size() + 1
                + channelsim.config.ParameterRegistry.DEFAULT_GROUPS.size() * channelsim.config.ParameterRegistry.GROUP_ATTRIBUTES.size(), lines.length);
        assertTrue(o.out().contains("\nmigrants.groups.albanian.return_agreement,number,0.8,share,"), o.out());
        assertTrue(o.out().contains("\npolicies.french_police.officers,number,900,officers,\"[0, 100000]\","), o.out());
    }

    @Test
    void describeFiltersAndSpeaksMarkdown() {
        Outcome o = channelsim("describe", "one_in_one_out", "--format", "md");
        assertEquals(0, o.status(), o::toString);
        assertTrue(o.out().startsWith("| key | type | default | unit | range | meaning | source |"));
        assertTrue(o.out().contains("`policies.one_in_one_out.returns_per_week`"));
        assertFalse(o.out().contains("`days`"));
    }

    @Test
    void anOutFolderUnderAFileExits2BeforeTheRun() throws Exception {
        Path file = dir.resolve("plain.yaml");
        Files.writeString(file, "days: 1\n");
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder must go");
        // the output folder cannot be created inside a regular file: the user can fix that, so exit 2, one line
        Outcome o = channelsim("run", file.toString(), "--out", blocker.resolve("sub").toString());
        assertEquals(2, o.status(), o::toString);
        assertEquals(1, o.err().split("\n").length, o::toString);
        assertTrue(o.err().startsWith("--out:1:1: out: ") && o.err().contains("is a file"), o::toString);
        assertFalse(o.err().contains("Exception"), o::toString);
    }
}
