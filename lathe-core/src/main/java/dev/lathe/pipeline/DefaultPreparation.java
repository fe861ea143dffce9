package dev.lathe.pipeline;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.ReadsMixedTypes;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.PrepStep;
import dev.lathe.prep.encode.DateParts;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.impute.CategoricalImputer;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.scale.StandardScaler;
import java.util.ArrayList;
import java.util.List;

/**
 * The preparation {@code lathe train} uses when no spec says otherwise, chosen from the column types:
 * timestamps to date parts; categorical and boolean gaps filled with the most frequent value; categorical
 * columns one-hot encoded (unknown levels at prediction give all zeros), without the first level for models
 * fitted without a penalty beside an intercept, whose design would otherwise be rank deficient; numeric gaps
 * filled with the median; numeric columns standardised for models that want it. An estimator that
 * {@link ReadsMixedTypes reads mixed types} as configured (KNN with the Gower metric) gets only the date parts:
 * its categorical columns stay categories, its numeric ones unscaled, its missing values missing. Text columns
 * are not features by default.
 */
public final class DefaultPreparation {

    private DefaultPreparation() {
    }

    /**
     * The steps for the feature columns of {@code features} in front of {@code estimator}, configured from
     * catalogue model {@code model}.
     */
    public static List<PrepStep> steps(Frame features, ModelCatalog.Entry model, Estimator estimator) {
        List<PrepStep> steps = new ArrayList<>();
        if (has(features, ColumnType.TIMESTAMP)) {
            steps.add(new DateParts());
        }
        if (estimator instanceof ReadsMixedTypes m && m.readsMixedTypes()) {
            return steps;
        }
        if (has(features, ColumnType.CATEGORICAL) || has(features, ColumnType.BOOLEAN)) {
            steps.add(new CategoricalImputer(ColumnSelector.types(ColumnType.CATEGORICAL, ColumnType.BOOLEAN),
                    CategoricalImputer.Strategy.MOST_FREQUENT, "missing_value", false));
        }
        if (has(features, ColumnType.CATEGORICAL)) {
            steps.add(new OneHotEncoder(ColumnSelector.types(ColumnType.CATEGORICAL), model.needsFullRank() ? OneHotEncoder.Drop.FIRST : OneHotEncoder.Drop.NONE,
                    OneHotEncoder.HandleUnknown.IGNORE, 0, OneHotEncoder.HandleMissing.ZEROS));
        }
        steps.add(new NumericImputer(NumericImputer.Strategy.MEDIAN));
        if (model.wantsScaling()) {
            steps.add(new StandardScaler());
        }
        return steps;
    }

    /** The columns of {@code features} the default preparation cannot use (text). */
    public static List<String> unusable(Frame features) {
        return features.columns().stream().filter(c -> c.type() == ColumnType.TEXT).map(c -> c.name()).toList();
    }

    private static boolean has(Frame f, ColumnType type) {
        return f.columns().stream().anyMatch(c -> c.type() == type);
    }
}
