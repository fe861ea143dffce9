package dev.lathe.tune;

import dev.lathe.frame.Fingerprint;
import dev.lathe.frame.Frame;
import dev.lathe.param.HasParams;
import dev.lathe.param.RecordParams;
import dev.lathe.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 that ties a {@link TrialLog} to one search: the space, the proposer with its seed, the
 * cross-validation (splitter with its seed, metrics), the pruner, every step and the estimator of the
 * pipeline with their hyperparameters, the target's name and the data's {@link Fingerprint}.
 */
final class SearchFingerprint {

    private SearchFingerprint() {
    }

    /** The hex fingerprint of {@code search} run on {@code pipeline} and {@code data}. */
    static String of(Search search, Pipeline pipeline, Frame data, String target) {
        StringBuilder text = new StringBuilder()
                .append("space=").append(search.space())
                .append("\nproposer=").append(search.proposer())
                .append("\nsplitter=").append(describe(search.cv().splitter()))
                .append("\nmetrics=").append(search.cv().metrics())
                .append("\ntrain_scores=").append(search.cv().trainScores())
                .append("\npruner=").append(search.pruner());
        pipeline.steps().forEach(s -> text.append("\nstep=").append(describe(s)));
        text.append("\nestimator=").append(describe(pipeline.estimator()))
                .append("\ntarget=").append(target)
                .append("\ndata=").append(Fingerprint.of(data));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String describe(HasParams component) {
        Map<String, Object> params = new TreeMap<>();
        component.params().forEach((k, v) -> params.put(k, RecordParams.jsonValue(v)));
        return component.getClass().getName() + params;
    }
}
