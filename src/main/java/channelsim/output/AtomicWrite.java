package channelsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Write-then-rename, so a reader (or a resumed study) never sees half a file. Stand-in for the CLI
 * branch's AtomicFiles until it lands.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** Something that writes a file's content to a stream. */
    public interface Body {
        void write(Writer w) throws IOException;
    }

    public static void text(Path target, String content) throws IOException {
        bytes(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void bytes(Path target, byte[] content) throws IOException {
        Path tmp = temp(target);
        try {
            Files.write(tmp, content);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Streams a large file (replicates.csv) without holding it in memory. */
    public static void stream(Path target, Body body) throws IOException {
        Path tmp = temp(target);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temp name unique to this process and thread in the target's folder (same file system, so the rename
     * is atomic). Created like any other file, so it gets the usual permissions, unlike createTempFile's 0600.
     */
    private static Path temp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        Files.deleteIfExists(tmp); // left over by a killed run of a process that had the same id
        Files.createFile(tmp);
        return tmp;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
