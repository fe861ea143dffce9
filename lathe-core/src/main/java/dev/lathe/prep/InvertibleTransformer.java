package dev.lathe.prep;

import dev.lathe.frame.Frame;

/** A fitted step that can map its output back to its input (scalers, power transforms). */
public interface InvertibleTransformer extends FittedTransformer {

    /** The inverse of {@link #transform}: {@code inverse(transform(x))} equals x up to rounding. */
    Frame inverse(Frame data);
}
