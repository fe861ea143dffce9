package dev.lathe.prep;

import dev.lathe.frame.Frame;
import dev.lathe.persist.Persistable;

/** A fitted preparation step: applies what it learned to new rows, and saves itself in a model file. */
public interface FittedTransformer extends Persistable {

    /** The rows of {@code data} transformed; columns the step does not touch pass through unchanged. */
    Frame transform(Frame data);
}
