package dev.lathe.prep.impute;

import dev.lathe.persist.StepReader;
import java.util.Arrays;
import java.util.Locale;

/** Enum settings in model files: written as lower-case labels, read back checked against the constants. */
final class StepEnums {

    private StepEnums() {
    }

    /** The label of {@code value}, as users write it ({@code most_frequent}). */
    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} saved under {@code key}; fails naming the allowed labels otherwise. */
    static <E extends Enum<E>> E read(StepReader in, String key, Class<E> type) {
        String saved = in.getString(key);
        for (E e : type.getEnumConstants()) {
            if (label(e).equals(saved)) {
                return e;
            }
        }
        throw in.fail("has " + key + " '" + saved + "', expected one of "
                + Arrays.stream(type.getEnumConstants()).map(StepEnums::label).toList());
    }
}
