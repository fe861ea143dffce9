package dev.lathe.prep;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which columns a step applies to: by name, by type, or by a name pattern (regular expression matched
 * against the whole name). A column is selected when it matches any of the three that are given.
 *
 * @param names   exact names (each must exist when the step is fitted)
 * @param types   column types
 * @param pattern a regular expression, or null
 */
public record ColumnSelector(List<String> names, List<ColumnType> types, String pattern) {

    public ColumnSelector {
        names = List.copyOf(names);
        types = List.copyOf(types);
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    /** The named columns. */
    public static ColumnSelector names(String... names) {
        return new ColumnSelector(List.of(names), List.of(), null);
    }

    /** The named columns. */
    public static ColumnSelector names(List<String> names) {
        return new ColumnSelector(names, List.of(), null);
    }

    /** All columns of the given types. */
    public static ColumnSelector types(ColumnType... types) {
        return new ColumnSelector(List.of(), List.of(types), null);
    }

    /** Columns whose whole name matches {@code regex}. */
    public static ColumnSelector matching(String regex) {
        return new ColumnSelector(List.of(), List.of(), regex);
    }

    /** The selected columns of {@code frame}, in frame order; unknown explicit names fail. */
    public List<String> select(Frame frame) {
        names.forEach(frame::column);
        Pattern p = pattern == null ? null : Pattern.compile(pattern);
        List<String> out = new ArrayList<>();
        for (Column c : frame.columns()) {
            if (names.contains(c.name()) || types.contains(c.type()) || (p != null && p.matcher(c.name()).matches())) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** A readable description, for messages and manifests. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!names.isEmpty()) {
            parts.add("names " + names);
        }
        if (!types.isEmpty()) {
            parts.add("types " + types.stream().map(ColumnType::label).toList());
        }
        if (pattern != null) {
            parts.add("pattern '" + pattern + "'");
        }
        return parts.isEmpty() ? "no columns" : String.join(" or ", parts);
    }
}
