package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.param.HasParams;
import java.util.List;

/** A seeded way of dividing rows into train/test folds (k-fold, stratified, grouped, time-ordered...). */
public interface Splitter extends HasParams {

    /**
     * The folds of {@code data}'s rows.
     *
     * @param target the target, for stratified splitters; may be null for the others
     */
    List<Fold> split(Frame data, Column target);
}
