package channelsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is either the old one or the new one, never half of either. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplaces() throws Exception {
        Path f = dir.resolve("sub/out.csv");
        AtomicFiles.writeString(f, "first\n");
        AtomicFiles.writeString(f, "second\n");
        assertEquals("second\n", Files.readString(f));
        assertEquals(List.of("sub"), names(), "parent created, no temporary files left");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileIntact() throws Exception {
        Path f = dir.resolve("summary.json");
        AtomicFiles.writeString(f, "{\"good\": 1}\n");
        IOException boom = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("{\"half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", boom.getMessage());
        assertEquals("{\"good\": 1}\n", Files.readString(f));
        assertEquals(List.of("summary.json"), names(), "the temporary file is removed");
    }

    @Test
    void aFailedFirstWriteLeavesNothing() throws Exception {
        Path f = dir.resolve("new.csv");
        assertThrows(RuntimeException.class, () -> AtomicFiles.write(f, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), names());
    }
}
