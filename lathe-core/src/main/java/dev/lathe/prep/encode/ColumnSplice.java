package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Replaces one column of a frame by the columns derived from it, at its position. */
final class ColumnSplice {

    private ColumnSplice() {
    }

    /**
     * {@code data} with column {@code name} replaced, in place, by {@code replacement} (which may hold the
     * original column itself, to keep it). Fails with a message naming {@code step} when a new column's name
     * is already taken by another column of the frame or repeats within {@code replacement}.
     */
    static Frame replace(Frame data, String name, List<Column> replacement, String step) {
        Set<String> taken = new HashSet<>(data.names());
        taken.remove(name);
        Set<String> added = new HashSet<>();
        for (Column c : replacement) {
            if (taken.contains(c.name())) {
                throw new IllegalArgumentException(step + " would create column '" + c.name() + "' from column '"
                        + name + "', but the data already has a column of that name");
            }
            if (!added.add(c.name())) {
                throw new IllegalArgumentException(step + " would create column '" + c.name() + "' twice from column '"
                        + name + "'");
            }
        }
        List<Column> out = new ArrayList<>(data.columnCount() + replacement.size());
        for (Column c : data.columns()) {
            if (c.name().equals(name)) {
                out.addAll(replacement);
            } else {
                out.add(c);
            }
        }
        return Frame.of(out);
    }
}
