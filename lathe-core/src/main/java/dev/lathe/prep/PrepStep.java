package dev.lathe.prep;

import dev.lathe.param.HasParams;

/** A preparation step of a pipeline: a {@link Transformer} or a {@link Resampler}. */
public interface PrepStep extends HasParams {
}
