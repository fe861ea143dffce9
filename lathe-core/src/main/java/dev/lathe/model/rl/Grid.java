package dev.lathe.model.rl;

import java.util.List;

/**
 * A rectangular map of cells, one character each, for the grid environments; states are cells numbered
 * row by row from the top left. Actions follow Gymnasium's FrozenLake: 0 left, 1 down, 2 right, 3 up; a
 * move off the map leaves the agent where it is.
 */
public final class Grid {

    private static final int[] DROW = {0, 1, 0, -1};
    private static final int[] DCOL = {-1, 0, 1, 0};

    private final List<String> rows;
    private final int width;

    /**
     * Checks the map: at least one row, all rows as long, only {@code allowed} characters, exactly one
     * {@code S}.
     */
    Grid(List<String> rows, String allowed) {
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("a grid map needs at least one non-empty row");
        }
        this.rows = List.copyOf(rows);
        this.width = rows.get(0).length();
        int starts = 0;
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            if (row.length() != width) {
                throw new IllegalArgumentException("grid map row " + (r + 1) + " has " + row.length()
                        + " cells; expected " + width + " as in row 1");
            }
            for (int c = 0; c < width; c++) {
                char ch = row.charAt(c);
                if (allowed.indexOf(ch) < 0) {
                    throw new IllegalArgumentException("grid map row " + (r + 1) + " column " + (c + 1)
                            + " has '" + ch + "'; expected one of " + allowed);
                }
                starts += ch == 'S' ? 1 : 0;
            }
        }
        if (starts != 1) {
            throw new IllegalArgumentException("a grid map needs exactly one start cell 'S', found " + starts);
        }
    }

    /** The map rows. */
    public List<String> rows() {
        return rows;
    }

    /** Number of rows. */
    public int height() {
        return rows.size();
    }

    /** Number of columns. */
    public int width() {
        return width;
    }

    /** Number of cells (states). */
    public int cells() {
        return rows.size() * width;
    }

    /** The character of cell {@code state}. */
    public char at(int state) {
        return rows.get(state / width).charAt(state % width);
    }

    /** The start cell. */
    public int start() {
        for (int s = 0; s < cells(); s++) {
            if (at(s) == 'S') {
                return s;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }

    /** The cell one move away in direction {@code action}, or {@code state} at the edge. */
    public int move(int state, int action) {
        int r = state / width + DROW[action];
        int c = state % width + DCOL[action];
        if (r < 0 || r >= rows.size() || c < 0 || c >= width) {
            return state;
        }
        return r * width + c;
    }
}
