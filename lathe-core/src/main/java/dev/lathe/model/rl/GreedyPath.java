package dev.lathe.model.rl;

import java.util.ArrayList;
import java.util.List;

/** The states a deterministic policy visits, for showing what a learner learned. */
public final class GreedyPath {

    private GreedyPath() {
    }

    /**
     * Follows {@code policy} from the start of {@code mdp}, taking each action's most probable outcome (the
     * first listed on ties: the intended move on slippery ice), until a terminal state, a repeated state (the policy loops) or {@code maxSteps} moves.
     *
     * @return the states visited, the start first
     */
    public static List<Integer> follow(FiniteMdp mdp, int[] policy, int maxSteps) {
        List<Integer> path = new ArrayList<>();
        int s = mdp.start();
        path.add(s);
        for (int step = 0; step < maxSteps && !mdp.isTerminal(s); step++) {
            Transition likeliest = null;
            for (Transition t : mdp.transitions(s, policy[s])) {
                if (likeliest == null || t.probability() > likeliest.probability()) {
                    likeliest = t;
                }
            }
            s = likeliest.next();
            if (path.contains(s)) {
                path.add(s);
                break;
            }
            path.add(s);
        }
        return path;
    }
}
