package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.loss.Penalty;
import dev.lathe.math.Lbfgs;
import dev.lathe.math.Minimum;
import dev.lathe.math.ProximalGradient;
import dev.lathe.loss.Losses;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.HasLikelihood;
import dev.lathe.model.Likelihood;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Logistic regression, binary or multi-class, as scikit-learn's {@code LogisticRegression}: minimises
 * C * sum_i s_i loss_i + penalty(w), with s_i the sample weight times the class weight, the log loss of
 * a sigmoid (binary, one-vs-rest) or softmax (multinomial) model, and intercepts never penalised. Smooth
 * penalties (none, l2) are fitted by L-BFGS ({@link Lbfgs}), l1 and elasticnet by accelerated proximal
 * gradient ({@link ProximalGradient}). Internally the objective is divided by C sum_i s_i (the same
 * minimiser), so {@code tol} does not depend on the number of rows, as in later scikit-learn releases
 * (1.2 applies it to the gradient of the sum, and stops first on scipy's default relative decrease of
 * 2.2e-9, which usually leaves the coefficients nearer the optimum than tol 1e-4 does here). An unpenalised binary
 * fit without weights is finished by Newton steps and reports maximum-likelihood inference
 * ({@link Fitted#summary()}); unpenalised, unweighted binary and multinomial fits report their log-likelihood,
 * AIC and BIC ({@link Fitted#likelihood()}).
 *
 * @param C            inverse regularisation strength, greater than 0 (default 1; ignored with penalty none)
 * @param penalty      none, l2 (default), l1 or elasticnet
 * @param l1Ratio      share of L1 in the elasticnet penalty, in [0, 1] (default 0.5; used only by elasticnet)
 * @param maxIter      iteration limit of the solver, per fitted problem, at least 1 (default 100)
 * @param tol          stop when the largest entry of the gradient of the scaled objective (for l1 and
 *                     elasticnet: of the gradient mapping) is at most this, greater than 0 (default 1e-4)
 * @param classWeight  none (default) or balanced: rows of class k weighted by n / (classes * n_k), counted on
 *                     the labels of each fitted problem (both sides of a one-vs-rest split)
 * @param fitIntercept whether to fit an intercept per output (default true)
 * @param multiClass   auto (default: multinomial for more than two classes, binary otherwise), ovr (one
 *                     binary model per class, probabilities normalised) or multinomial (softmax, also for
 *                     two classes)
 */
public record LogisticRegression(double C, Regularization penalty, double l1Ratio, int maxIter, double tol,
                                 ClassWeight classWeight, boolean fitIntercept, MultiClass multiClass)
        implements Estimator, SupportsSampleWeights {

    /** The penalty on the coefficients. */
    public enum Regularization {
        /** No penalty: maximum likelihood. */
        NONE,
        /** ||w||^2 / 2. */
        L2,
        /** ||w||_1. */
        L1,
        /** (1 - l1_ratio) ||w||^2 / 2 + l1_ratio ||w||_1. */
        ELASTICNET
    }

    /** How rows are weighted by class. */
    public enum ClassWeight {
        /** Every row weighs its sample weight (1 when none is given). */
        NONE,
        /** Classes weigh inversely to their frequency, n / (classes * n_k). */
        BALANCED
    }

    /** How more than two classes are modelled. */
    public enum MultiClass {
        /** Multinomial for more than two classes, a single binary model for two. */
        AUTO,
        /** One binary model per class against the rest. */
        OVR,
        /** One softmax model over all classes. */
        MULTINOMIAL
    }

    public LogisticRegression {
        Check.positive("C", C);
        Check.inRange("l1_ratio", l1Ratio, 0, 1);
        Check.atLeast("max_iter", maxIter, 1);
        Check.positive("tol", tol);
        if (penalty == null || classWeight == null || multiClass == null) {
            throw new IllegalArgumentException("penalty, class_weight and multi_class must be given");
        }
    }

    /** scikit-learn's defaults: C 1, l2, 100 iterations, tol 1e-4, no class weights, an intercept, auto. */
    public LogisticRegression() {
        this(1.0, Regularization.L2, 0.5, 100, 1e-4, ClassWeight.NONE, true, MultiClass.AUTO);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    @Override
    public Fitted fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public Fitted fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded target = Targets.classes(y);
        int n = x.rowCount();
        if (y.size() != n) {
            throw new IllegalArgumentException("target '" + y.name() + "' has " + y.size() + " rows, the features "
                    + n);
        }
        double[] weights = LogisticWeights.sampleWeights(sampleWeights, n);
        int p = columns.length;
        int parameters = p + (fitIntercept ? 1 : 0);
        if (penalty == Regularization.NONE && n <= parameters) {
            throw new IllegalArgumentException("an unpenalised fit needs more rows than parameters: " + n
                    + " rows for " + parameters + " parameters; use penalty l2");
        }
        int classes = target.classes().size();
        int[] codes = target.codes();
        boolean multinomial = multiClass == MultiClass.MULTINOMIAL || (classes > 2 && multiClass == MultiClass.AUTO);
        // one softmax problem with a row per class; or one binary problem per class (one in all for two classes)
        int problems = multinomial || classes == 2 ? 1 : classes;
        int rowsPerProblem = multinomial ? classes : 1;
        double[][] coefficients = new double[problems * rowsPerProblem][];
        double[] intercepts = new double[coefficients.length];
        int iterations = 0;
        boolean converged = true;
        for (int k = 0; k < problems; k++) {
            int[] labels = multinomial ? codes : oneVersusRest(codes, problems == 1 ? 1 : k);
            double[] w = LogisticWeights.withClassWeights(weights, labels, multinomial ? classes : 2, classWeight);
            Minimum m = solve(new LogisticLoss(columns, labels, w, rowsPerProblem, fitIntercept, smoothPenalty(w)),
                    rowsPerProblem * p, l1Penalty(w));
            double[] theta = m.x();
            for (int r = 0; r < rowsPerProblem; r++) {
                coefficients[k + r] = Arrays.copyOfRange(theta, r * p, (r + 1) * p);
                intercepts[k + r] = fitIntercept ? theta[rowsPerProblem * p + r] : 0;
            }
            iterations = Math.max(iterations, m.iterations());
            converged &= m.converged();
        }
        boolean maximumLikelihood = penalty == Regularization.NONE && sampleWeights == null
                && classWeight == ClassWeight.NONE && (multinomial || classes == 2);
        if (!maximumLikelihood || coefficients.length > 1) {
            Fitted fitted = new Fitted(x.names(), target.classes(), multinomial, coefficients, intercepts, iterations,
                    converged, Optional.empty(), Optional.empty());
            return maximumLikelihood ? fitted.withLikelihood(x, y, codes, parameters) : fitted;
        }
        LogitSummary summary = inference(columns, x.names(), codes, coefficients[0], intercepts[0]);
        double[] refined = summary.coefficients();
        double[] intercept = {fitIntercept ? refined[0] : 0};
        double[][] coefficient = {Arrays.copyOfRange(refined, refined.length - p, refined.length)};
        return new Fitted(x.names(), target.classes(), false, coefficient, intercept, iterations, true,
                Optional.of(summary), Optional.of(new Likelihood(summary.logLikelihood(), parameters, n,
                        Likelihood.Family.CATEGORICAL, Likelihood.fingerprint(y))));
    }

    /** Newton refinement and the maximum-likelihood summary of an unpenalised, unweighted binary fit. */
    private LogitSummary inference(double[][] columns, List<String> names, int[] codes, double[] coefficients,
                                   double intercept) {
        double[] start = new double[coefficients.length + (fitIntercept ? 1 : 0)];
        if (fitIntercept) {
            start[0] = intercept;
        }
        System.arraycopy(coefficients, 0, start, start.length - coefficients.length, coefficients.length);
        return LogitInference.summarise(columns, names, codes, fitIntercept, start);
    }

    private Minimum solve(LogisticLoss loss, int coefficientCount, Penalty l1) {
        double[] start = new double[loss.dimension()];
        if (l1.alpha() * l1.l1Ratio() == 0) {
            return new Lbfgs(maxIter, tol).minimize(loss, start);
        }
        ProximalGradient.NonSmoothTerm term = new ProximalGradient.NonSmoothTerm() {
            @Override
            public double value(double[] theta) {
                return l1.value(Arrays.copyOf(theta, coefficientCount));
            }

            @Override
            public void proximal(double[] theta, double step) {
                double[] w = Arrays.copyOf(theta, coefficientCount);
                l1.proximalL1(w, step);
                System.arraycopy(w, 0, theta, 0, coefficientCount);
            }
        };
        return new ProximalGradient(maxIter, tol).minimize(loss, term, start);
    }

    /** The strength of the penalty on the objective divided by C * sum of weights. */
    private double alpha(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return 1 / (C * total);
    }

    private Penalty smoothPenalty(double[] weights) {
        return switch (penalty) {
            case NONE, L1 -> Penalty.none();
            case L2 -> Penalty.l2(alpha(weights));
            case ELASTICNET -> Penalty.l2(alpha(weights) * (1 - l1Ratio));
        };
    }

    private Penalty l1Penalty(double[] weights) {
        return switch (penalty) {
            case NONE, L2 -> Penalty.none();
            case L1 -> Penalty.l1(alpha(weights));
            case ELASTICNET -> Penalty.l1(alpha(weights) * l1Ratio);
        };
    }

    private static int[] oneVersusRest(int[] codes, int positive) {
        int[] out = new int[codes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes[i] == positive ? 1 : 0;
        }
        return out;
    }

    /**
     * A fitted logistic regression.
     *
     * @param features     feature names, in coefficient order
     * @param classes      class labels, sorted as at fit time
     * @param multinomial  whether the outputs are a softmax over all classes (else: one sigmoid for two
     *                     classes, or one sigmoid per class against the rest, normalised)
     * @param coefficients one row of coefficients per output: one row for a binary model (the log-odds of
     *                     the second class), one per class otherwise
     * @param intercepts   one intercept per output (0 when none was fitted)
     * @param iterations   iterations of the L-BFGS or proximal solver (the most over one-vs-rest problems)
     * @param converged    whether every solver met its tolerance within max_iter (with a summary: whether
     *                     the Newton refinement converged, which such a fit requires)
     * @param summary      maximum-likelihood inference: present for unpenalised binary fits without weights
     * @param categorical  the log-likelihood of the training labels, with k = (classes - 1) x (features +
     *                     intercept) as statsmodels' Logit and MNLogit count it (a softmax over K classes has
     *                     K rows of coefficients, of which K - 1 are free): present for unpenalised binary and
     *                     multinomial fits without sample or class weights
     */
    public record Fitted(List<String> features, List<String> classes, boolean multinomial, double[][] coefficients,
                         double[] intercepts, int iterations, boolean converged, Optional<LogitSummary> summary,
                         Optional<Likelihood> categorical)
            implements Classifier, HasLikelihood, LinearExplainable {
        /** Type name in model files. */
        public static final String TYPE = "logistic_regression";

        public Fitted {
            features = List.copyOf(features);
            classes = List.copyOf(classes);
            coefficients = copy(coefficients);
            intercepts = intercepts.clone();
            int expected = multinomial || classes.size() > 2 ? classes.size() : 1;
            if (coefficients.length != expected || intercepts.length != expected) {
                throw new IllegalArgumentException(classes.size() + " classes need " + expected
                        + " coefficient rows and intercepts, got " + coefficients.length + " and " + intercepts.length);
            }
            for (double[] row : coefficients) {
                if (row.length != features.size()) {
                    throw new IllegalArgumentException(features.size() + " features but a row of " + row.length
                            + " coefficients");
                }
            }
            if (summary == null || categorical == null) {
                throw new IllegalArgumentException("summary and categorical must be given (empty when there is none)");
            }
        }

        /**
         * The log-likelihood of the training labels at the estimates, k and n. Only a maximum-likelihood
         * fit has one: a penalised fit maximises another objective (its log-likelihood at the estimates
         * would be penalised by a parameter count that does not fit it), and one-vs-rest and weighted fits
         * are not the likelihood of one model of the observed rows.
         *
         * @throws IllegalStateException when the fit is not a maximum-likelihood fit, or was read from a
         *                               model file written before the likelihood was recorded
         */
        @Override
        public Likelihood likelihood() {
            return categorical.orElseThrow(() -> new IllegalStateException("this logistic regression has no"
                    + " likelihood: AIC and BIC need a maximum-likelihood fit (penalty none, no sample or class"
                    + " weights, binary or multinomial, not one-vs-rest); refit it so, or compare penalised"
                    + " models by cross-validation (a model read from a file written before Lathe recorded the"
                    + " likelihood has none either)"));
        }

        /** This fit with its likelihood on the training rows {@code x}, labels {@code y} coded as {@code codes}. */
        private Fitted withLikelihood(Frame x, Column y, int[] codes, int perOutput) {
            double[][] p = predictProba(x);
            double llf = 0;
            for (int i = 0; i < codes.length; i++) {
                llf += Math.log(p[i][codes[i]]);
            }
            Likelihood l = new Likelihood(llf, (classes.size() - 1) * perOutput, codes.length,
                    Likelihood.Family.CATEGORICAL, Likelihood.fingerprint(y));
            return new Fitted(features, classes, multinomial, coefficients, intercepts, iterations, converged, summary,
                    Optional.of(l));
        }

        /** The coefficients (a copy): {@code result[output][feature]}. */
        @Override
        public double[][] coefficients() {
            return copy(coefficients);
        }

        /** The intercepts (a copy). */
        @Override
        public double[] intercepts() {
            return intercepts.clone();
        }

        /** Outputs: the log-odds of the second class for a binary model, one score per class otherwise. */
        @Override
        public LinearTerms linearTerms() {
            return new LinearTerms(features, coefficients, intercepts,
                    intercepts.length == 1 ? List.of(classes.get(1)) : classes);
        }

        @Override
        public String explainedScale() {
            return intercepts.length == 1 ? "log-odds" : multinomial ? "raw score" : "log-odds (one class against the rest)";
        }

        @Override
        public double[][] predictProba(Frame x) {
            double[][] columns = Features.matrix(x.select(features));
            int n = x.rowCount();
            int outputs = intercepts.length;
            double[] scores = new double[outputs * n];
            for (int k = 0; k < outputs; k++) {
                LogisticLoss.addScores(columns, coefficients[k], 0, intercepts[k], scores, k * n, 0, n);
            }
            double[][] out = new double[n][classes.size()];
            for (int i = 0; i < n; i++) {
                if (outputs == 1) {
                    double p = Losses.sigmoid(scores[i]);
                    out[i][0] = 1 - p;
                    out[i][1] = p;
                } else if (multinomial) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < outputs; k++) {
                        max = Math.max(max, scores[k * n + i]);
                    }
                    double sum = 0;
                    for (int k = 0; k < outputs; k++) {
                        out[i][k] = Math.exp(scores[k * n + i] - max);
                        sum += out[i][k];
                    }
                    for (int k = 0; k < outputs; k++) {
                        out[i][k] /= sum;
                    }
                } else {
                    double sum = 0;
                    for (int k = 0; k < outputs; k++) {
                        out[i][k] = Losses.sigmoid(scores[k * n + i]);
                        sum += out[i][k];
                    }
                    for (int k = 0; k < outputs; k++) {
                        out[i][k] /= sum;
                    }
                }
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("features", features);
            out.put("classes", classes);
            out.put("multinomial", multinomial);
            out.put("iterations", iterations);
            out.put("converged", converged);
            double[] flat = new double[coefficients.length * features.size()];
            for (int k = 0; k < coefficients.length; k++) {
                System.arraycopy(coefficients[k], 0, flat, k * features.size(), features.size());
            }
            out.doubles("coefficients", flat);
            out.doubles("intercepts", intercepts);
            summary.ifPresent(s -> s.save(out));
            categorical.ifPresent(l -> l.save(out));
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> features = in.getStrings("features");
            double[] intercepts = in.doubles("intercepts");
            double[] flat = in.doubles("coefficients");
            if (flat.length != intercepts.length * features.size()) {
                throw in.fail("has " + flat.length + " coefficients for " + intercepts.length + " outputs of "
                        + features.size() + " features");
            }
            double[][] coefficients = new double[intercepts.length][];
            for (int k = 0; k < coefficients.length; k++) {
                coefficients[k] = Arrays.copyOfRange(flat, k * features.size(), (k + 1) * features.size());
            }
            return new Fitted(features, in.getStrings("classes"), in.getBoolean("multinomial"), coefficients,
                    intercepts, in.getInt("iterations"), in.getBoolean("converged"), LogitSummary.load(in),
                    Likelihood.load(in));
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int k = 0; k < m.length; k++) {
                out[k] = m[k].clone();
            }
            return out;
        }
    }
}
