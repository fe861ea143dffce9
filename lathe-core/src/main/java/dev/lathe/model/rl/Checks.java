package dev.lathe.model.rl;

/** Range checks shared by the learners' compact constructors. */
final class Checks {

    private Checks() {
    }

    static void rates(double alpha, double gamma, int episodes) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        gamma(gamma);
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes must be at least 1, got " + episodes);
        }
    }

    static void gamma(double gamma) {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
    }
}
