package dev.lathe.loss;

import dev.lathe.param.Check;

/** The standard losses. Squared error carries the factor 1/2 so that its derivative is the residual. */
public final class Losses {

    private Losses() {
    }

    /** L2: (y - f)^2 / 2. */
    public static Loss squared() {
        return new Simple("squared_error", (y, f) -> 0.5 * (y - f) * (y - f), (y, f) -> f - y, ONE);
    }

    /** L1: |y - f|; derivative sign(f - y), 0 at the kink. */
    public static Loss absolute() {
        return new Simple("absolute_error", (y, f) -> Math.abs(y - f), (y, f) -> Math.signum(f - y), ONE);
    }

    /**
     * Pinball (quantile) loss for quantile {@code q} in (0, 1): q (y - f) when y >= f, (1 - q)(f - y) otherwise;
     * its minimiser over constants is the q-quantile.
     */
    public static Loss pinball(double q) {
        Check.inRange("q", q, Math.ulp(0.0), 1 - Math.ulp(1.0));
        return new Simple("pinball", (y, f) -> y >= f ? q * (y - f) : (1 - q) * (f - y),
                (y, f) -> y > f ? -q : y < f ? 1 - q : 0, ONE);
    }

    /** Binary log loss on the logit scale, y in {0, 1}: log(1 + e^f) - y f, computed without overflow. */
    public static Loss log() {
        return new LogLoss();
    }

    /** The binary log loss; its derivative p - y and Hessian p (1 - p) share one sigmoid per row. */
    private record LogLoss() implements Loss {
        @Override
        public String name() {
            return "log_loss";
        }

        @Override
        public double value(double y, double f) {
            return softplus(f) - y * f;
        }

        @Override
        public double derivative(double y, double f) {
            return sigmoid(f) - y;
        }

        @Override
        public double hessian(double y, double f) {
            double p = sigmoid(f);
            return Math.max(p * (1 - p), LOG_HESSIAN_FLOOR);
        }

        @Override
        public void derivatives(double[] y, double[] f, double[] w, int[] rows, int from, int to, double[] g,
                                double[] h) {
            for (int i = from; i < to; i++) {
                int r = rows[i];
                double weight = w == null ? 1 : w[r];
                double p = sigmoid(f[r]);
                g[r] = weight * (p - y[r]);
                h[r] = weight * Math.max(p * (1 - p), LOG_HESSIAN_FLOOR);
            }
        }
    }

    /** Hinge loss, y in {0, 1} read as -1/+1: max(0, 1 - s f). */
    public static Loss hinge() {
        return new Simple("hinge", (y, f) -> Math.max(0, 1 - (2 * y - 1) * f),
                (y, f) -> (2 * y - 1) * f < 1 ? -(2 * y - 1) : 0, ONE);
    }

    /** Huber loss with threshold {@code delta} > 0: squared inside |y - f| <= delta, linear outside. */
    public static Loss huber(double delta) {
        Check.positive("delta", delta);
        return new Simple("huber", (y, f) -> {
            double a = Math.abs(y - f);
            return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
        }, (y, f) -> Math.max(-delta, Math.min(delta, f - y)), ONE);
    }

    /**
     * Poisson deviance (half) on the log scale, y >= 0 a count or rate: e^f - y f (constant terms dropped);
     * derivative e^f - y, Hessian e^f. Its minimiser over constants is log(mean y).
     */
    public static Loss poisson() {
        return new Simple("poisson", (y, f) -> Math.exp(f) - y * f, (y, f) -> Math.exp(f) - y,
                (y, f) -> Math.exp(f));
    }

    /**
     * Gamma deviance (half) on the log scale, y > 0: y e^-f + f (constant terms dropped); derivative
     * 1 - y e^-f, Hessian y e^-f. Its minimiser over constants is log(mean y).
     */
    public static Loss gamma() {
        return new Simple("gamma", (y, f) -> y * Math.exp(-f) + f, (y, f) -> 1 - y * Math.exp(-f),
                (y, f) -> y * Math.exp(-f));
    }

    /** log(1 + e^x) without overflow. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /**
     * 1 / (1 + e^-x), with no branch on the sign (a coin toss for fitted scores: a branch made it a third
     * slower). Below x = -709.78 e^-x overflows and the result is 0 instead of a value under 1e-308.
     */
    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Hessian of the losses with no useful curvature (see {@link Loss#hessian}). */
    private static final Pointwise ONE = (y, f) -> 1;

    /** Floor of the log loss Hessian, so that Newton steps stay finite on separated data. */
    public static final double LOG_HESSIAN_FLOOR = 1e-16;

    /** A function of target and score. */
    @FunctionalInterface
    private interface Pointwise {
        double apply(double y, double f);
    }

    private record Simple(String name, Pointwise value, Pointwise derivative, Pointwise hessian) implements Loss {
        @Override
        public double value(double y, double f) {
            return value.apply(y, f);
        }

        @Override
        public double derivative(double y, double f) {
            return derivative.apply(y, f);
        }

        @Override
        public double hessian(double y, double f) {
            return hessian.apply(y, f);
        }
    }
}
