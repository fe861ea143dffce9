package dev.lathe.cli;

import dev.lathe.model.rl.CliffWalking;
import dev.lathe.model.rl.FiniteMdp;
import dev.lathe.model.rl.FrozenLake;
import dev.lathe.model.rl.Grid;
import dev.lathe.model.rl.GridWorld;
import java.util.List;

/** The environments {@code lathe rl run} knows by name, with their maps. */
final class RlEnvironments {

    /** The names, in the order the help lists them. */
    static final List<String> NAMES = List.of("grid_world", "cliff_walking", "frozen_lake", "frozen_lake_8x8");

    private RlEnvironments() {
    }

    /** The environment called {@code name}; {@code slippery} applies to the frozen lakes. */
    static FiniteMdp of(String name, boolean slippery) {
        return switch (name) {
            case "grid_world" -> new GridWorld();
            case "cliff_walking" -> new CliffWalking();
            case "frozen_lake" -> new FrozenLake(slippery);
            case "frozen_lake_8x8" -> new FrozenLake(FrozenLake.MAP_8X8, slippery);
            default -> throw new IllegalArgumentException("unknown environment '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }

    /** The map of an environment made by {@link #of}. */
    static Grid grid(FiniteMdp mdp) {
        if (mdp instanceof GridWorld g) {
            return g.grid();
        }
        if (mdp instanceof CliffWalking c) {
            return c.grid();
        }
        return ((FrozenLake) mdp).grid();
    }
}
