package dev.lathe.model.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;

/** Test helper: {@code fixtures/cluster/cluster.json} (scikit-learn 1.2.1, see the README there), its inputs as frames. */
public final class ClusterFixture {

    private ClusterFixture() {
    }

    /** The fixture document. */
    public static JsonNode json() {
        return JsonFixtures.read("cluster/cluster.json");
    }

    /** A column-major node (one array per feature) as a frame with columns x0, x1, ... */
    public static Frame frame(String key) {
        return JsonFixtures.columnsFrame(json().get(key));
    }
}
