package dev.lathe.stats.formula;

import java.util.List;

/**
 * A parsed R-style model formula, e.g. {@code y ~ x1 + log(x2) + C(g) + a:b + I(x^2) - 1}. Build one with
 * {@link #parse}; turn it into a design matrix with {@link DesignMatrix#of}.
 *
 * @param response  the response column
 * @param terms     the terms in order; a term is a product (interaction) of factors
 * @param allOthers whether {@code .} stood for every column not otherwise named
 * @param excluded  columns removed with {@code - name}, which {@code .} then leaves out too
 * @param intercept whether the model has an intercept ({@code - 1} or {@code + 0} removes it)
 * @param text      the formula as written
 */
public record Formula(String response, List<List<Factor>> terms, boolean allOthers, List<String> excluded,
                      boolean intercept, String text) {

    public Formula {
        terms = terms.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** Parses {@code text}; a {@link FormulaException} gives the position of any fault. */
    public static Formula parse(String text) {
        return new FormulaParser(text).parse();
    }
}
