package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned layout of one one-hot encoded column: which indicator column each training category sets.
 * Output {@code k} is named {@code <name>_<outputs[k]>}. A slot is an output index, {@link #ZEROS} (no
 * indicator set) or {@link #REFUSE} (fail).
 *
 * @param name        the encoded column
 * @param categories  the labels seen in training, sorted
 * @param slots       the slot of each category ({@link #ZEROS} for a dropped one)
 * @param missingSlot the slot of a missing value
 * @param unknownSlot the slot of a label not among the categories
 * @param outputs     the labels of the indicator columns, in order
 */
public record OneHotColumn(String name, List<String> categories, int[] slots, int missingSlot, int unknownSlot,
                           List<String> outputs) {

    /** Slot of a value that sets no indicator. */
    public static final int ZEROS = -1;
    /** Slot of a value that is refused with an error. */
    public static final int REFUSE = -2;

    public OneHotColumn {
        categories = List.copyOf(categories);
        outputs = List.copyOf(outputs);
        if (slots.length != categories.size()) {
            throw new IllegalArgumentException("column '" + name + "' has " + categories.size() + " categories but "
                    + slots.length + " slots");
        }
        for (int s : slots) {
            checkSlot(s, ZEROS, outputs.size());
        }
        checkSlot(missingSlot, REFUSE, outputs.size());
        checkSlot(unknownSlot, REFUSE, outputs.size());
    }

    private void checkSlot(int slot, int lowest, int outputCount) {
        if (slot < lowest || slot >= outputCount) {
            throw new IllegalArgumentException("column '" + name + "' has slot " + slot + " outside ["
                    + lowest + ", " + outputCount + ")");
        }
    }

    /** The indicator columns (0 or 1) of {@code data}'s column {@link #name}. */
    List<Column> encode(Frame data, String step) {
        int[] index = Labels.lookup(data, name, categories, step);
        double[][] indicators = new double[outputs.size()][index.length];
        for (int i = 0; i < index.length; i++) {
            int slot = switch (index[i]) {
                case Labels.MISSING -> missingSlot;
                case Labels.UNSEEN -> unknownSlot;
                default -> slots[index[i]];
            };
            if (slot == REFUSE) {
                throw refusal(data, index, i, step);
            }
            if (slot >= 0) {
                indicators[slot][i] = 1;
            }
        }
        List<Column> out = new ArrayList<>(outputs.size());
        for (int k = 0; k < outputs.size(); k++) {
            out.add(NumericColumn.wrap(name + "_" + outputs.get(k), indicators[k]));
        }
        return out;
    }

    private IllegalArgumentException refusal(Frame data, int[] index, int row, String step) {
        if (index[row] == Labels.MISSING) {
            return new IllegalArgumentException(step + ": column '" + name + "' has a missing value (row " + (row + 1)
                    + "), which training did not have; set handle_unknown to ignore, or handle_missing to zeros");
        }
        return new IllegalArgumentException(step + ": column '" + name + "' holds "
                + Labels.describe(data, name, row) + ", a category not seen in training; "
                + "set handle_unknown to ignore or infrequent_if_exist to encode such labels");
    }
}
