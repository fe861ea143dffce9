package dev.lathe.model.rl;

/**
 * The exploration rate of an epsilon-greedy learner as a function of the episode (or step) number.
 *
 * @param kind   {@code CONSTANT} (always {@code start}), {@code LINEAR} (from {@code start} down to
 *               {@code end} over {@code decaySteps}, then {@code end}) or {@code EXPONENTIAL}
 *               ({@code start * (end / start)^(t / decaySteps)}, then {@code end})
 * @param start  the rate at t = 0, in [0, 1]
 * @param end    the final rate, in [0, 1], at most {@code start} (for {@code EXPONENTIAL} above 0)
 * @param decaySteps how many episodes the decay takes, at least 1
 */
public record EpsilonSchedule(Kind kind, double start, double end, int decaySteps) {

    /** How the rate falls. */
    public enum Kind { CONSTANT, LINEAR, EXPONENTIAL }

    /** Checks the ranges. */
    public EpsilonSchedule {
        if (kind == null) {
            throw new IllegalArgumentException("epsilon schedule kind must be constant, linear or exponential");
        }
        if (!(start >= 0 && start <= 1) || !(end >= 0 && end <= 1) || end > start) {
            throw new IllegalArgumentException("epsilon must satisfy 0 <= end <= start <= 1, got start " + start
                    + " and end " + end);
        }
        if (kind == Kind.EXPONENTIAL && end <= 0) {
            throw new IllegalArgumentException("an exponential epsilon schedule needs end > 0, got " + end);
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("epsilon decay_steps must be at least 1, got " + decaySteps);
        }
    }

    /** A constant rate. */
    public static EpsilonSchedule constant(double epsilon) {
        return new EpsilonSchedule(Kind.CONSTANT, epsilon, epsilon, 1);
    }

    /** A linear decay from {@code start} to {@code end} over {@code steps}. */
    public static EpsilonSchedule linear(double start, double end, int steps) {
        return new EpsilonSchedule(Kind.LINEAR, start, end, steps);
    }

    /** An exponential decay from {@code start} to {@code end} over {@code steps}. */
    public static EpsilonSchedule exponential(double start, double end, int steps) {
        return new EpsilonSchedule(Kind.EXPONENTIAL, start, end, steps);
    }

    /** The rate at episode (or step) {@code t >= 0}. */
    public double at(int t) {
        if (kind == Kind.CONSTANT || t >= decaySteps) {
            return kind == Kind.CONSTANT ? start : end;
        }
        double f = (double) t / decaySteps;
        return kind == Kind.LINEAR ? start + (end - start) * f : start * Math.pow(end / start, f);
    }
}
