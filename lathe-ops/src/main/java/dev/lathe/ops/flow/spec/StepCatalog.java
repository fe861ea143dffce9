package dev.lathe.ops.flow.spec;

import dev.lathe.frame.ColumnType;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.PrepStep;
import dev.lathe.prep.balance.RandomOverSampler;
import dev.lathe.prep.balance.RandomUnderSampler;
import dev.lathe.prep.balance.Smote;
import dev.lathe.prep.balance.SmoteNc;
import dev.lathe.prep.encode.CyclicEncoder;
import dev.lathe.prep.encode.DateParts;
import dev.lathe.prep.encode.FrequencyEncoder;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.encode.OrdinalEncoder;
import dev.lathe.prep.encode.TargetEncoder;
import dev.lathe.prep.feature.KBinsDiscretizer;
import dev.lathe.prep.feature.PolynomialFeatures;
import dev.lathe.prep.feature.SplineTransformer;
import dev.lathe.prep.impute.CategoricalImputer;
import dev.lathe.prep.impute.KnnImputer;
import dev.lathe.prep.impute.MissingColumnDropper;
import dev.lathe.prep.impute.MissingIndicator;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.outlier.IqrFilter;
import dev.lathe.prep.outlier.RobustZScoreFilter;
import dev.lathe.prep.outlier.Winsorizer;
import dev.lathe.prep.outlier.ZScoreFilter;
import dev.lathe.prep.scale.MaxAbsScaler;
import dev.lathe.prep.scale.MinMaxScaler;
import dev.lathe.prep.scale.RobustScaler;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.transform.LogTransformer;
import dev.lathe.prep.transform.PowerTransformer;
import dev.lathe.prep.transform.QuantileTransformer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The preparation steps a flow spec's {@code prep} section names, each built from its defaults with the given
 * hyperparameters changed by their snake_case names ({@link dev.lathe.param.HasParams#withParams}). A step's
 * {@code columns} is a list of column names, or a mapping with any of {@code names}, {@code types} and
 * {@code pattern} (a regular expression).
 */
public final class StepCatalog {

    private static final Map<String, Supplier<PrepStep>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("numeric_imputer", NumericImputer::new);
        STEPS.put("categorical_imputer", CategoricalImputer::new);
        STEPS.put("knn_imputer", KnnImputer::new);
        STEPS.put("missing_indicator", MissingIndicator::new);
        STEPS.put("missing_column_dropper", MissingColumnDropper::new);
        STEPS.put("iqr_filter", IqrFilter::new);
        STEPS.put("z_score_filter", ZScoreFilter::new);
        STEPS.put("robust_z_score_filter", RobustZScoreFilter::new);
        STEPS.put("winsorizer", Winsorizer::new);
        STEPS.put("one_hot_encoder", OneHotEncoder::new);
        STEPS.put("ordinal_encoder", OrdinalEncoder::new);
        STEPS.put("target_encoder", TargetEncoder::new);
        STEPS.put("frequency_encoder", FrequencyEncoder::new);
        STEPS.put("date_parts", DateParts::new);
        STEPS.put("cyclic_encoder", CyclicEncoder::new);
        STEPS.put("log_transformer", LogTransformer::new);
        STEPS.put("power_transformer", PowerTransformer::new);
        STEPS.put("quantile_transformer", QuantileTransformer::new);
        STEPS.put("standard_scaler", StandardScaler::new);
        STEPS.put("robust_scaler", RobustScaler::new);
        STEPS.put("min_max_scaler", MinMaxScaler::new);
        STEPS.put("max_abs_scaler", MaxAbsScaler::new);
        STEPS.put("polynomial_features", PolynomialFeatures::new);
        STEPS.put("spline_transformer", SplineTransformer::new);
        STEPS.put("k_bins_discretizer", KBinsDiscretizer::new);
        STEPS.put("random_over_sampler", RandomOverSampler::new);
        STEPS.put("random_under_sampler", RandomUnderSampler::new);
        STEPS.put("smote", Smote::new);
        STEPS.put("smote_nc", SmoteNc::new);
    }

    private StepCatalog() {
    }

    /** The step names, in catalogue order. */
    public static List<String> names() {
        return List.copyOf(STEPS.keySet());
    }

    /**
     * The step {@code name} with {@code params} applied; an unknown name (with the closest known one), an unknown
     * hyperparameter or an invalid value is an {@link IllegalArgumentException} with a clear message.
     */
    public static PrepStep build(String name, Map<String, Object> params) {
        Supplier<PrepStep> s = STEPS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown preparation step '" + name + "'"
                    + Fields.known(name, STEPS.keySet()));
        }
        PrepStep step = s.get();
        if (params.isEmpty()) {
            return step;
        }
        Map<String, Object> changes = new LinkedHashMap<>(params);
        if (changes.containsKey("columns")) {
            changes.put("columns", selector(changes.get("columns")));
        }
        return (PrepStep) step.withParams(changes);
    }

    /** A column selector from a list of names, one name, or {@code {names, types, pattern}}. */
    @SuppressWarnings("unchecked")
    static ColumnSelector selector(Object value) {
        if (value instanceof List<?> list) {
            return ColumnSelector.names(list.stream().map(String::valueOf).toList());
        }
        if (value instanceof String name) {
            return ColumnSelector.names(name);
        }
        if (value instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                if (!List.of("names", "types", "pattern").contains(key)) {
                    throw new IllegalArgumentException("'columns' takes names, types and pattern, not '" + key + "'");
                }
            }
            List<String> names = m.get("names") == null ? List.of() : ((List<Object>) asList(m.get("names")))
                    .stream().map(String::valueOf).toList();
            List<ColumnType> types = m.get("types") == null ? List.of() : ((List<Object>) asList(m.get("types")))
                    .stream().map(t -> type(String.valueOf(t))).toList();
            Object pattern = m.get("pattern");
            return new ColumnSelector(names, types, pattern == null ? null : pattern.toString());
        }
        throw new IllegalArgumentException("'columns' takes a list of column names or {names, types, pattern}");
    }

    /** A column type by its label (numeric, categorical, text, timestamp, boolean). */
    static ColumnType type(String label) {
        try {
            return ColumnType.valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown column type '" + label
                    + "'; known: numeric, categorical, text, timestamp, boolean");
        }
    }

    private static Object asList(Object v) {
        return v instanceof List<?> ? v : List.of(v);
    }
}
