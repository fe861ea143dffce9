package dev.lathe.ops.flow;

import dev.lathe.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run folder written as a whole or not at all: files go to a hidden staging folder beside it, and
 * {@link #commit} swaps it into place (a previous run folder of the same name is replaced). Closing without a
 * commit deletes the staging folder, so a failed run leaves nothing half-written.
 */
final class RunFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final java.util.Map<Path, Path> outside = new java.util.LinkedHashMap<>();
    private boolean committed;

    /** The staging sub-folder of files whose final place is outside the run folder. */
    private static final String OUTSIDE = ".outside";

    private RunFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing the run folder {@code dir} (its parent folders are created). */
    static RunFolder open(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        return new RunFolder(target, Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-"));
    }

    /**
     * Where to write {@code file} now: its place in the staging folder when it lies inside the run folder; else a
     * staging place from which {@link #commit} copies it to {@code file} once the run folder is in place.
     */
    Path staged(Path file) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        if (f.startsWith(target)) {
            return file(target.relativize(f).toString());
        }
        Path p = file(OUTSIDE + "/" + outside.size() + "-" + f.getFileName());
        outside.put(p, f);
        return p;
    }

    /** Drops a staged file: it will not be written. */
    void discard(Path staged) throws IOException {
        outside.remove(staged);
        Files.deleteIfExists(staged);
    }

    /** The staging path of {@code name} inside the run folder, its parent folders created. */
    Path file(String name) throws IOException {
        Path p = staging.resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    /** Writes UTF-8 text to {@code name} in the run folder. */
    void write(String name, String text) throws IOException {
        Files.writeString(file(name), text, StandardCharsets.UTF_8);
    }

    /**
     * Moves the staged folder into place, then copies each staged file whose final place is outside the run folder
     * there, atomically.
     */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
        for (var e : outside.entrySet()) {
            Path from = target.resolve(staging.relativize(e.getKey()).toString());
            Files.createDirectories(e.getValue().getParent());
            AtomicFiles.write(e.getValue(), out -> Files.copy(from, out));
        }
        deleteTree(target.resolve(OUTSIDE));
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
