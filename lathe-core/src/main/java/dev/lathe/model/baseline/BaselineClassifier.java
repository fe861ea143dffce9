package dev.lathe.model.baseline;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * Predicts the training class frequencies for every row, whatever the features (scikit-learn's
 * DummyClassifier with the "prior" strategy): the baseline every real classifier must beat.
 */
public record BaselineClassifier() implements Estimator {

    @Override
    public Fitted fit(Frame x, Column y) {
        Features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        double[] prior = new double[t.classes().size()];
        for (int c : t.codes()) {
            prior[c]++;
        }
        for (int k = 0; k < prior.length; k++) {
            prior[k] /= t.codes().length;
        }
        return new Fitted(t.classes(), prior);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    /** The fitted baseline: class labels and their training frequencies. */
    public record Fitted(List<String> classes, double[] prior) implements Classifier {
        /** Type name in model files. */
        public static final String TYPE = "baseline_classifier";

        public Fitted {
            classes = List.copyOf(classes);
            prior = prior.clone();
            if (prior.length != classes.size()) {
                throw new IllegalArgumentException(classes.size() + " classes but " + prior.length + " priors");
            }
        }

        @Override
        public double[][] predictProba(Frame x) {
            double[][] out = new double[x.rowCount()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = prior.clone();
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("classes", classes);
            out.doubles("prior", prior);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("classes"), in.doubles("prior"));
        }
    }
}
