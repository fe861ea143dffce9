package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers learned for each level of one column (a frequency, a target mean...): {@code width} values per
 * level, one more row of them for a missing value, and the values of a label unseen in training.
 *
 * @param name   the encoded column
 * @param levels the labels seen in training, sorted
 * @param values row-major, {@code (levels + 1) x width}: row k for level k, the last row for a missing value
 * @param unseen the {@code width} values of a label unseen in training
 */
public record LevelTable(String name, List<String> levels, double[] values, double[] unseen) {

    public LevelTable {
        levels = List.copyOf(levels);
        if (unseen.length == 0 || values.length != (levels.size() + 1) * unseen.length) {
            throw new IllegalArgumentException("column '" + name + "' has " + levels.size() + " levels, "
                    + values.length + " values and " + unseen.length + " unseen values");
        }
    }

    /** Number of values per level. */
    public int width() {
        return unseen.length;
    }

    /**
     * {@code data} with this table's column replaced in place by the values of its labels: by one numeric
     * column of the same name when {@code suffixes} is empty (width 1), else by columns
     * {@code <name>_<suffix>}, one per value.
     */
    Frame replace(Frame data, List<String> suffixes, String step) {
        int[] slots = Labels.lookup(data, name, levels, step);
        int width = width();
        double[][] out = new double[width][slots.length];
        for (int i = 0; i < slots.length; i++) {
            int slot = slots[i] == Labels.MISSING ? levels.size() : slots[i];
            for (int k = 0; k < width; k++) {
                out[k][i] = slot == Labels.UNSEEN ? unseen[k] : values[slot * width + k];
            }
        }
        return place(data, name, out, suffixes, step);
    }

    /**
     * {@code data} with column {@code name} replaced in place by {@code out[k]}: one numeric column of the
     * same name when {@code suffixes} is empty, else columns {@code <name>_<suffix>}.
     */
    static Frame place(Frame data, String name, double[][] out, List<String> suffixes, String step) {
        if (suffixes.isEmpty()) {
            return data.withColumn(NumericColumn.wrap(name, out[0]));
        }
        List<Column> columns = new ArrayList<>(out.length);
        for (int k = 0; k < out.length; k++) {
            columns.add(NumericColumn.wrap(name + "_" + suffixes.get(k), out[k]));
        }
        return ColumnSplice.replace(data, name, columns, step);
    }

    /** Writes the tables' column names, levels and values. */
    static void saveAll(StepWriter out, List<LevelTable> tables) {
        out.put("columns", tables.stream().map(LevelTable::name).toList());
        SavedLevels.save(out, tables.stream().map(LevelTable::levels).toList());
        for (int j = 0; j < tables.size(); j++) {
            out.doubles("values_" + j, tables.get(j).values);
            out.doubles("unseen_" + j, tables.get(j).unseen);
        }
    }

    /** Reads what {@link #saveAll} wrote; every table must have {@code width} values per level. */
    static List<LevelTable> loadAll(StepReader in, int width) {
        List<String> names = in.getStrings("columns");
        List<List<String>> levels = SavedLevels.load(in, names.size());
        List<LevelTable> tables = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            LevelTable t = new LevelTable(names.get(j), levels.get(j), in.doubles("values_" + j),
                    in.doubles("unseen_" + j));
            if (t.width() != width) {
                throw in.fail("has " + t.width() + " values per level for column '" + t.name + "', expected " + width);
            }
            tables.add(t);
        }
        return tables;
    }
}
