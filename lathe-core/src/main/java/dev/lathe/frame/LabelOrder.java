package dev.lathe.frame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order Lathe gives class labels everywhere (model classes, target encoders, group labels): numeric
 * order when every label is a number (0 < 1 < 10, as scikit-learn orders numeric classes), text order
 * otherwise (false < true, a < b).
 */
public final class LabelOrder {

    private LabelOrder() {
    }

    /** The distinct {@code labels} in label order. */
    public static List<String> sorted(Collection<String> labels) {
        List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(labels));
        out.sort(comparator(out));
        return out;
    }

    /** The comparator that orders {@code labels}: numeric when all of them are numbers, else text. */
    public static Comparator<String> comparator(Collection<String> labels) {
        boolean numbers = labels.stream().allMatch(LabelOrder::isNumber);
        return numbers
                ? Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
