package dev.lathe.frame.csv;

/**
 * A run of whole CSV records cut from the input.
 *
 * @param bytes      the UTF-8 bytes (only {@code [0, length)} belong to the chunk)
 * @param byteOffset position of the first byte in the input, for error messages
 * @param firstLine  1-based line number of the first byte
 */
record Chunk(byte[] bytes, int length, long byteOffset, long firstLine) {
}
