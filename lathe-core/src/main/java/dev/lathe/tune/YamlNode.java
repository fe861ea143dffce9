package dev.lathe.tune;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows the line it starts on, so that a file's errors can name
 * their line ({@link SpaceFile}, flow specs). Scalars keep YAML's types: whole numbers as {@code Integer} (or
 * {@code Long} when larger), other numbers as {@code Double}, booleans, text, null.
 */
public sealed interface YamlNode {

    /** The line the node starts on, from 1. */
    int line();

    /** A scalar value. */
    record Scalar(Object value, int line) implements YamlNode {
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A mapping; keys in file order, each with the line of its key. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
    }

    /**
     * Parses one YAML document; an empty document is an empty mapping.
     *
     * @param source the file's name, for error messages
     */
    static YamlNode parse(String yaml, String source) {
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            if (p.nextToken() == null) {
                return new Mapping(Map.of(), Map.of(), 1);
            }
            return read(p, source);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + " line " + line + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static YamlNode read(JsonParser p, String source) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, source));
            }
            return new Sequence(List.copyOf(items), line);
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                if (entries.containsKey(key)) {
                    throw new IllegalArgumentException(source + " line " + keyLine + ": '" + key + "' is given twice "
                            + "(first on line " + keyLines.get(key) + ")");
                }
                p.nextToken();
                keyLines.put(key, keyLine);
                entries.put(key, read(p, source));
            }
            return new Mapping(entries, keyLines, line);
        }
        return new Scalar(scalar(p), line);
    }

    private static Object scalar(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> {
                BigInteger v = p.getBigIntegerValue();
                yield v.bitLength() < 32 ? (Object) v.intValue() : v.bitLength() < 64 ? (Object) v.longValue() : v.doubleValue();
            }
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> p.getText();
        };
    }
}
