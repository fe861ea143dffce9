/**
 * Encoding of categorical, cyclic and date features as numbers: {@link dev.lathe.prep.encode.OrdinalEncoder},
 * {@link dev.lathe.prep.encode.OneHotEncoder}, {@link dev.lathe.prep.encode.TargetEncoder} (out-of-fold),
 * {@link dev.lathe.prep.encode.FrequencyEncoder}, {@link dev.lathe.prep.encode.CyclicEncoder} (sine and
 * cosine) and {@link dev.lathe.prep.encode.DateParts}. Category encoders act on categorical columns by
 * default, accept text columns too, and always match categories by label text, never by code.
 */
package dev.lathe.prep.encode;
