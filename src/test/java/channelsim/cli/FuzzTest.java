package channelsim.cli;

import channelsim.config.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static channelsim.cli.MainTest.Outcome;
import static channelsim.cli.MainTest.channelsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A seeded fuzz suite: 320 hostile variants of the shipped scenario and study files ({@link Mutator}). Each is
 * validated, then run (scenarios, 3 days) or studied (studies, 3 days, one replicate): every command exits 0
 * or 2, prints on stderr only lines of the contract ({@code place:line:column: key: message}), validate and
 * run/study agree, and a refused case leaves no output folder while an accepted one leaves every output and
 * no temporary file.
 */
class FuzzTest {
    static final int CASES = 320;
    static final long SEED = 18;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 110, unit = TimeUnit.SECONDS)
    void hostileFilesGiveExit0Or2AndContractLinesOnly() throws Exception {
        Path scenarios = Files.createDirectories(root.resolve("scenarios")), studies = Files.createDirectories(root.resolve("studies"));
        List<Path> bases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("models/scenarios"))) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) bases.add(Files.copy(p, scenarios.resolve(p.getFileName())));
        }
        for (String st : List.of("one-in-one-out.yaml", "seed-policies.yaml"))
            bases.add(Files.copy(Path.of("models/studies", st), studies.resolve(st)));
        Map<Mutator.Kind, int[]> tally = new EnumMap<>(Mutator.Kind.class); // kind -> {exit 0, exit 2}
        int ran = 0;
        for (int i = 0; i < CASES; i++) {
            Path base = bases.get(i % bases.size());
            boolean study = base.getParent().equals(studies);
            Random rnd = new Random(SEED * 1_000_003 + i);
            Mutator.Kind kind = Mutator.Kind.values()[rnd.nextInt(Mutator.Kind.values().length)];
            byte[] bytes = Mutator.mutate(Files.readString(base), kind, rnd, scenarios.toAbsolutePath().toString());
            Path f = Files.write(base.resolveSibling("case-" + i + ".yaml"), bytes);
            String what = "case " + i + " (" + kind + " of " + base.getFileName() + ")";

            Outcome v = channelsim("validate", f.toString());
            assertContract(v, what + ": validate");
            if (v.status() == 0) assertTrue(v.out().startsWith("ok: "), what + ": " + v);
            tally.computeIfAbsent(kind, x -> new int[2])[v.status() == 0 ? 0 : 1]++;

            // every refused case is run too (cheap), and accepted ones for every third case (a real simulation)
            if (v.status() == 0 && i % 3 != 0) continue;
            // validate checks a file as what it looks like: a study file cut before its study keys is a scenario
            if (v.status() == 0) study = v.out().contains(" (study ");
            Path out = root.resolve("out/case-" + i);
            Outcome r = study ? channelsim("study", f.toString(), "--days", "3", "--replicates", "1", "--threads", "1", "--out", out.toString(), "-q")
                    : channelsim("run", f.toString(), "--days", "3", "--set", "scale=0.05", "--out", out.toString(), "-q");
            ran++;
            assertContract(r, what + ": " + (study ? "study" : "run"));
            assertEquals(v.status(), r.status(), what + ": validate and " + (study ? "study" : "run") + " disagree: " + v + " / " + r);
            if (r.status() == 2) assertFalse(Files.exists(out), what + ": refused, yet wrote " + out);
            else {
                for (String o : study ? List.of("replicates.csv", "summary.csv", "report.html", "manifest.json") : List.of("timeseries.csv", "summary.json"))
                    assertTrue(Files.isRegularFile(out.resolve(o)), what + ": no " + o);
                try (Stream<Path> s = Files.walk(out)) {
                    s.forEach(p -> assertFalse(p.getFileName().toString().endsWith(".tmp"), what + ": left " + p));
                }
            }
        }
        int accepted = 0;
        for (int[] t : tally.values()) accepted += t[0];
        assertTrue(accepted > 10 && accepted < CASES - 100, "the mutations should mostly break files, not all: " + accepted + " accepted");
        assertTrue(ran >= 100, "ran " + ran);
    }

    /** Exit 0 or 2, stderr only contract lines (problems, or notes in the same form), never a stack trace. */
    static void assertContract(Outcome o, String what) {
        if (o.status() != 0 && o.status() != 2) fail(what + ": exit " + o.status() + ": " + o.err());
        for (String line : o.err().split("\n")) {
            if (line.isEmpty()) continue;
            if (!line.matches(".+:\\d+:\\d+: [^ ][^:]*: .+")) fail(what + ": not a contract line: " + line);
        }
        if (o.err().matches("(?s).*(Exception|\\bError\\b|java\\.[a-z]+\\.|\\.tmp\\b|\tat ).*")) fail(what + ": Java leaked: " + o.err());
    }
}
