package dev.lathe.model.svm;

import dev.lathe.frame.Frame;
import dev.lathe.model.Regressor;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * A fitted epsilon-SVR ({@link Svr}): {@code f(x) = sum_s (alpha_s - alpha*_s) K(x_s, x) + intercept}.
 *
 * @param features  feature names, in the order of the support vectors' values
 * @param vectors   the support vectors, in training row order
 * @param function  the decision function over them (scikit-learn's {@code dual_coef_} and {@code intercept_})
 * @param converged whether the solver met its tolerance
 */
public record SvrModel(List<String> features, SupportVectors vectors, Expansion function, boolean converged)
        implements Regressor {

    /** Type name in model files. */
    public static final String TYPE = "svr";

    public SvrModel {
        features = List.copyOf(features);
    }

    @Override
    public double[] predict(Frame x) {
        double[][] k = vectors.kernelValues(SvmInputs.queryRows(x, features));
        double[] out = new double[k.length];
        for (int q = 0; q < out.length; q++) {
            out[q] = function.value(k[q]);
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
        out.put("converged", converged);
        vectors.save(out, features.size());
        Expansions.save(out, List.of(function));
    }

    /** Reads what {@link #save} wrote. */
    public static SvrModel load(StepReader in) {
        List<String> features = in.getStrings("features");
        SupportVectors vectors = SupportVectors.load(in, features.size());
        List<Expansion> functions = Expansions.load(in, vectors.count());
        if (functions.size() != 1) {
            throw in.fail("has " + functions.size() + " decision functions; an SVR has one");
        }
        return new SvrModel(features, vectors, functions.get(0), in.getBoolean("converged"));
    }
}
