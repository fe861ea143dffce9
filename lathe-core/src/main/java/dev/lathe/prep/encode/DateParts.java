package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Date-part extraction: each timestamp column gives numeric columns {@code <column>_<part>} (year, month,
 * day, weekday...) read in UTC, as pandas' {@code Series.dt} accessors give them, in place of the original.
 * A missing timestamp gives NaN in every part. Followed by {@link CyclicEncoder}, the parts named like
 * cyclic features ({@code <column>_hour}, {@code <column>_weekday}, {@code <column>_month}...) get their
 * sine and cosine.
 *
 * @param columns      timestamp columns to read (default: every timestamp column)
 * @param parts        the parts to extract, in output order, without repeats (default: year, month, day,
 *                     weekday, hour, is_weekend)
 * @param dropOriginal drop the timestamp column (default true) or keep it before its parts
 */
public record DateParts(ColumnSelector columns, List<Part> parts, boolean dropOriginal) implements Transformer {

    /** A part of a date and time, in UTC. */
    public enum Part {
        /** The year, e.g. 2024. */
        YEAR,
        /** The month, 1 to 12. */
        MONTH,
        /** The day of the month, 1 to 31. */
        DAY,
        /** The day of the week, Monday = 0 to Sunday = 6 (as pandas' dayofweek). */
        WEEKDAY,
        /** The hour, 0 to 23. */
        HOUR,
        /** The minute, 0 to 59. */
        MINUTE,
        /** The day of the year, 1 to 366. */
        DAY_OF_YEAR,
        /** 1 on Saturday and Sunday, else 0. */
        IS_WEEKEND;

        /** The part's name in output columns and model files, e.g. {@code day_of_year}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long MILLIS_PER_HOUR = 3_600_000L;
    private static final long MILLIS_PER_MINUTE = 60_000L;

    public DateParts {
        Inputs.given("columns", columns);
        parts = List.copyOf(Inputs.given("parts", parts));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must name at least one part");
        }
        if (EnumSet.copyOf(parts).size() != parts.size()) {
            throw new IllegalArgumentException("parts must not repeat, got "
                    + parts.stream().map(Part::label).toList());
        }
    }

    /** Year, month, day, weekday, hour and is_weekend of every timestamp column, dropping the originals. */
    public DateParts() {
        this(ColumnSelector.types(ColumnType.TIMESTAMP),
                List.of(Part.YEAR, Part.MONTH, Part.DAY, Part.WEEKDAY, Part.HOUR, Part.IS_WEEKEND), true);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        names.forEach(name -> Fitted.timestamps(data, name));
        return new Fitted(names, parts, dropOriginal);
    }

    /**
     * The timestamp columns to read and the parts to extract.
     *
     * @param columns      the timestamp columns
     * @param parts        the parts, in output order
     * @param dropOriginal whether the timestamp columns are dropped
     */
    public record Fitted(List<String> columns, List<Part> parts, boolean dropOriginal) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "date_parts";

        public Fitted {
            columns = List.copyOf(columns);
            parts = List.copyOf(parts);
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (String name : columns) {
                TimestampColumn ts = timestamps(data, name);
                List<Column> replacement = new ArrayList<>(parts.size() + 1);
                if (!dropOriginal) {
                    replacement.add(ts);
                }
                double[][] values = extract(ts);
                for (int p = 0; p < parts.size(); p++) {
                    replacement.add(NumericColumn.wrap(name + "_" + parts.get(p).label(), values[p]));
                }
                out = ColumnSplice.replace(out, name, replacement, TYPE);
            }
            return out;
        }

        /** Each part of each row, {@code values[part][row]}. */
        private double[][] extract(TimestampColumn ts) {
            double[][] values = new double[parts.size()][ts.size()];
            for (int i = 0; i < ts.size(); i++) {
                long millis = ts.epochMillis(i);
                if (millis == TimestampColumn.MISSING) {
                    for (double[] v : values) {
                        v[i] = Double.NaN;
                    }
                    continue;
                }
                long day = Math.floorDiv(millis, MILLIS_PER_DAY);
                long inDay = Math.floorMod(millis, MILLIS_PER_DAY);
                int weekday = (int) Math.floorMod(day + 3, 7L); // 1970-01-01 was a Thursday (3)
                LocalDate date = LocalDate.ofEpochDay(day);
                for (int p = 0; p < parts.size(); p++) {
                    values[p][i] = switch (parts.get(p)) {
                        case YEAR -> date.getYear();
                        case MONTH -> date.getMonthValue();
                        case DAY -> date.getDayOfMonth();
                        case WEEKDAY -> weekday;
                        case HOUR -> inDay / MILLIS_PER_HOUR;
                        case MINUTE -> inDay % MILLIS_PER_HOUR / MILLIS_PER_MINUTE;
                        case DAY_OF_YEAR -> date.getDayOfYear();
                        case IS_WEEKEND -> weekday >= 5 ? 1 : 0;
                    };
                }
            }
            return values;
        }

        /** Column {@code name}, which must exist and hold timestamps. */
        static TimestampColumn timestamps(Frame data, String name) {
            if (!data.has(name)) {
                throw new IllegalArgumentException(TYPE + " needs column '" + name + "', which the data does not "
                        + "have; columns: " + data.names());
            }
            Column c = data.column(name);
            if (!(c instanceof TimestampColumn ts)) {
                throw new IllegalArgumentException(TYPE + " needs column '" + name + "' to be a timestamp, it is "
                        + c.type().label());
            }
            return ts;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("parts", parts.stream().map(Part::label).toList());
            out.put("drop_original", dropOriginal);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<Part> parts = new ArrayList<>();
            for (String label : in.getStrings("parts")) {
                try {
                    parts.add(Part.valueOf(label.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw in.fail("names an unknown date part '" + label + "'");
                }
            }
            return new Fitted(in.getStrings("columns"), parts, in.getBoolean("drop_original"));
        }
    }
}
