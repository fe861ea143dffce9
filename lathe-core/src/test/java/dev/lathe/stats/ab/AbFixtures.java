package dev.lathe.stats.ab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON fixtures in fixtures/ab (made by the scripts there with scipy 1.10.1 and statsmodels 0.13.5). */
public final class AbFixtures {

    private AbFixtures() {
    }

    /** Reads fixtures/ab/{@code name}. */
    public static JsonNode read(String name) {
        try (InputStream in = AbFixtures.class.getResourceAsStream("/fixtures/ab/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
