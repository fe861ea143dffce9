package dev.lathe.persist;

/** Rebuilds one type of fitted step from what {@link Persistable#save} wrote. */
@FunctionalInterface
public interface StepLoader {

    /** The step described by {@code in}; fails with {@link ModelFileException} on inconsistent content. */
    Persistable load(StepReader in);
}
