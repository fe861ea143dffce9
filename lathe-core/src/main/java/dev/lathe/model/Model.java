package dev.lathe.model;

import dev.lathe.persist.Persistable;

/** A fitted supervised model; saves itself into a model file. See {@link Regressor} and {@link Classifier}. */
public interface Model extends Persistable {

    /** What the model predicts. */
    Task task();
}
