package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;

/** The groups of a group column (rows of one group must stay on one side of every split). */
final class Groups {

    private Groups() {
    }

    /**
     * The group column's distinct values as codes into the sorted values (numerically when all are numbers,
     * as NumPy's {@code unique}); fails when the column is absent or has a missing value.
     *
     * @param splitter the splitter's name for messages
     */
    static Targets.Encoded of(String splitter, Frame data, String groupColumn) {
        if (!data.has(groupColumn)) {
            throw new IllegalArgumentException(splitter + " needs the group column '" + groupColumn
                    + "', which the data does not have; columns: " + data.names());
        }
        Column groups = data.column(groupColumn);
        for (int i = 0; i < groups.size(); i++) {
            if (groups.isMissing(i)) {
                throw new IllegalArgumentException(splitter + ": group column '" + groupColumn
                        + "' has a missing value in row " + (i + 1) + "; every row needs a group");
            }
        }
        return Targets.labels(groups);
    }
}
