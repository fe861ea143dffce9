package dev.lathe.param;

import java.util.Map;

/**
 * A configuration (estimator, transformer, resampler) whose hyperparameters are read and changed by
 * name. Implemented by records: the names are the record components in lower snake_case
 * ({@code nEstimators} is {@code n_estimators}), the values are validated by the compact constructor.
 * Tuning, the flow spec, the tracking store and the model file all use these names.
 */
public interface HasParams {

    /** The hyperparameters by snake_case name, in declaration order. */
    default Map<String, Object> params() {
        return RecordParams.read((Record) this);
    }

    /**
     * A copy with the named hyperparameters changed (values may be given as JSON would give them:
     * numbers, strings, booleans, lists). Unknown names and invalid values fail with a clear message.
     */
    default HasParams withParams(Map<String, ?> changes) {
        return (HasParams) RecordParams.with((Record) this, changes);
    }
}
