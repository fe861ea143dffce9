package dev.lathe.tune;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Train and validation scores against one quantity (training size for a learning curve, a
 * hyperparameter's value for a validation curve), with their spread over the folds.
 *
 * @param x      what varies: {@code train_rows}, or the hyperparameter's name
 * @param metric the metric's name
 * @param points one point per value, in the order tried
 */
public record Curve(String x, String metric, List<Point> points) {

    /** Copies the points. */
    public Curve {
        points = List.copyOf(points);
    }

    /**
     * One point of the curve.
     *
     * @param value      the value of {@link Curve#x} (a number of rows, or a hyperparameter value)
     * @param train      each fold's score on its own training rows
     * @param validation each fold's score on its test rows
     */
    public record Point(Object value, double[] train, double[] validation) {

        /** Mean and spread of the training scores. */
        public Spread trainSpread() {
            return Spread.of(train);
        }

        /** Mean and spread of the validation scores. */
        public Spread validationSpread() {
            return Spread.of(validation);
        }

        static Point of(Object value, CvResult cv, String metric) {
            return new Point(value, cv.trainScores(metric), cv.scores(metric));
        }
    }

    /**
     * One row per point: the value (column named {@link #x}, numeric when every value is a number, else
     * text), {@code mean_train}, {@code std_train}, {@code mean_validation}, {@code std_validation}.
     */
    public Frame toFrame() {
        List<Column> out = new ArrayList<>();
        if (points.stream().allMatch(p -> p.value() instanceof Number)) {
            out.add(NumericColumn.wrap(x, points.stream().mapToDouble(p -> ((Number) p.value()).doubleValue()).toArray()));
        } else {
            out.add(TextColumn.of(x, points.stream().map(p -> String.valueOf(p.value())).toArray(String[]::new)));
        }
        out.add(NumericColumn.wrap("mean_train", points.stream().mapToDouble(p -> p.trainSpread().mean()).toArray()));
        out.add(NumericColumn.wrap("std_train", points.stream().mapToDouble(p -> p.trainSpread().sd()).toArray()));
        out.add(NumericColumn.wrap("mean_validation",
                points.stream().mapToDouble(p -> p.validationSpread().mean()).toArray()));
        out.add(NumericColumn.wrap("std_validation",
                points.stream().mapToDouble(p -> p.validationSpread().sd()).toArray()));
        return Frame.of(out);
    }
}
