package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The saved-replicate store never lets a damaged record into the results: every kind of damage (an edited
 * digit, NaN, an infinity, a changed seed or replicate, a record copied over another, a file cut short or
 * emptied, stray bytes) is caught; {@code --resume} recomputes exactly the damaged records and keeps the
 * good ones, ending with the bytes of an undamaged run; {@code merge} refuses and names the file.
 */
class ReplicateStoreTest {
    @TempDir
    Path dir;

    private Study study() throws Exception {
        return StudyLoader.load(StudyFiles.write(dir, StudyFiles.STUDY));
    }

    private static StudyRunner.Options opts(Path out, boolean resume, StudyRunner.Shard shard, PrintStream log) {
        return new StudyRunner.Options(1, out, resume, shard, log, false);
    }

    private static Path segment(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.resolve(ReplicateStore.FOLDER))) {
            return s.filter(p -> p.toString().endsWith(".log")).sorted().findFirst().orElseThrow();
        }
    }

    /** Applies {@code edit} to the lines of the store's first file. */
    private static void editLines(Path out, UnaryOperator<List<String>> edit) throws Exception {
        Path seg = segment(out);
        List<String> lines = new ArrayList<>(Files.readAllLines(seg, StandardCharsets.ISO_8859_1));
        StringBuilder sb = new StringBuilder();
        for (String l : edit.apply(lines)) sb.append(l).append('\n');
        Files.writeString(seg, sb.toString(), StandardCharsets.ISO_8859_1);
    }

    /** Field {@code i} of a record line replaced (0 magic, 1 hash, 2 policy index, 3 name, 4 replicate, 5 seed, 6 payload). */
    private static String field(String line, int i, UnaryOperator<String> f) {
        String[] p = line.split(" ");
        p[i] = f.apply(p[i]);
        return String.join(" ", p);
    }

    private static String payloadValue(String line, String value) {
        return field(line, 6, pl -> {
            String[] parts = pl.split(";", -1);
            String[] totals = parts[1].split(",");
            totals[0] = value; // the arrivals total
            parts[1] = String.join(",", totals);
            return String.join(";", parts);
        });
    }

    /** The line with its checksum made to match again, as a careless tool or a forger would. */
    private static String resum(String line) {
        String body = line.substring(0, line.lastIndexOf(' '));
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.US_ASCII));
            return body + " " + java.util.HexFormat.of().formatHex(h, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    record Damage(String name, UnaryOperator<List<String>> edit, int lost) {}

    static List<Damage> damages() {
        return List.of(
                new Damage("a digit of a total edited", l -> { l.set(2, payloadValue(l.get(2), "12345")); return l; }, 1),
                new Damage("a total set to NaN", l -> { l.set(2, payloadValue(l.get(2), "NaN")); return l; }, 1),
                new Damage("a total set to -inf", l -> { l.set(2, payloadValue(l.get(2), "-inf")); return l; }, 1),
                new Damage("the seed changed", l -> { l.set(1, field(l.get(1), 5, s -> s + "1")); return l; }, 1),
                new Damage("the replicate number changed", l -> { l.set(1, field(l.get(1), 4, r -> "9")); return l; }, 1),
                new Damage("one record copied over another", l -> { l.set(1, l.get(3)); return l; }, 1),
                new Damage("a wrong seed under a valid checksum", l -> { l.set(1, resum(field(l.get(1), 5, x -> "42"))); return l; }, 1),
                new Damage("another policy's name under a valid checksum", l -> { l.set(1, resum(field(l.get(1), 3, x -> "no-scheme-2"))); return l; }, 1),
                new Damage("a total of NaN under a valid checksum", l -> { l.set(1, resum(payloadValue(l.get(1), "NaN"))); return l; }, 1),
                new Damage("the file cut short", l -> {
                    String last = l.remove(l.size() - 1);
                    l.add(last.substring(0, last.length() / 2));
                    return l;
                }, 1),
                new Damage("the file emptied", l -> new ArrayList<>(), -1),
                new Damage("stray bytes in a record", l -> { l.set(0, l.get(0).replaceFirst(",", ",\u00ff")); return l; }, 1));
    }

    @Test
    void everyDamageIsCaughtAndResumeRecomputesOnlyTheDamagedRecords() throws Exception {
        Study s = study();
        Path clean = dir.resolve("clean");
        Studies.run(s, opts(clean, false, null, null), FakeModel::run);
        int total = s.policies().size() * s.replicates();
        for (Damage d : damages()) {
            Path out = dir.resolve("d" + Math.abs(d.name().hashCode()));
            Studies.run(s, opts(out, false, null, null), FakeModel::run);
            int inFile = Files.readAllLines(segment(out)).size();
            editLines(out, d.edit());
            try (ReplicateStore store = new ReplicateStore(out, s.info(""))) {
                ReplicateStore.Scan scan = store.scan();
                int lost = d.lost() < 0 ? inFile : d.lost();
                assertEquals(total - lost, scan.good(), d.name() + ": usable records");
                if (d.lost() > 0) assertFalse(scan.damage().isEmpty(), d.name() + ": reported");
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            Studies.Report rep = Studies.run(s, opts(out, true, null, new PrintStream(log, true, StandardCharsets.UTF_8)), FakeModel::run);
            int lost = d.lost() < 0 ? inFile : d.lost();
            assertEquals(lost, rep.outcome().computed(), d.name() + ": only the damaged records are recomputed");
            for (String f : StudyRunnerTest.SAME)
                assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), d.name() + ": " + f);
            if (d.lost() > 0)
                assertTrue(log.toString(StandardCharsets.UTF_8).contains(segment(out).getFileName() + ":"), d.name() + ": the file is named: " + log);
            try (ReplicateStore store = new ReplicateStore(out, s.info(""))) {
                assertTrue(store.scan().damage().isEmpty(), d.name() + ": the damaged record is gone after resume");
            }
        }
    }

    @Test
    void mergeRefusesADamagedShardAndNamesTheFile() throws Exception {
        Study s = study();
        for (int k = 1; k <= 2; k++) Studies.run(s, opts(dir.resolve("s" + k), false, new StudyRunner.Shard(k, 2), null), FakeModel::run);
        for (Damage d : damages()) {
            if (d.lost() < 0) continue; // an emptied file is a missing shard part, below
            Path bad = dir.resolve("bad" + Math.abs(d.name().hashCode()));
            copy(dir.resolve("s2"), bad);
            editLines(bad, d.edit());
            Path out = dir.resolve("m" + Math.abs(d.name().hashCode()));
            ConfigException e = assertThrows(ConfigException.class, () -> Studies.merge(List.of(dir.resolve("s1"), bad), out), d.name());
            Problem p = e.problems().get(0);
            assertTrue(p.file().endsWith(segment(bad).getFileName().toString()), d.name() + ": " + p);
            assertFalse(Files.exists(out.resolve("summary.csv")), d.name() + ": nothing merged");
        }
        Path emptied = dir.resolve("emptied");
        copy(dir.resolve("s2"), emptied);
        Files.writeString(segment(emptied), "");
        ConfigException e = assertThrows(ConfigException.class, () -> Studies.merge(List.of(dir.resolve("s1"), emptied), dir.resolve("me")));
        assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
    }

    @Test
    void resumeRefusesAFolderOfAnotherStudyWithoutTouchingIt() throws Exception {
        Study s = study();
        Path out = dir.resolve("x");
        Studies.run(s, opts(out, false, null, null), FakeModel::run);
        byte[] before = Files.readAllBytes(segment(out));
        Files.writeString(dir.resolve("study.yaml"), StudyFiles.STUDY.replace("seed: 20250806", "seed: 7"));
        Study other = StudyLoader.load(dir.resolve("study.yaml"));
        ConfigException e = assertThrows(ConfigException.class, () -> Studies.run(other, opts(out, true, null, null), FakeModel::run));
        assertTrue(e.getMessage().contains("different study configuration"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(segment(out)));
    }

    @Test
    void leftoverTemporaryFilesAreRemovedByTheNextRun() throws Exception {
        Study s = study();
        Path out = dir.resolve("t");
        Files.createDirectories(out.resolve("charts"));
        Path stale = Files.writeString(out.resolve(".summary.csv.123456.tmp"), "half");
        Path staleChart = Files.writeString(out.resolve("charts/.deterrence.png.99.tmp"), "half");
        Studies.run(s, opts(out, false, null, null), FakeModel::run);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleChart));
    }

    @Test
    void aRecordCutShortByACrashIsDroppedBeforeTheWorkerAppends() throws Exception {
        Study s = study();
        Path out = dir.resolve("cut");
        Studies.run(s, opts(out, false, null, null), FakeModel::run);
        Path seg = segment(out);
        byte[] b = Files.readAllBytes(seg);
        Files.write(seg, Arrays.copyOf(b, b.length - 7));
        Studies.run(s, opts(out, true, null, null), FakeModel::run);
        List<String> lines = Files.readAllLines(seg);
        assertEquals(s.policies().size() * s.replicates(), lines.size(), "one line per record again");
        try (ReplicateStore store = new ReplicateStore(out, s.info(""))) {
            assertTrue(store.scan().damage().isEmpty());
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
