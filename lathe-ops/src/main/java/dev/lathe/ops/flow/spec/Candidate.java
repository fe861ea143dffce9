package dev.lathe.ops.flow.spec;

import dev.lathe.tune.SpaceFile;
import java.util.Map;

/**
 * One candidate model of the {@code models} section.
 *
 * @param model  a {@link dev.lathe.pipeline.ModelCatalog} name
 * @param params hyperparameters fixed by name (empty: the model's defaults)
 * @param space  the space to search, or null for the model's default space ({@link dev.lathe.tune.DefaultSpaces})
 * @param line   the line it is written on
 */
public record Candidate(String model, Map<String, Object> params, SpaceFile space, int line) {

    /** Copies the parameters. */
    public Candidate {
        params = Map.copyOf(params);
    }
}
