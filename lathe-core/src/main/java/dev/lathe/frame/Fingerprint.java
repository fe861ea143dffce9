package dev.lathe.frame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a frame's content (column names, types and every value in row order), so that a model can
 * record exactly which data it was trained on. Equal frames give equal fingerprints, whatever their
 * storage (views or copies, level order of categorical columns).
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The hex SHA-256 of {@code frame}'s content. */
    public static String of(Frame frame) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
        for (Column c : frame.columns()) {
            text(digest, c.name());
            text(digest, c.type().label());
            for (int i = 0; i < c.size(); i++) {
                if (buffer.remaining() < 9) {
                    flush(digest, buffer);
                }
                if (c.isMissing(i)) {
                    buffer.put((byte) 0);
                } else if (c instanceof NumericColumn n) {
                    buffer.put((byte) 1).putLong(Double.doubleToLongBits(n.get(i)));
                } else if (c instanceof TimestampColumn t) {
                    buffer.put((byte) 1).putLong(t.epochMillis(i));
                } else if (c instanceof BooleanColumn b) {
                    buffer.put((byte) 1).put(b.raw(i));
                } else {
                    flush(digest, buffer);
                    digest.update((byte) 1);
                    text(digest, c.format(i));
                }
            }
            flush(digest, buffer);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static void flush(MessageDigest digest, ByteBuffer buffer) {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
    }
}
