package dev.lathe.ops.serve;

import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model read from a {@code .lathe} file; its version is the start of the file's SHA-256, so a reload of an
 * unchanged file keeps the version and a replaced file shows a new one.
 *
 * @param file the model file
 */
public record FileModelSource(Path file) implements ModelSource {

    private static final int VERSION_HEX_DIGITS = 12;

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public ServedModel load(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        FittedPipeline pipeline = FittedPipeline.load(file);
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new ServedModel(name, digest.substring(0, VERSION_HEX_DIGITS), pipeline, describe());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
