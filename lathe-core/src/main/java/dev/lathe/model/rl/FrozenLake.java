package dev.lathe.model.rl;

import java.util.ArrayList;
import java.util.List;

/**
 * Frozen lake (Gymnasium's FrozenLake-v1): cross the ice from {@code S} to the goal {@code G} over frozen
 * cells {@code F} without falling into a hole {@code H}. Reaching the goal pays 1, everything else 0;
 * holes and the goal end the episode. On slippery ice an action moves in the intended direction or in
 * either perpendicular one, each with probability 1/3 (three transitions as in Gymnasium, listed with the
 * intended move first, so that {@link GreedyPath} follows intended moves); otherwise moves are deterministic.
 */
public final class FrozenLake implements FiniteMdp {

    /** Gymnasium's 4 x 4 map. */
    public static final List<String> MAP_4X4 = List.of("SFFF", "FHFH", "FFFH", "HFFG");

    /** Gymnasium's 8 x 8 map. */
    public static final List<String> MAP_8X8 = List.of("SFFFFFFF", "FFFFFFFF", "FFFHFFFF", "FFFFFHFF",
            "FFFHFFFF", "FHHFFFHF", "FHFFHFHF", "FFFHFFFG");

    private final Grid grid;
    private final boolean slippery;

    /**
     * @param map      rows of {@code S F H G}, exactly one {@code S}
     * @param slippery whether moves slip sideways (Gymnasium's default: true)
     */
    public FrozenLake(List<String> map, boolean slippery) {
        this.grid = new Grid(map, "SFHG");
        this.slippery = slippery;
    }

    /** The 4 x 4 map, slippery or not. */
    public FrozenLake(boolean slippery) {
        this(MAP_4X4, slippery);
    }

    /** The map. */
    public Grid grid() {
        return grid;
    }

    /** Whether moves slip. */
    public boolean slippery() {
        return slippery;
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
        char c = grid.at(state);
        return c == 'H' || c == 'G';
    }

    @Override
    public List<Transition> transitions(int state, int action) {
        if (isTerminal(state)) {
            return List.of(new Transition(1, state, 0, true));
        }
        if (!slippery) {
            return List.of(outcome(1, state, action));
        }
        List<Transition> out = new ArrayList<>(3);
        for (int d : new int[] {action, (action + 3) % 4, (action + 1) % 4}) {
            out.add(outcome(1.0 / 3, state, d));
        }
        return out;
    }

    private Transition outcome(double p, int state, int direction) {
        int next = grid.move(state, direction);
        return new Transition(p, next, grid.at(next) == 'G' ? 1 : 0, isTerminal(next));
    }
}
