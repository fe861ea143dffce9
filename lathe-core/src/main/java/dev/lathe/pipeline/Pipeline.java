package dev.lathe.pipeline;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Model;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.PrepStep;
import dev.lathe.prep.Resampler;
import dev.lathe.prep.Transformer;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Preparation steps followed by one estimator. {@link #fit} learns every step on the training rows only,
 * in order: transformers are fitted and applied, resamplers change the training rows, then the estimator
 * learns from the result. Nothing of rows outside the training set reaches any step.
 *
 * @param steps     transformers and resamplers, in order
 * @param estimator the learner at the end
 */
public record Pipeline(List<PrepStep> steps, Estimator estimator) {

    public Pipeline {
        steps = List.copyOf(steps);
        if (estimator == null) {
            throw new IllegalArgumentException("a pipeline needs an estimator");
        }
        for (PrepStep s : steps) {
            if (!(s instanceof Transformer) && !(s instanceof Resampler)) {
                throw new IllegalArgumentException("step " + s + " is neither a transformer nor a resampler");
            }
        }
    }

    /** A pipeline of the given steps and estimator. */
    public static Pipeline of(Estimator estimator, PrepStep... steps) {
        return new Pipeline(List.of(steps), estimator);
    }

    /**
     * Fits every step and the estimator on {@code data}.
     *
     * @param target the target column's name; every other column is a feature
     */
    public FittedPipeline fit(Frame data, String target) {
        return fit(data, data.drop(target), data.column(target), target);
    }

    /**
     * Fits every step and an unsupervised estimator (clustering, decomposition) on {@code data}, every column a
     * feature; transformers see no target.
     */
    public FittedPipeline fit(Frame data) {
        if (!estimator.task().unsupervised()) {
            throw new IllegalArgumentException(estimator.getClass().getSimpleName() + " needs a target column");
        }
        return fit(data, data, null, null);
    }

    private FittedPipeline fit(Frame data, Frame features, Column y, String target) {
        Frame x = features;
        if (x.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to fit on");
        }
        List<FittedTransformer> fitted = new ArrayList<>();
        for (PrepStep step : steps) {
            if (step instanceof Transformer t) {
                Transformer.FitResult r = t.fitTransform(x, y);
                fitted.add(r.fitted());
                x = r.transformed();
            } else {
                Resampler.Resampled r = ((Resampler) step).resample(x, y);
                x = r.data();
                y = r.target();
            }
        }
        Model model = estimator.fit(x, y);
        Supplier<Provenance> provenance = () -> Provenance.of(this, data);
        return new FittedPipeline(features.schema(), target, fitted, model, provenance, features);
    }

    /** One cross-validation fold: its rows and the pipeline fitted on its training rows alone. */
    public record FoldFit(Fold fold, FittedPipeline fitted) {
    }

    /**
     * Fits a fresh copy of the whole pipeline, every step included, on each fold's training rows.
     */
    public List<FoldFit> crossFit(Frame data, String target, Splitter splitter) {
        List<FoldFit> out = new ArrayList<>();
        for (Fold fold : splitter.split(data, data.column(target))) {
            out.add(new FoldFit(fold, fit(data.take(fold.train()), target)));
        }
        return out;
    }
}
