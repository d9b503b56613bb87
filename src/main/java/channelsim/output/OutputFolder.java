package channelsim.output;

import channelsim.config.ConfigException;
import channelsim.config.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output folders are checked and created before any simulation, so that a bad {@code --out} costs a second,
 * not a run: it must name a folder (not be empty, not be or lie under a regular file) that can be created and
 * written to. Problems are input errors, placed at the option when the user gave one.
 */
public final class OutputFolder {
    private OutputFolder() {}

    /**
     * Creates {@code dir} if needed and checks that files can be written in it.
     *
     * @param option the option that named it ("out"), or null for a default folder
     */
    public static Path prepare(Path dir, String option) throws ConfigException {
        String place = option != null ? "--" + option : dir.toString();
        String key = option != null ? option : "out";
        if (dir.toString().isBlank())
            throw new ConfigException(new Problem(place, 1, 1, key, "must name a folder (it is empty); e.g. --out runs/my-study"));
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent())
            if (Files.exists(p) && !Files.isDirectory(p))
                throw new ConfigException(new Problem(place, 1, 1, key, p.equals(dir.toAbsolutePath().normalize())
                        ? dir + " is a file, not a folder" : dir + " cannot be a folder: " + p + " is a file"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException(new Problem(place, 1, 1, key, "cannot create the folder " + dir + reason(e)));
        }
        if (!Files.isWritable(dir))
            throw new ConfigException(new Problem(place, 1, 1, key, "cannot write in the folder " + dir + ": permission denied"));
        return dir;
    }

    /** The operating system's reason for a failure, as ": reason" (no Java class, no file name), or "". */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return ": permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return ": no such file or folder";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return ": already exists";
        if (e instanceof java.nio.file.NotDirectoryException) return ": not a folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null && !f.getReason().isBlank())
            return ": " + f.getReason().toLowerCase(java.util.Locale.ROOT);
        return "";
    }
}
