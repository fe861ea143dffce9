package dev.lathe.model.ensemble;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;

/**
 * Reads a numeric feature for learners that handle missing values themselves: as
 * {@link dev.lathe.model.Features#matrix} (numeric or boolean columns only, the same messages) but keeping
 * NaN as "missing". Infinities are still refused.
 */
final class MissingFeatures {

    private MissingFeatures() {
    }

    /** One numeric or boolean column as values, NaN for missing; other types and infinities are refused. */
    static double[] column(Column c) {
        double[] v;
        if (c instanceof NumericColumn n) {
            v = n.toArray();
        } else if (c instanceof BooleanColumn b) {
            v = new double[b.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = b.isMissing(i) ? Double.NaN : b.raw(i);
            }
        } else {
            throw new IllegalArgumentException("feature column '" + c.name() + "' is " + c.type().label()
                    + "; encode it first (one-hot, ordinal or target encoding) or name it in categorical_features");
        }
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("feature column '" + c.name() + "' has an infinite value in row "
                        + (i + 1));
            }
        }
        return v;
    }
}
