package channelsim.calibration;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Every simulation a calibration has run, appended as it finishes: its index, and its simulated values
 * (none when it was stopped early). A resumed calibration replays the algorithm from the start and takes
 * each simulation from here instead of running it again, so it takes the same decisions and writes the same
 * posterior as an uninterrupted one. The header holds a fingerprint of the settings and data; a journal
 * made under other settings is refused. A record cut short by a crash is ignored (it is simply rerun).
 */
final class Journal implements AutoCloseable {
    private static final int MAGIC = 0x43534A31; // "CSJ1"
    private final Map<Integer, double[]> done = new HashMap<>();
    private final DataOutputStream out;

    static final double[] STOPPED = new double[0];

    private Journal(Path file, String fingerprint, boolean resume) throws IOException {
        boolean append = resume && Files.exists(file);
        if (append) {
            long good = read(file, fingerprint);
            // drop a half-written last record so appends line up
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) { ch.truncate(good); }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream os = Files.newOutputStream(file, append ? new StandardOpenOption[] {StandardOpenOption.APPEND}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE});
        out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        if (!append) {
            out.writeInt(MAGIC);
            out.writeUTF(fingerprint);
            out.flush();
        }
    }

    static Journal open(Path file, String fingerprint, boolean resume) throws IOException { return new Journal(file, fingerprint, resume); }

    /** Thrown when a journal to resume was made under other settings or data. */
    static final class Mismatch extends IOException {
        Mismatch(String m) { super(m); }
    }

    private long read(Path file, String fingerprint) throws IOException {
        long good;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) throw new Mismatch(file + " is not a calibration journal");
            String fp = in.readUTF();
            if (!fp.equals(fingerprint))
                throw new Mismatch(file + " was written by a calibration with other settings, targets or model version; start again without --resume");
            good = 4 + 2 + fp.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            while (true) {
                try {
                    int index = in.readInt(), n = in.readInt();
                    double[] v = n == 0 ? STOPPED : new double[n];
                    for (int k = 0; k < n; k++) v[k] = in.readDouble();
                    done.put(index, v);
                    good += 8 + 8L * n;
                } catch (EOFException cut) {
                    break;
                }
            }
        }
        return good;
    }

    /** The values of simulation index if it was run before (STOPPED if stopped early), else null. */
    double[] get(int index) { return done.get(index); }

    int size() { return done.size(); }

    synchronized void add(int index, double[] values) throws IOException {
        out.writeInt(index);
        out.writeInt(values == null ? 0 : values.length);
        if (values != null) for (double v : values) out.writeDouble(v);
    }

    synchronized void flush() throws IOException { out.flush(); }

    @Override
    public synchronized void close() throws IOException { out.close(); }
}
