package dev.lathe.ops.tracking;

import dev.lathe.io.AtomicFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The folder under which the store keeps every artifact. The store assigns locations; clients only name an
 * artifact, and every name and stored path is checked before use: relative, no {@code ..}, {@code .} or empty
 * segments, no {@code #}, {@code ?}, backslash or control characters, the normalised result inside the root,
 * and no symbolic link on the way from the root to the file.
 */
public final class ArtifactRoot {

    private static final Pattern FORBIDDEN = Pattern.compile("[#?\\\\\\p{Cntrl}:]");

    private final Path root;

    /**
     * @param root the folder; created on first write
     */
    public ArtifactRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The root folder. */
    public Path path() {
        return root;
    }

    /**
     * Checks an artifact name given by a client, such as {@code model.lathe} or {@code plots/roc.svg}.
     *
     * @param name the name
     * @return the name, unchanged
     * @throws IllegalArgumentException naming the fault
     */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("artifact name is empty");
        }
        if (name.startsWith("/") || Path.of(name).isAbsolute()) {
            throw new IllegalArgumentException("artifact name '" + name + "' is absolute; give a relative name");
        }
        if (FORBIDDEN.matcher(name).find()) {
            throw new IllegalArgumentException("artifact name '" + name
                    + "' holds a forbidden character (#, ?, :, backslash or a control character)");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("artifact name '" + name
                        + "' has an empty, '.' or '..' segment");
            }
        }
        return name;
    }

    /**
     * The file for a store-relative path, checked to stay inside the root with no symbolic link on the way.
     *
     * @param relative a path relative to the root, as the store records it
     * @return the absolute file (which may not exist yet)
     * @throws IllegalArgumentException when the path is unsafe
     * @throws IOException when a component cannot be inspected
     */
    public Path resolve(String relative) throws IOException {
        checkName(relative);
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("artifact path '" + relative + "' leaves the artifact root " + root);
        }
        for (Path p = file; !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new IllegalArgumentException("artifact path '" + relative + "' goes through the symbolic link "
                        + p + "; links are refused inside the artifact root");
            }
        }
        return file;
    }

    /**
     * A file as stored: its size and SHA-256.
     *
     * @param sizeBytes the size
     * @param sha256 the SHA-256 in hexadecimal
     */
    public record Stored(long sizeBytes, String sha256) {
    }

    /**
     * Copies {@code source} to the store-assigned {@code relative} path, under a temporary name first, so that
     * a failure leaves nothing behind; an existing file there is never replaced.
     *
     * @param relative where, relative to the root (assigned by the store)
     * @param source the file to copy
     * @return the copy's size and SHA-256
     * @throws IllegalArgumentException when the path is unsafe, already taken, or the source is not a file
     * @throws IOException when copying fails
     */
    public Stored copyIn(String relative, Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString(), null, "not a file");
        }
        Path target = resolve(relative);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("artifact '" + relative + "' already exists; artifacts are written once");
        }
        Files.createDirectories(target.getParent());
        resolve(relative); // no link was created on the way while the folders were made
        MessageDigest digest = sha256();
        long[] size = new long[1];
        AtomicFiles.write(target, out -> {
            try (InputStream in = Files.newInputStream(source);
                    OutputStream hashed = new DigestOutputStream(nonClosing(out), digest)) {
                size[0] = in.transferTo(hashed);
            }
        });
        return new Stored(size[0], HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The file at {@code relative}, after checking that its SHA-256 is still {@code sha256}.
     *
     * @param relative the stored path
     * @param sha256 the SHA-256 recorded when it was stored
     * @return the verified file
     * @throws TamperedArtifactException when the content changed
     * @throws IOException when it cannot be read
     */
    public Path verified(String relative, String sha256) throws IOException {
        Path file = resolve(relative);
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new TamperedArtifactException(file, sha256, actual);
        }
        return file;
    }

    /**
     * Deletes a folder under the root and everything in it, never following links out of it.
     *
     * @param relative the folder, relative to the root
     * @throws IOException when deleting fails
     */
    public void deleteTree(String relative) throws IOException {
        Path dir = resolve(relative);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
