package channelsim.output;

import channelsim.config.ConfigException;
import channelsim.config.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * One study at a time per folder: {@code DIR/study.lock} holds the owner's process id and start time while a
 * study, resume or merge writes to the folder, and is deleted when it ends. The lock itself is the operating
 * system's lock on that file, which dies with its process: a lock file left by a killed run is stale, noticed
 * and taken over; a live one makes a second study exit 2 at once, before it touches anything.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = "study.lock";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (which must exist) for {@code what} (e.g. "study one-in-one-out").
     *
     * @param place where a refusal is reported (the --out option, or the folder)
     * @param notes receives a line when a stale lock is taken over
     * @throws ConfigException if another process (or this one) holds it
     */
    public static FolderLock acquire(Path dir, String place, String what, Consumer<String> notes) throws ConfigException, IOException {
        Path path = dir.resolve(FILE);
        for (int attempt = 0; ; attempt++) {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // this process holds it already
            }
            if (l == null) {
                String owner = read(ch).replace('\n', ' ').trim();
                ch.close();
                throw new ConfigException(new Problem(place, 1, 1, "out", dir + " is in use by another study"
                        + (owner.isEmpty() ? "" : " (" + owner + ")") + "; wait for it to end, or choose another --out"));
            }
            // the owner deletes the file before releasing it: a lock won on a deleted file is no lock, try again
            if (!Files.exists(path) && attempt < 3) {
                l.release();
                ch.close();
                continue;
            }
            String before = read(ch).trim();
            if (!before.isEmpty())
                notes.accept("note: " + path + " was left by a run that ended without releasing it (" + before.replace('\n', ' ')
                        + ", no longer running); taking it over");
            ch.truncate(0);
            String me = "process " + ProcessHandle.current().pid() + ", " + what + ", started "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return new FolderLock(path, ch, l);
        }
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
