package dev.lathe.persist;

/** A model file that cannot be written or is refused on loading (corrupt, truncated, unsafe, unknown). */
public final class ModelFileException extends RuntimeException {

    /** @param message what is wrong, naming the file and the entry where known */
    public ModelFileException(String message) {
        super(message);
    }

    /** @param message what is wrong; @param cause the underlying failure */
    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
