package dev.lathe.pipeline;

import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.persist.StepLoader;
import dev.lathe.prep.scale.StandardScaler;
import java.util.Map;

/**
 * The allow-list of step types a model file may contain, each with its loader. Loading never looks a
 * class up by a name read from the file: a type that is not here is refused. Add a line for every new
 * fitted step.
 */
public final class StepTypes {

    private static final Map<String, StepLoader> LOADERS = Map.ofEntries(
            Map.entry(FittedPipeline.TYPE, FittedPipeline::load),
            Map.entry(StandardScaler.Fitted.TYPE, StandardScaler.Fitted::load),
            Map.entry(BaselineRegressor.Fitted.TYPE, BaselineRegressor.Fitted::load),
            Map.entry(BaselineClassifier.Fitted.TYPE, BaselineClassifier.Fitted::load),
            Map.entry(LogisticRegression.Fitted.TYPE, LogisticRegression.Fitted::load));

    private StepTypes() {
    }

    /** Type name to loader, for {@link dev.lathe.persist.ModelArchive#read}. */
    public static Map<String, StepLoader> loaders() {
        return LOADERS;
    }
}
