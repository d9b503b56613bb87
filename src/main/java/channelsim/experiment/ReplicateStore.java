package channelsim.experiment;

import channelsim.config.ConfigException;
import channelsim.config.Problem;
import channelsim.output.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Saved replicates of a study: {@code DIR/replicates/p<policy index>-r<replicate>.csv}, one small file per
 * finished (policy, replicate), each written temp-then-rename. A crash loses only the replicates in flight;
 * {@code --resume}, shards and {@code merge} all work from these files.
 */
public final class ReplicateStore {
    private static final Pattern FILE = Pattern.compile("p\\d+-r(\\d+)\\.csv");
    private final Path dir;
    private final String studyHash;

    public ReplicateStore(Path outDir, String studyHash) {
        this.dir = outDir.resolve("replicates");
        this.studyHash = studyHash;
    }

    public Path dir() { return dir; }

    public Path path(int policyIndex, int replicate) {
        return dir.resolve("p" + policyIndex + "-r" + replicate + ".csv");
    }

    public boolean has(int policyIndex, int replicate) { return Files.isRegularFile(path(policyIndex, replicate)); }

    public void save(ReplicateRecord r) throws IOException {
        AtomicFiles.writeString(path(r.policyIndex(), r.replicate()), r.fileText(studyHash));
    }

    /** Loads a saved replicate, refusing one made by a different study configuration. */
    public ReplicateRecord load(int policyIndex, int replicate) throws IOException, ConfigException {
        Path p = path(policyIndex, replicate);
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        checkHash(p, lines.isEmpty() ? "" : lines.get(0));
        if (lines.size() < 4) throw new IOException(p + ": truncated replicate file");
        try {
            return ReplicateRecord.parse(policyIndex, lines);
        } catch (RuntimeException e) {
            throw new IOException(p + ": malformed replicate file (" + e.getMessage() + ")", e);
        }
    }

    /** Checks that every saved replicate in the folder belongs to this study configuration. */
    public int verifyAll() throws IOException, ConfigException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!FILE.matcher(p.getFileName().toString()).matches()) continue;
                String first;
                try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    first = r.readLine();
                }
                checkHash(p, first == null ? "" : first);
                n++;
            }
        }
        return n;
    }

    /**
     * Deletes saved replicates whose replicate index {@code owned} accepts (a fresh, non-resumed run starts
     * clean, but a shard leaves other shards' files alone). Only this store's own files.
     */
    public void clear(java.util.function.IntPredicate owned) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                var m = FILE.matcher(p.getFileName().toString());
                if (m.matches() && owned.test(Integer.parseInt(m.group(1)))) Files.delete(p);
            }
        }
    }

    private void checkHash(Path p, String first) throws ConfigException {
        String want = "study_hash," + studyHash;
        if (!first.equals(want))
            throw new ConfigException(new Problem(p.toString(), 1, 1, "study_hash",
                    "saved replicate was made by a different study configuration (" + shortHash(first)
                            + ", this study " + studyHash.substring(0, 12) + "); run without --resume or choose another --out"));
    }

    private static String shortHash(String line) {
        String h = line.startsWith("study_hash,") ? line.substring("study_hash,".length()) : line;
        return h.length() > 12 ? h.substring(0, 12) : (h.isEmpty() ? "no hash" : h);
    }
}
