package dev.lathe.param;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and copies hyperparameter records by snake_case name. Only the record types Lathe defines pass
 * through here; values are converted to the component's declared type and checked by its constructor.
 */
public final class RecordParams {

    private RecordParams() {
    }

    /** Component values by snake_case name. */
    public static Map<String, Object> read(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.put(snake(c.getName()), accessor.invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }
        return out;
    }

    /** A copy of {@code r} with the named components replaced. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R r, Map<String, ?> changes) {
        Class<R> type = (Class<R>) r.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Object> current = read(r);
        for (String name : changes.keySet()) {
            if (!current.containsKey(name)) {
                throw new IllegalArgumentException("unknown hyperparameter '" + name + "' for "
                        + type.getSimpleName() + "; known: " + String.join(", ", current.keySet()));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = snake(c.getName());
            types[i] = c.getType();
            args[i] = changes.containsKey(name)
                    ? convert(name, changes.get(name), c.getType(), c.getGenericType())
                    : current.get(name);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalArgumentException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** camelCase to snake_case: {@code maxDepth} -> {@code max_depth}; a single capital stays ({@code C}). */
    public static String snake(String camel) {
        if (camel.length() == 1) {
            return camel;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(String name, Object value, Class<?> type, Type generic) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("hyperparameter '" + name + "' cannot be empty");
            }
            return null;
        }
        try {
            if (type == int.class || type == Integer.class) {
                return toInt(name, value);
            }
            if (type == long.class || type == Long.class) {
                return toLong(name, value);
            }
            if (type == double.class || type == Double.class) {
                return value instanceof String s ? Double.parseDouble(s.trim()) : ((Number) value).doubleValue();
            }
            if (type == boolean.class || type == Boolean.class) {
                if (value instanceof String s) {
                    return switch (s.trim().toLowerCase(Locale.ROOT)) {
                        case "true" -> true;
                        case "false" -> false;
                        default -> throw new IllegalArgumentException("hyperparameter '" + name
                                + "' expects true or false, got '" + s + "'");
                    };
                }
                return (Boolean) value;
            }
            if (type == String.class) {
                return value.toString();
            }
            if (type.isEnum()) {
                String s = value.toString().trim();
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(s)) {
                        return constant;
                    }
                }
                Set<String> names = new TreeSet<>();
                for (Object constant : type.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("hyperparameter '" + name + "' expects one of " + names
                        + ", got '" + s + "'");
            }
            if (List.class.isAssignableFrom(type)) {
                Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                Class<?> elementClass = element instanceof Class<?> c ? c : Object.class;
                List<?> source = value instanceof List<?> l ? l : List.of(value.toString().split(","));
                List<Object> out = new ArrayList<>();
                for (Object o : source) {
                    out.add(convert(name, o instanceof String s ? s.trim() : o, elementClass, elementClass));
                }
                return List.copyOf(out);
            }
            if (Map.class.isAssignableFrom(type) && value instanceof Map m) {
                return Map.copyOf(m);
            }
            if (type.isInstance(value)) {
                return value;
            }
        } catch (NumberFormatException | ClassCastException e) {
            throw new IllegalArgumentException("hyperparameter '" + name + "' expects " + describe(type)
                    + ", got '" + value + "'");
        }
        throw new IllegalArgumentException("hyperparameter '" + name + "' expects " + describe(type)
                + ", got '" + value + "'");
    }

    private static int toInt(String name, Object value) {
        long v = toLong(name, value);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("hyperparameter '" + name + "' is out of range: " + value);
        }
        return (int) v;
    }

    private static long toLong(String name, Object value) {
        if (value instanceof String s) {
            return Long.parseLong(s.trim());
        }
        Number n = (Number) value;
        double d = n.doubleValue();
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("hyperparameter '" + name + "' expects a whole number, got " + value);
        }
        return n.longValue();
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * Hyperparameter values as JSON-able values: enums by lower-case name, records as maps, lists element
     * by element; anything else that JSON cannot hold is recorded by its type name.
     */
    public static Object jsonValue(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            RecordParams.read(r).forEach((k, x) -> out.put(k, jsonValue(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(RecordParams::jsonValue).toList();
        }
        if (v instanceof Double d && !Double.isFinite(d)) {
            return d.toString();
        }
        if (v instanceof Number) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), jsonValue(x)));
            return out;
        }
        return "<" + v.getClass().getSimpleName() + ">";
    }
}
