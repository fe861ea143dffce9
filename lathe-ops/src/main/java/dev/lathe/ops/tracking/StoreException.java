package dev.lathe.ops.tracking;

/** The store's database or artifact files failed; the message says which operation. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
