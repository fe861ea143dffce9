package dev.lathe.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Test helper: copies a model file (zip) with one entry's bytes changed, to check that damage is refused. */
public final class ZipEdit {

    private ZipEdit() {
    }

    /** Copies {@code from} to {@code to}, passing the bytes of entry {@code name} through {@code change}. */
    public static void copy(Path from, Path to, String name, UnaryOperator<byte[]> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(name) ? change.apply(bytes) : bytes);
                out.closeEntry();
            }
        }
    }

    /** Reads entry {@code name} of {@code file}. */
    public static byte[] read(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                throw new IOException(file + " has no entry " + name);
            }
            return zip.getInputStream(e).readAllBytes();
        }
    }

    /** Flips the lowest bit of the last byte. */
    public static byte[] flipLastByte(byte[] bytes) {
        byte[] out = bytes.clone();
        out[out.length - 1] ^= 1;
        return out;
    }
}
