package dev.lathe.frame;

import java.util.List;

/**
 * The names, types and (for categorical columns) levels of a frame's columns, in order: what a fitted
 * pipeline expects of new data.
 */
public record Schema(List<Field> fields) {

    /** One column's description. */
    public record Field(String name, ColumnType type, List<String> levels) {
        public Field {
            levels = List.copyOf(levels);
        }
    }

    public Schema {
        fields = List.copyOf(fields);
    }

    /** The schema of {@code frame}. */
    public static Schema of(Frame frame) {
        return new Schema(frame.columns().stream()
                .map(c -> new Field(c.name(), c.type(),
                        c instanceof CategoricalColumn cat ? cat.levels() : List.of()))
                .toList());
    }
}
