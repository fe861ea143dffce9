package dev.lathe.frame.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Where CSV bytes come from: a file or an in-memory array; gzip is recognised by its magic bytes. */
final class InputSource {

    private final String name;
    private final Path path;
    private final byte[] bytes;

    private InputSource(String name, Path path, byte[] bytes) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    static InputSource of(Path path) {
        return new InputSource(path.toString(), path, null);
    }

    static InputSource of(String name, byte[] bytes) {
        return new InputSource(name, null, bytes);
    }

    String name() {
        return name;
    }

    /** A fresh stream of the (decompressed) bytes; may be called more than once. */
    InputStream open() throws IOException {
        InputStream raw = path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
