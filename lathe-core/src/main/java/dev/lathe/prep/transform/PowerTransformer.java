package dev.lathe.prep.transform;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.ObservedValues;
import dev.lathe.prep.Transformer;
import dev.lathe.prep.scale.StandardScaler;
import java.util.List;
import java.util.Locale;

/**
 * A power transform towards normality, as scikit-learn's PowerTransformer: each column gets the lambda
 * that maximises the normal log-likelihood of its transformed training values (missing values ignored),
 * then, by default, standard scaling of the result. Missing values stay missing.
 *
 * @param columns     columns to transform (default: every numeric column)
 * @param method      {@code method}: {@link Method#YEO_JOHNSON} (default, any real values) or
 *                    {@link Method#BOX_COX} (strictly positive values only)
 * @param standardize {@code standardize}: scale the transformed values to mean 0 and standard deviation 1
 *                    (default true)
 */
public record PowerTransformer(ColumnSelector columns, Method method, boolean standardize) implements Transformer {

    /** The family of power transforms. */
    public enum Method {
        /** Box-Cox (1964): (x^lambda - 1) / lambda, for x > 0 only. */
        BOX_COX(new BoxCox()),
        /** Yeo-Johnson (2000): Box-Cox extended to zero and negative values. */
        YEO_JOHNSON(new YeoJohnson());

        private final PowerFamily family;

        Method(PowerFamily family) {
            this.family = family;
        }

        /** The name as scikit-learn spells it: {@code box-cox}, {@code yeo-johnson}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public PowerTransformer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (method == null) {
            throw new IllegalArgumentException("method must be given: box_cox or yeo_johnson");
        }
    }

    /** Yeo-Johnson of every numeric column, standardised (scikit-learn's defaults). */
    public PowerTransformer() {
        this(ColumnSelector.types(ColumnType.NUMERIC), Method.YEO_JOHNSON, true);
    }

    /** {@code method} on every numeric column, standardised or not. */
    public PowerTransformer(Method method, boolean standardize) {
        this(ColumnSelector.types(ColumnType.NUMERIC), method, standardize);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        return standardize ? (Fitted) fitTransform(data, target).fitted() : unscaled(data);
    }

    /** Fits and transforms the training rows, computing the power transform once. */
    @Override
    public FitResult fitTransform(Frame data, Column target) {
        Fitted unscaled = unscaled(data);
        Frame powered = unscaled.transform(data);
        if (!standardize) {
            return new FitResult(unscaled, powered);
        }
        List<String> names = unscaled.columns();
        StandardScaler.Fitted scaler = new StandardScaler(ColumnSelector.names(names), true, true).fit(powered, null);
        return new FitResult(new Fitted(names, method, unscaled.lambdas(), scaler), scaler.transform(powered));
    }

    /** The lambdas alone, without the scaling; columns are fitted in parallel, each on its own. */
    private Fitted unscaled(Frame data) {
        List<String> names = columns.select(data);
        String step = Fitted.step(method);
        double[] lambdas = new double[names.size()];
        Chunks.run(lambdas.length, j -> lambdas[j] = lambda(data, names.get(j), step));
        return new Fitted(names, method, lambdas, null);
    }

    private double lambda(Frame data, String name, String step) {
        double bound = method.family.lowerBound();
        if (bound > Double.NEGATIVE_INFINITY) {
            Domain.requireAbove(NumericColumns.values(data, name, step), bound, step, name);
        }
        double[] observed = ObservedValues.of(data, name, step);
        double first = observed[0];
        boolean constant = true;
        for (double v : observed) {
            constant &= v == first;
        }
        if (constant) {
            throw new IllegalArgumentException(step + " cannot estimate lambda for column '" + name
                    + "': it is constant (every value is " + first + ")");
        }
        try {
            return PowerFit.lambda(observed, method.family);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(step + " cannot estimate lambda for column '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Learned lambdas, one per column, and the standard scaler applied after the transform (null when
     * not standardised).
     */
    public record Fitted(List<String> columns, Method method, double[] lambdas, StandardScaler.Fitted scaler)
            implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "power_transformer";

        public Fitted {
            columns = List.copyOf(columns);
            if (lambdas.length != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + lambdas.length + " lambdas");
            }
            if (scaler != null && !scaler.columns().equals(columns)) {
                throw new IllegalArgumentException("the scaler covers " + scaler.columns() + ", not " + columns);
            }
        }

        /** The step's name in messages, e.g. {@code power_transformer (box-cox)}. */
        static String step(Method method) {
            return TYPE + " (" + method.label() + ")";
        }

        /** The power transform with each column's lambda, then the scaling; Box-Cox fails on values <= 0. */
        @Override
        public Frame transform(Frame data) {
            PowerFamily family = method.family;
            String step = step(method);
            Frame powered = NumericColumns.replace(data, columns, step, (j, v) -> {
                Domain.requireAbove(v, family.lowerBound(), step, columns.get(j));
                double lambda = lambdas[j];
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = family.forward(v[i], lambda);
                }
                return out;
            });
            return scaler == null ? powered : scaler.transform(powered);
        }

        /** Undoes the scaling, then the power transform; values outside the transform's range give NaN. */
        @Override
        public Frame inverse(Frame data) {
            PowerFamily family = method.family;
            Frame unscaled = scaler == null ? data : scaler.inverse(data);
            return NumericColumns.replace(unscaled, columns, step(method), (j, v) -> {
                double lambda = lambdas[j];
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = family.inverse(v[i], lambda);
                }
                return out;
            });
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("method", method.name());
            out.doubles("lambdas", lambdas);
            out.put("standardize", scaler != null);
            if (scaler != null) {
                out.child("scaler", scaler);
            }
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            String name = in.getString("method");
            Method method;
            try {
                method = Method.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw in.fail("has unknown method '" + name + "'");
            }
            StandardScaler.Fitted scaler = in.getBoolean("standardize")
                    ? in.child("scaler", StandardScaler.Fitted.class) : null;
            return new Fitted(columns, method, in.doubles("lambdas", columns.size()), scaler);
        }
    }
}
