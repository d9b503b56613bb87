package channelsim.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half a file: the content goes to a temporary file in the
 * same directory (same file system, so the rename is cheap and atomic), which is then renamed over
 * the target. If writing fails the temporary file is deleted and any earlier target is left intact.
 * Parent directories are created as needed. Safe to call from several threads for different targets.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream; may throw to abandon the write. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} with what {@code body} writes (buffered). */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        // unique name, hidden, so concurrent writers and a crash never leave something that looks like output
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            readableByAll(tmp); // temp files are created owner-only; outputs are meant to be shared
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temporary files a crashed write left in {@code dir} and its sub-folders ({@code .NAME.*.tmp}),
     * which no one else can be writing: callers hold the folder's lock.
     */
    public static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir, 3)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    Files.deleteIfExists(p);
            }
        }
    }

    private static void readableByAll(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep whatever the platform gave
        }
    }
}
