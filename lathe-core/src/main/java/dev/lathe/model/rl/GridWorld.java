package dev.lathe.model.rl;

import java.util.List;

/**
 * A deterministic grid world: from {@code S}, walk to a goal {@code G} (terminal) around walls {@code #};
 * free cells are {@code .}. Every move costs {@code stepReward} (default -1), so with no discounting a
 * cell's optimal value is minus its shortest path length to a goal. Moving into a wall or off the map
 * leaves the agent in place (and still costs the step).
 */
public final class GridWorld implements FiniteMdp {

    /** The default 5 x 5 map. */
    public static final List<String> DEFAULT_MAP = List.of(
            "S....",
            ".###.",
            "...#.",
            ".#...",
            "...#G");

    private final Grid grid;
    private final double stepReward;

    /**
     * @param map        rows of {@code S . # G}, exactly one {@code S}, at least one {@code G}
     * @param stepReward reward of every move, finite (default -1)
     */
    public GridWorld(List<String> map, double stepReward) {
        this.grid = new Grid(map, "S.#G");
        if (!Double.isFinite(stepReward)) {
            throw new IllegalArgumentException("step_reward must be finite, got " + stepReward);
        }
        if (map.stream().noneMatch(r -> r.indexOf('G') >= 0)) {
            throw new IllegalArgumentException("a grid world map needs at least one goal cell 'G'");
        }
        this.stepReward = stepReward;
    }

    /** The default map, -1 per move. */
    public GridWorld() {
        this(DEFAULT_MAP, -1);
    }

    /** The map. */
    public Grid grid() {
        return grid;
    }

    @Override
    public int states() {
        return grid.cells();
    }

    @Override
    public int actions() {
        return 4;
    }

    @Override
    public int start() {
        return grid.start();
    }

    @Override
    public boolean isTerminal(int state) {
        return grid.at(state) == 'G';
    }

    @Override
    public List<Transition> transitions(int state, int action) {
        if (isTerminal(state) || grid.at(state) == '#') {
            return List.of(new Transition(1, state, 0, true));
        }
        int next = grid.move(state, action);
        if (grid.at(next) == '#') {
            next = state;
        }
        return List.of(new Transition(1, next, stepReward, isTerminal(next)));
    }
}
