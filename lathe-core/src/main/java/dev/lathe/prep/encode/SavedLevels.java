package dev.lathe.prep.encode;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Saves and loads one list of category labels per encoded column, as parameters {@code levels_0, levels_1...}. */
final class SavedLevels {

    private SavedLevels() {
    }

    /** Writes {@code levels.get(j)} as parameter {@code levels_j}. */
    static void save(StepWriter out, List<List<String>> levels) {
        for (int j = 0; j < levels.size(); j++) {
            out.put("levels_" + j, levels.get(j));
        }
    }

    /** Reads {@code columns} lists written by {@link #save}, refusing repeated labels. */
    static List<List<String>> load(StepReader in, int columns) {
        List<List<String>> out = new ArrayList<>(columns);
        for (int j = 0; j < columns; j++) {
            List<String> levels = in.getStrings("levels_" + j);
            if (new HashSet<>(levels).size() != levels.size()) {
                throw in.fail("repeats a label in levels_" + j + ": " + levels);
            }
            out.add(List.copyOf(levels));
        }
        return out;
    }
}
