package dev.lathe.prep.feature;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The saved form of the feature steps' parts that model files do not hold directly: enum names and ragged arrays. */
final class Saved {

    private Saved() {
    }

    /** The lower-case name under which {@code value} is saved. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The lower-case names of {@code values}. */
    static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Saved::name).toList();
    }

    /** The constant of {@code type} saved under {@code name}; a model-file error when there is none. */
    static <E extends Enum<E>> E constant(StepReader in, Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(name)) {
                return e;
            }
        }
        throw in.fail("has unknown " + type.getSimpleName() + " '" + name + "'");
    }

    /** The enum parameter {@code key}. */
    static <E extends Enum<E>> E parameter(StepReader in, String key, Class<E> type) {
        return constant(in, type, in.getString(key));
    }

    /** Rows of different lengths, saved as one array {@code name} and their lengths {@code name_lengths}. */
    static void ragged(StepWriter out, String name, double[][] rows) {
        out.doubles(name, Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray());
        out.ints(name + "_lengths", Arrays.stream(rows).mapToInt(r -> r.length).toArray());
    }

    /** What {@link #ragged(StepWriter, String, double[][])} wrote, checked to be {@code count} rows. */
    static double[][] ragged(StepReader in, String name, int count) {
        double[] flat = in.doubles(name);
        int[] lengths = in.ints(name + "_lengths");
        if (lengths.length != count) {
            throw in.fail("has " + lengths.length + " rows of '" + name + "', expected " + count);
        }
        List<double[]> rows = new ArrayList<>();
        int at = 0;
        for (int length : lengths) {
            if (length < 0 || length > flat.length - at) {
                throw in.fail("array '" + name + "' is shorter than its row lengths say");
            }
            rows.add(Arrays.copyOfRange(flat, at, at + length));
            at += length;
        }
        if (at != flat.length) {
            throw in.fail("array '" + name + "' is longer than its row lengths say");
        }
        return rows.toArray(double[][]::new);
    }
}
