package dev.lathe.model.rl;

import java.util.List;
import java.util.SplittableRandom;

/** A {@link FiniteMdp} as an {@link Environment}: each step draws one of the action's transitions. */
final class MdpEnvironment implements Environment {

    private final FiniteMdp mdp;
    private final int maxSteps;
    private final DiscreteSpace observations;
    private final DiscreteSpace actions;
    private SplittableRandom random;
    private int state = -1;
    private int steps;

    MdpEnvironment(FiniteMdp mdp, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max_steps must be at least 1, got " + maxSteps);
        }
        this.mdp = mdp;
        this.maxSteps = maxSteps;
        this.observations = new DiscreteSpace(mdp.states());
        this.actions = new DiscreteSpace(mdp.actions());
    }

    @Override
    public DiscreteSpace observationSpace() {
        return observations;
    }

    @Override
    public DiscreteSpace actionSpace() {
        return actions;
    }

    @Override
    public int reset(SplittableRandom random) {
        this.random = random;
        this.state = mdp.start();
        this.steps = 0;
        return state;
    }

    @Override
    public Step step(int action) {
        actions.check("action", action);
        if (state < 0) {
            throw new IllegalStateException("call reset before step, and again after an episode ends");
        }
        List<Transition> outcomes = mdp.transitions(state, action);
        Transition t = outcomes.get(outcomes.size() - 1);
        if (outcomes.size() > 1) {
            double u = random.nextDouble();
            double cumulative = 0;
            for (Transition o : outcomes) {
                cumulative += o.probability();
                if (u < cumulative) {
                    t = o;
                    break;
                }
            }
        }
        steps++;
        boolean truncated = !t.terminal() && steps >= maxSteps;
        state = t.terminal() || truncated ? -1 : t.next();
        return new Step(t.next(), t.reward(), t.terminal(), truncated);
    }
}
