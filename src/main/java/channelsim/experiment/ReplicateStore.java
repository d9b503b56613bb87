package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The saved replicates of a study: {@code DIR/replicates/<run>-w<k>.log}, one append-only file per worker
 * thread of each run (a run that resumes adds its own files), one record per line:
 * <pre>
 * r1 STUDY_HASH POLICY_INDEX POLICY_NAME REPLICATE SEED PAYLOAD CHECKSUM
 * </pre>
 * where PAYLOAD is {@link ReplicateRecord#payload()} and CHECKSUM the first 32 hex digits of the SHA-256 of the
 * line before it. A record is used only if its checksum matches, its study hash is this study's, its identity
 * (policy index and name, replicate, seed) is one this study would run, and every value is a finite number
 * ({@link #scan}). A crash can at worst leave the last line of a file cut short: that record is damaged and
 * recomputed on resume, the rest are kept. Outputs never depend on which file or order records were saved in:
 * they are read back in (policy, replicate) order.
 */
public final class ReplicateStore implements Closeable {
    public static final String FOLDER = "replicates";
    static final String SUFFIX = ".log";
    private static final String MAGIC = "r1";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.log");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,128}");
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern SEED = Pattern.compile("-?(0|[1-9][0-9]{0,18})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** No record is near this long (about 40 bytes per total and per week); longer lines are damage. */
    private static final int MAX_LINE = 1 << 20;

    /** A damaged or unusable record: the file, the 1-based line and what is wrong. */
    public record Damage(Path file, long line, String what) {
        @Override
        public String toString() { return file + ":" + line + ": " + what; }
    }

    /**
     * What {@link #scan} found: usable records, damaged ones (with the files holding them) and well-formed
     * records of another study configuration ({@code foreign}, the first such file in {@code foreignFile}).
     */
    public record Scan(int good, List<Damage> damage, Set<Path> damagedFiles, int foreign, Path foreignFile) {}

    private final Path dir;
    private final StudyInfo info;
    private final int np, nr;
    /** Where each good (policy, replicate) record is: segment index, byte offset and length; -1 if none. */
    private int[] segment;
    private long[] offset;
    private int[] length;
    private final List<Path> segments = new ArrayList<>();
    private final Map<Integer, FileChannel> readers = new HashMap<>();

    public ReplicateStore(Path outDir, StudyInfo info) {
        this.dir = outDir.resolve(FOLDER);
        this.info = info;
        this.np = info.policies().size();
        this.nr = info.replicates();
    }

    public Path dir() { return dir; }

    // ------------------------------------------------------------------ writing

    /**
     * An append-only file of records, written by one thread. A plain file stream, not an interruptible
     * channel: a replicate finishing while its study is being stopped still saves whole.
     */
    public final class Segment implements Closeable {
        private final Path path;
        private final FileOutputStream out;

        private Segment(Path path) throws IOException {
            Files.createDirectories(dir);
            this.path = path;
            dropCutTail(path);
            this.out = new FileOutputStream(path.toFile(), true);
        }

        public Path path() { return path; }

        /** Appends one record in a single write, so a killed process leaves whole records (at most one cut short). */
        public synchronized void append(ReplicateRecord r) throws IOException {
            out.write(line(r).getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                out.getFD().sync();
            } finally {
                out.close();
            }
        }
    }

    /**
     * The segment file of worker {@code worker} ({@code w<worker>.log}), appended to if an earlier run left it
     * (the caller holds the folder's lock, so no one else writes it).
     */
    public Segment newSegment(int worker) throws IOException {
        return new Segment(dir.resolve("w" + worker + SUFFIX));
    }

    /** A named segment file (e.g. a merged shard's), appended to like a worker's. */
    public Segment newSegment(String name) throws IOException {
        return new Segment(dir.resolve(name + SUFFIX));
    }

    /** Cuts a record a crash left unfinished at the end of a file, so that appended records start on a line of their own. */
    private static void dropCutTail(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = ch.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                ch.read(one, end - 1);
                if (one.get(0) == '\n') break;
                end--;
            }
            if (end < ch.size()) ch.truncate(end);
        }
    }

    /** The text of one record, with its end of line. */
    String line(ReplicateRecord r) {
        String body = MAGIC + ' ' + info.studyHash() + ' ' + r.policyIndex() + ' ' + r.policy() + ' ' + r.replicate() + ' '
                + r.seed() + ' ' + r.payload();
        return body + ' ' + checksum(body.getBytes(StandardCharsets.US_ASCII), body.length()) + '\n';
    }

    private static String checksum(byte[] b, int len) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, 0, len);
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    // ------------------------------------------------------------------ reading and verifying

    /** The store's segment files, by name. */
    private List<Path> segmentFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) if (SEGMENT.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) out.add(p);
        }
        out.sort(null);
        return out;
    }

    /** One line of a segment file as read: its bytes (without the end of line), offset, number, whether complete. */
    private record Line(byte[] bytes, long offset, long number, boolean ended) {}

    @FunctionalInterface
    private interface LineSink {
        void accept(Line l) throws IOException;
    }

    private static void lines(Path file, LineSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream cur = new ByteArrayOutputStream(1024);
            long off = 0, start = 0, n = 0;
            boolean tooLong = false;
            int c;
            while ((c = in.read()) >= 0) {
                off++;
                if (c == '\n') {
                    sink.accept(new Line(tooLong ? null : cur.toByteArray(), start, ++n, true));
                    cur.reset();
                    tooLong = false;
                    start = off;
                } else if (!tooLong) {
                    if (cur.size() >= MAX_LINE) tooLong = true;
                    else cur.write(c);
                }
            }
            if (off > start) sink.accept(new Line(tooLong ? null : cur.toByteArray(), start, ++n, false));
        }
    }

    /** A record checked on its own; {@code error} is null when usable, {@code foreign} when of another study. */
    private record Checked(ReplicateRecord record, String error, boolean foreign) {}

    private Checked check(Line l) {
        if (l.bytes() == null) return bad("line too long");
        if (!l.ended()) return bad("cut short (the file ends inside this record)");
        byte[] b = l.bytes();
        for (byte x : b) if (x < 0x20 || x > 0x7e) return bad("unexpected byte 0x" + HexFormat.of().toHexDigits(x));
        String text = new String(b, StandardCharsets.US_ASCII);
        int sp = text.lastIndexOf(' ');
        if (sp < 0) return bad("not a replicate record");
        if (!text.substring(sp + 1).equals(checksum(b, sp))) return bad("checksum does not match the content (edited or damaged)");
        String[] f = text.substring(0, sp).split(" ", -1);
        if (f.length != 7 || !f[0].equals(MAGIC)) return bad("not a replicate record of this version");
        if (!HASH.matcher(f[1]).matches()) return bad("malformed study hash");
        if (!f[1].equals(info.studyHash())) return new Checked(null, "made by another study configuration", true);
        if (!INDEX.matcher(f[2]).matches() || !INDEX.matcher(f[4]).matches() || !SEED.matcher(f[5]).matches()
                || !NAME.matcher(f[3]).matches())
            return bad("malformed identity");
        int p = Integer.parseInt(f[2]), r = Integer.parseInt(f[4]);
        long seed = Long.parseLong(f[5]);
        if (p >= np || !info.policies().get(p).name().equals(f[3]))
            return bad("policy " + f[2] + " '" + f[3] + "' is not a policy of this study");
        if (r < 1) return bad("replicate " + r + " does not exist");
        if (seed != Seeds.replicateSeed(info.seed(), r))
            return bad("seed " + seed + " is not the seed of replicate " + r + " (" + Seeds.replicateSeed(info.seed(), r) + ")");
        try {
            return new Checked(ReplicateRecord.parse(p, f[3], r, seed, f[6], info.weeks()), null, false);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    private static Checked bad(String why) { return new Checked(null, why, false); }

    /**
     * Reads every record, verifies each (checksum, study, identity, finite values, shape) and indexes the
     * usable ones of replicates 1..N. Two different records of one (policy, replicate) are both damaged; of
     * identical copies the first is used and the others reported. Nothing is changed on disk.
     */
    public Scan scan() throws IOException {
        closeReaders();
        segment = new int[np * nr];
        offset = new long[np * nr];
        length = new int[np * nr];
        Arrays.fill(segment, -1);
        segments.clear();
        List<Damage> damage = new ArrayList<>();
        Set<Path> damaged = new LinkedHashSet<>();
        Map<Integer, Long> firstLine = new HashMap<>();
        Set<Integer> conflicting = new LinkedHashSet<>();
        int[] foreign = {0};
        Path[] foreignFile = {null};
        for (Path file : segmentFiles()) {
            int s = segments.size();
            segments.add(file);
            lines(file, l -> {
                Checked c = check(l);
                if (c.foreign()) {
                    if (foreign[0]++ == 0) foreignFile[0] = file;
                    return;
                }
                if (c.error() != null) {
                    damage.add(new Damage(file, l.number(), c.error()));
                    damaged.add(file);
                    return;
                }
                ReplicateRecord rec = c.record();
                if (rec.replicate() > nr) return; // a larger study's record: kept, not used
                int k = rec.policyIndex() * nr + rec.replicate() - 1;
                if (segment[k] < 0) {
                    segment[k] = s;
                    offset[k] = l.offset();
                    length[k] = l.bytes().length;
                    firstLine.put(k, l.number());
                } else {
                    // a run never saves a replicate twice: a second copy was put there by hand or by a copy gone wrong
                    boolean same = Arrays.equals(l.bytes(), readLine(k));
                    if (!same) conflicting.add(k);
                    damage.add(new Damage(file, l.number(), "a second" + (same ? " copy of the" : ", different") + " record of policy "
                            + rec.policy() + " replicate " + rec.replicate() + " (first in " + segments.get(segment[k]).getFileName()
                            + " line " + firstLine.get(k) + ")"));
                    damaged.add(file);
                    if (!same) damaged.add(segments.get(segment[k]));
                }
            });
        }
        for (int k : conflicting) segment[k] = -1; // neither copy can be trusted
        int good = 0;
        for (int x : segment) if (x >= 0) good++;
        return new Scan(good, damage, damaged, foreign[0], foreignFile[0]);
    }

    /** Scans and refuses a folder holding another study configuration's records (exit 2). */
    public Scan scanForThisStudy() throws IOException, ConfigException {
        Scan s = scan();
        if (s.foreign() > 0)
            throw new ConfigException(new Problem(s.foreignFile().toString(), 1, 1, "study_hash",
                    s.foreign() + " saved replicate(s) were made by a different study configuration (not "
                            + info.studyHash().substring(0, 12) + "); choose another --out, or run without --resume to replace them"));
        return s;
    }

    /** Whether a usable record of (policy, replicate) was found by the last {@link #scan}. */
    public boolean has(int policyIndex, int replicate) {
        if (segment == null) throw new IllegalStateException("scan first");
        return replicate >= 1 && replicate <= nr && segment[policyIndex * nr + replicate - 1] >= 0;
    }

    /** Where a record is, for messages: its file. */
    public Path fileOf(int policyIndex, int replicate) {
        int s = has(policyIndex, replicate) ? segment[policyIndex * nr + replicate - 1] : -1;
        return s < 0 ? dir : segments.get(s);
    }

    /** Reads a record found by the last scan, verifying it again (the file may have changed since). */
    public ReplicateRecord load(int policyIndex, int replicate) throws IOException {
        if (!has(policyIndex, replicate))
            throw new IOException(dir + ": no saved record of policy " + info.policies().get(policyIndex).name() + " replicate " + replicate);
        int k = policyIndex * nr + replicate - 1;
        Checked c = check(new Line(readLine(k), offset[k], 0, true));
        if (c.error() != null) throw new IOException(segments.get(segment[k]) + ": changed while in use: " + c.error());
        return c.record();
    }

    private byte[] readLine(int k) throws IOException {
        FileChannel ch = readers.get(segment[k]);
        if (ch == null) {
            ch = FileChannel.open(segments.get(segment[k]), StandardOpenOption.READ);
            readers.put(segment[k], ch);
        }
        ByteBuffer b = ByteBuffer.allocate(length[k]);
        long pos = offset[k];
        while (b.hasRemaining()) {
            int n = ch.read(b, pos + b.position());
            if (n < 0) throw new IOException(segments.get(segment[k]) + ": cut short while in use");
        }
        return b.array();
    }

    private void closeReaders() throws IOException {
        for (FileChannel c : readers.values()) c.close();
        readers.clear();
    }

    @Override
    public void close() throws IOException { closeReaders(); }

    // ------------------------------------------------------------------ repairing and clearing

    /**
     * Rewrites each of {@code files} (atomically) with only its usable records, dropping the damaged ones
     * (which a resume then recomputes); a file left with none is deleted. Rescan afterwards.
     */
    public void dropDamaged(Set<Path> files) throws IOException {
        closeReaders();
        for (Path file : files) {
            int s = segments.indexOf(file);
            ByteArrayOutputStream keep = new ByteArrayOutputStream();
            lines(file, l -> {
                Checked c = check(l);
                if (c.error() != null && !c.foreign()) return;
                if (c.record() != null) {
                    int k = c.record().replicate() <= nr ? c.record().policyIndex() * nr + c.record().replicate() - 1 : -1;
                    // only the copy the scan indexed survives: conflicting and repeated copies go
                    if (k >= 0 && (segment == null || segment[k] != s || offset[k] != l.offset())) return;
                }
                keep.write(l.bytes());
                keep.write('\n');
            });
            if (keep.size() == 0) Files.deleteIfExists(file);
            else AtomicFiles.write(file, keep.toByteArray());
        }
    }

    /**
     * Deletes the records of the replicates {@code owned} accepts (a fresh, non-resumed run starts clean, but a
     * shard leaves other shards' records alone), and any file in the old one-file-per-replicate layout.
     */
    public void clear(IntPredicate owned) throws IOException {
        closeReaders();
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "p*-r*.csv")) {
            for (Path p : ds) if (p.getFileName().toString().matches("p\\d+-r(\\d+)\\.csv")) Files.delete(p);
        }
        for (Path file : segmentFiles()) {
            ByteArrayOutputStream keep = new ByteArrayOutputStream();
            boolean[] dropped = {false};
            lines(file, l -> {
                String[] f = l.bytes() == null || !l.ended() ? new String[0] : new String(l.bytes(), StandardCharsets.US_ASCII).split(" ");
                boolean mine = f.length < 5 || !INDEX.matcher(f[4]).matches() || owned.test(Integer.parseInt(f[4]));
                if (mine) dropped[0] = true;
                else {
                    keep.write(l.bytes());
                    keep.write('\n');
                }
            });
            if (keep.size() == 0) Files.delete(file);
            else if (dropped[0]) AtomicFiles.write(file, keep.toByteArray());
        }
    }

    /** Copies the usable records of {@code from} (scanned) for replicates {@code owned} accepts into one new segment. */
    public void copyFrom(ReplicateStore from, IntPredicate owned, String name) throws IOException {
        try (Segment out = newSegment(name)) {
            for (int p = 0; p < np; p++)
                for (int r = 1; r <= nr; r++)
                    if (owned.test(r) && from.has(p, r)) out.append(from.load(p, r));
        }
    }
}
