package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.testing.JsonFixtures;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-SVC against scikit-learn 1.2.1's SVC (LIBSVM) on the fixture cases (fixtures/svm/README.md), at its default
 * tol 1e-3 and at tol 1e-10 (the _tight cases), binary and multi-class, with every kernel: the same number of
 * solver steps per pair, the same support vectors and predictions, and dual coefficients, intercepts and decision
 * values within 1e-9. At the loose tol this holds only because the solver takes LIBSVM's exact path (float
 * kernel cache, LIBSVM's clipping and shrinking order): the solution there is only within about tol of the
 * optimum, and scikit-learn's own decision values move by up to 2.8e-3 between tol 1e-3 and 1e-12.
 */
class SvcReferenceTest {

    /** Issue 14 asks for 1e-3; on LIBSVM's path the largest differences seen are 2e-12 (decision values). */
    private static final double TOL = 1e-9;

    private static Frame data(String name) {
        return switch (name.replace("_tight", "")) {
            case "binary_rbf", "binary_linear", "binary_poly" -> SvmFixtures.irisBinary();
            case "binary_sigmoid" -> SvmFixtures.standardised(SvmFixtures.irisBinary(), "species");
            case "binary_rbf_balanced" -> SvmFixtures.irisBinary().take(IntStream.range(10, 100).toArray());
            case "iris_rbf" -> Datasets.iris();
            case "wine_rbf", "wine_poly", "wine_linear", "wine_sigmoid" -> SvmFixtures.standardised(Datasets.wine(),
                    "class");
            case "cancer_rbf", "cancer_poly", "cancer_sigmoid", "cancer_linear" ->
                    SvmFixtures.standardised(Datasets.breastCancer(), "diagnosis");
            case "synthetic_rbf", "synthetic_poly" -> SvmFixtures.synthetic();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String target(String name) {
        return name.startsWith("wine") ? "class" : name.startsWith("cancer") ? "diagnosis"
                : name.startsWith("synthetic") ? "label" : "species";
    }

    private static boolean multiClass(String name) {
        return name.startsWith("iris") || name.startsWith("wine") || name.startsWith("synthetic");
    }

    private static Svc estimator(JsonNode params) {
        Map<String, Object> p = new HashMap<>();
        params.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().isNumber()
                ? (Object) e.getValue().asDouble() : e.getValue().asText()));
        p.put("probability", false);
        return (Svc) new Svc().withParams(p);
    }

    private static final String[] CASES = {"binary_rbf_tight", "binary_poly_tight", "iris_rbf_tight", "binary_rbf",
        "binary_linear", "binary_poly", "binary_sigmoid", "binary_rbf_balanced", "iris_rbf", "wine_rbf", "cancer_rbf",
        "cancer_poly", "cancer_sigmoid", "cancer_linear", "wine_poly", "wine_linear", "wine_sigmoid", "synthetic_rbf",
        "synthetic_poly"};

    /**
     * The solver takes LIBSVM's path: per one-vs-one pair (rows of the first class, then the second, each in row
     * order, as LIBSVM groups them) the same number of steps as scikit-learn's {@code n_iter_}.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void takesAsManyStepsAsLibsvmPerPair(String name) {
        JsonNode c = SvmFixtures.fixtureCase("svc", name);
        Frame data = data(name);
        Svc svc = estimator(c.get("params"));
        Frame x = data.drop(target(name));
        double[][] columns = Features.matrix(x);
        double[][] rows = SvmInputs.rows(columns);
        KernelFunction k = new KernelFunction(svc.kernel(), SvmInputs.gamma(svc.gamma(), columns), svc.degree(),
                svc.coef0());
        Targets.Encoded target = Targets.classes(data.column(target(name)));
        double[] classWeights = svc.classWeight().of(target.counts());
        int[][] members = target.members();
        SolverSettings settings = SolverSettings.of(svc.tol(), svc.shrinking(), svc.cacheSize(), svc.maxIter());
        int pair = 0;
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++, pair++) {
                int n = members[i].length + members[j].length;
                double[][] sub = new double[n][];
                int[] y = new int[n];
                double[] upper = new double[n];
                for (int t = 0; t < n; t++) {
                    boolean first = t < members[i].length;
                    int row = first ? members[i][t] : members[j][t - members[i].length];
                    sub[t] = rows[row];
                    y[t] = first ? 1 : -1;
                    upper[t] = svc.C() * classWeights[first ? i : j];
                }
                Smo.Solution s = BinarySvc.solve(sub, y, upper, k, settings);
                assertThat(s.iterations()).as("pair %d steps", pair).isEqualTo(c.get("n_iter").get(pair).asLong());
            }
        }
    }

    static String[] cases() {
        return CASES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void agreesWithScikitLearn(String name) {
        JsonNode c = SvmFixtures.fixtureCase("svc", name);
        Frame data = data(name);
        Frame x = data.drop(target(name));
        SvcModel m = estimator(c.get("params")).fit(x, data.column(target(name)));

        assertThat(m.classes()).containsExactlyElementsOf(
                java.util.stream.StreamSupport.stream(c.get("classes").spliterator(), false).map(JsonNode::asText)
                        .toList());
        assertThat(new TreeSet<>(IntStream.of(m.vectors().rows()).boxed().toList()))
                .as("support vectors").isEqualTo(new TreeSet<>(IntStream.of(JsonFixtures.ints(c.get("support")))
                        .boxed().collect(Collectors.toSet())));
        int[] svRows = m.vectors().rows();
        double coefDiff = 0;
        double interceptDiff = 0;
        for (int p = 0; p < m.pairs().size(); p++) {
            Map<Integer, Double> expected = SvmFixtures.coefficients(c.get("pairs").get(p));
            Expansion e = m.pairs().get(p);
            for (int s = 0; s < e.vectors().length; s++) {
                coefDiff = Math.max(coefDiff, Math.abs(e.coef()[s] - expected.getOrDefault(svRows[e.vectors()[s]], 0.0)));
            }
            interceptDiff = Math.max(interceptDiff, Math.abs(e.intercept() - c.get("intercept").get(p).asDouble()));
        }
        double[][] decision = multiClass(name) ? m.pairwiseDecision(x) : m.decisionFunction(x);
        double decisionDiff = 0;
        for (int i = 0; i < decision.length; i++) {
            for (int k = 0; k < decision[i].length; k++) {
                double e = c.has("decision") ? c.get("decision").get(i).asDouble()
                        : c.get("decision_ovo").get(i).get(k).asDouble();
                decisionDiff = Math.max(decisionDiff, Math.abs(decision[i][k] - e));
            }
        }
        assertThat(decisionDiff).as("largest decision value difference").isLessThan(TOL);
        assertThat(interceptDiff).as("largest intercept difference").isLessThan(TOL);
        assertThat(coefDiff).as("largest dual coefficient difference").isLessThan(TOL);
        String[] predicted = m.predict(x);
        for (int i = 0; i < predicted.length; i++) {
            assertThat(predicted[i]).as("row %d", i).isEqualTo(c.get("predict").get(i).asText());
        }
    }
}
