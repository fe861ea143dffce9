package dev.lathe.persist;

/**
 * A fitted step (transformer, model, pipeline part) that saves itself into a {@code .lathe} file. Loading
 * goes through a {@link StepLoader} found by {@link #stepType()} in a fixed allow-list, never through
 * Java serialization or class names read from the file.
 */
public interface Persistable {

    /** The step's type name in the allow-list, e.g. {@code standard_scaler}. */
    String stepType();

    /** Writes the step's parameters and arrays. */
    void save(StepWriter out);
}
