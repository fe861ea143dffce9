package dev.lathe.model.rl;

import java.util.List;

/**
 * Cliff walking (Sutton and Barto, example 6.6; Gymnasium's CliffWalking): a 4 x 12 grid, start at the
 * bottom left, goal at the bottom right, the cells between them are a cliff. Every move costs -1; stepping
 * into the cliff costs -100 and sends the agent back to the start (the episode goes on). Reaching the goal
 * ends the episode. The optimal path runs along the cliff edge (13 moves, return -13).
 */
public final class CliffWalking implements FiniteMdp {

    private static final Grid GRID = new Grid(List.of(
            "............",
            "............",
            "............",
            "SCCCCCCCCCCG"), "S.CG");

    /** The map: {@code S} start, {@code C} cliff, {@code G} goal. */
    public Grid grid() {
        return GRID;
    }

    @Override
    public int states() {
        return GRID.cells();
    }

    @Override
    public int actions() {
        return 4;
    }

    @Override
    public int start() {
        return GRID.start();
    }

    @Override
    public boolean isTerminal(int state) {
        return GRID.at(state) == 'G';
    }

    @Override
    public List<Transition> transitions(int state, int action) {
        if (isTerminal(state)) {
            return List.of(new Transition(1, state, 0, true));
        }
        int next = GRID.move(state, action);
        if (GRID.at(next) == 'C') {
            return List.of(new Transition(1, start(), -100, false));
        }
        return List.of(new Transition(1, next, -1, isTerminal(next)));
    }
}
