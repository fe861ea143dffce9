package dev.lathe.prep.route;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Applies transformers to chosen columns and passes the others through, as scikit-learn's
 * ColumnTransformer with {@code remainder="passthrough"}. Each route's transformer is fitted on, and
 * applied to, its own columns only; no two routes may select the same column. The output holds each
 * route's output columns, in route order, then the columns no route selected, in their original order. A
 * route that selects no column is skipped, as scikit-learn skips an empty selection.
 *
 * @param routes the routes, at least one
 */
public record ColumnRouter(List<Route> routes) implements Transformer {

    /**
     * One route: the columns a transformer acts on.
     *
     * @param columns     the columns given to the transformer
     * @param transformer the step fitted on and applied to those columns alone
     */
    public record Route(ColumnSelector columns, Transformer transformer) {
        public Route {
            if (columns == null || transformer == null) {
                throw new IllegalArgumentException("a route needs both its columns and its transformer");
            }
        }
    }

    public ColumnRouter {
        if (routes == null || routes.isEmpty()) {
            throw new IllegalArgumentException("routes must hold at least one route");
        }
        routes = List.copyOf(routes);
    }

    /** A router of the given routes. */
    public static ColumnRouter of(Route... routes) {
        return new ColumnRouter(List.of(routes));
    }

    /** A route sending the columns {@code columns} selects to {@code transformer}. */
    public static Route route(ColumnSelector columns, Transformer transformer) {
        return new Route(columns, transformer);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        return fitRoutes(data, (t, columns) -> new FitResult(t.fit(columns, target), null)).fitted();
    }

    /** Fits every route with its own {@code fitTransform}, so that out-of-fold steps keep their training output. */
    @Override
    public FitResult fitTransform(Frame data, Column target) {
        Routed routed = fitRoutes(data, (t, columns) -> t.fitTransform(columns, target));
        return new FitResult(routed.fitted(), assemble(data, routed.fitted().columns(), routed.outputs()));
    }

    /** The fitted routes and their outputs on the training rows (null where only fitted). */
    private record Routed(Fitted fitted, List<Frame> outputs) {
    }

    /** Fits each route that selects a column with {@code fit}, given its columns of {@code data}. */
    private Routed fitRoutes(Frame data, BiFunction<Transformer, Frame, FitResult> fit) {
        List<List<String>> selected = select(data);
        List<List<String>> kept = new ArrayList<>();
        List<FittedTransformer> fitted = new ArrayList<>();
        List<Frame> outputs = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            if (!selected.get(r).isEmpty()) {
                FitResult result = fit.apply(routes.get(r).transformer(), data.select(selected.get(r)));
                kept.add(selected.get(r));
                fitted.add(result.fitted());
                outputs.add(result.transformed());
            }
        }
        return new Routed(new Fitted(kept, fitted), outputs);
    }

    /** Each route's columns, refusing a column that two routes select. */
    private List<List<String>> select(Frame data) {
        Map<String, Integer> owner = new HashMap<>();
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            List<String> names = routes.get(r).columns().select(data);
            for (String name : names) {
                Integer previous = owner.putIfAbsent(name, r);
                if (previous != null) {
                    throw new IllegalArgumentException(Fitted.TYPE + ": column '" + name + "' is selected by route "
                            + (previous + 1) + " (" + routes.get(previous).columns() + ") and by route " + (r + 1)
                            + " (" + routes.get(r).columns() + "); each column may go to one route only");
                }
            }
            out.add(names);
        }
        return out;
    }

    /** The routes' outputs in order, then the columns of {@code data} no route took. */
    static Frame assemble(Frame data, List<List<String>> routed, List<Frame> outputs) {
        Set<String> taken = new HashSet<>();
        routed.forEach(taken::addAll);
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Frame out : outputs) {
            columns.addAll(out.columns());
        }
        for (Column c : data.columns()) {
            if (!taken.contains(c.name())) {
                columns.add(c);
            }
        }
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException(Fitted.TYPE + ": two outputs are named '" + c.name()
                        + "' (a route's output and a passed-through column, or two routes' outputs)");
            }
        }
        return Frame.of(columns);
    }

    /**
     * The fitted routes.
     *
     * @param columns each route's columns, as selected when fitting
     * @param steps   each route's fitted transformer
     */
    public record Fitted(List<List<String>> columns, List<FittedTransformer> steps) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "column_router";

        public Fitted {
            columns = columns.stream().map(List::copyOf).toList();
            steps = List.copyOf(steps);
            if (columns.size() != steps.size()) {
                throw new IllegalArgumentException(columns.size() + " column lists but " + steps.size() + " steps");
            }
        }

        @Override
        public Frame transform(Frame data) {
            List<Frame> outputs = new ArrayList<>(steps.size());
            for (int r = 0; r < steps.size(); r++) {
                for (String name : columns.get(r)) {
                    if (!data.has(name)) {
                        throw new IllegalArgumentException(TYPE + " needs column '" + name
                                + "', which the data does not have; columns: " + data.names());
                    }
                }
                outputs.add(steps.get(r).transform(data.select(columns.get(r))));
            }
            return assemble(data, columns, outputs);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            for (int r = 0; r < columns.size(); r++) {
                out.put("columns_" + r, columns.get(r));
            }
            out.children("route", steps);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<FittedTransformer> steps = in.children("route", FittedTransformer.class);
            List<List<String>> columns = new ArrayList<>();
            for (int r = 0; r < steps.size(); r++) {
                columns.add(in.getStrings("columns_" + r));
            }
            return new Fitted(columns, steps);
        }
    }
}
