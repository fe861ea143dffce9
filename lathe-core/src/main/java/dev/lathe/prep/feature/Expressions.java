package dev.lathe.prep.feature;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * New numeric columns computed from existing ones by formulas in a small, safe expression language:
 * {@code per_head = income / household_size}, {@code y = log1p(x)}, {@code mid = (a + b) / 2}. The
 * definitions are applied in order, so a later one may use an earlier one's column; a definition may
 * also replace an existing column ({@code x = log1p(x)}). The text is parsed by a fixed grammar, only
 * the listed functions can be called, and nothing else is evaluated.
 *
 * <pre>
 * definition := name '=' sum
 * sum        := product (('+' | '-') product)*
 * product    := unary (('*' | '/') unary)*
 * unary      := '-' unary | power
 * power      := atom ('^' unary)?
 * atom       := number | name | function '(' sum (',' sum)* ')' | '(' sum ')'
 * name       := a letter or '_', then letters, digits, '_'; or any text between backquotes: `household size`
 * number     := digits with an optional fraction and exponent: 2, 0.5, .5, 1e-3
 * function   := abs ceil clip exp floor log log10 log1p max min pow sqrt
 * </pre>
 *
 * <p>Precedence as in mathematics and Python: {@code ^} binds tightest and groups to the right
 * ({@code 2 ^ 3 ^ 2} is {@code 2 ^ 9}), then negation ({@code -x ^ 2} is {@code -(x ^ 2)}), then
 * {@code * /}, then {@code + -}, both grouping to the left. Functions: abs(x), ceil(x), clip(x, lo, hi)
 * = min(max(x, lo), hi), exp(x), floor(x), log(x) (natural), log10(x), log1p(x) = log(1 + x),
 * max(x, y, ...), min(x, y, ...), pow(x, y) = x ^ y, sqrt(x).
 *
 * <p>Missing values and undefined results: a missing operand gives a missing result, and so does every
 * operation whose result is not a finite number: division by zero (x / 0 and 0 / 0), log or sqrt outside
 * their domain, overflow. Columns must be numeric. A fault in the text, an unknown function or an unknown
 * column fails with an {@link ExpressionException} naming the 1-based position of the fault; unknown
 * columns are reported with the closest names. The model file holds the definitions' text, parsed again
 * on loading.
 *
 * @param definitions formulas {@code name = expression}, applied in order; at least one, each name once
 */
public record Expressions(List<String> definitions) implements Transformer {

    public Expressions {
        if (definitions == null || definitions.isEmpty()) {
            throw new IllegalArgumentException("definitions must hold at least one 'name = expression'");
        }
        definitions = List.copyOf(definitions);
        Map<String, Integer> defined = new HashMap<>();
        for (int k = 0; k < definitions.size(); k++) {
            String name = Definition.parse(definitions.get(k)).name();
            Integer earlier = defined.put(name, k + 1);
            if (earlier != null) {
                throw new IllegalArgumentException("definitions " + earlier + " and " + (k + 1) + " both define '"
                        + name + "'");
            }
        }
    }

    /** The given definitions, in order. */
    public static Expressions of(String... definitions) {
        return new Expressions(List.of(definitions));
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        FeatureColumns.requireRows(data, Fitted.TYPE);
        Fitted fitted = new Fitted(definitions.stream().map(Definition::parse).toList());
        // checks every referenced column's presence and type on the training columns, computing nothing
        fitted.transform(data.head(0));
        return fitted;
    }

    /** The parsed definitions; nothing is learned from the data. */
    public record Fitted(List<Definition> definitions) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "expressions";

        public Fitted {
            definitions = List.copyOf(definitions);
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (Definition d : definitions) {
                out = out.withColumn(NumericColumn.wrap(d.name(), d.evaluate(out)));
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("definitions", definitions.stream().map(Definition::text).toList());
        }

        /** Parses the saved definitions' text again. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("definitions").stream().map(Definition::parse).toList());
        }
    }
}
