package dev.lathe.monitor.profile;

import dev.lathe.frame.Frame;
import dev.lathe.persist.Persistable;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;

/**
 * What a model file keeps for monitoring: the profile of the training features and the profile of the model's
 * predictions on them (scores or values), so that drift is measured without the training rows.
 *
 * @param features    profile of the feature columns the pipeline was fitted on
 * @param predictions profile of the pipeline's predictions on those rows ({@code prediction} and, for
 *                    classifiers, one {@code p_LABEL} score column per class)
 */
public record ReferenceProfile(DataProfile features, DataProfile predictions) implements Persistable {

    /** Type name in model files. */
    public static final String TYPE = "reference_profile";

    /** Profiles {@code features} and {@code predictions} with {@code options}. */
    public static ReferenceProfile of(Frame features, Frame predictions, ProfileOptions options) {
        return new ReferenceProfile(Profiler.profile(features, options), Profiler.profile(predictions, options));
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.child("features", new Part(features));
        out.child("predictions", new Part(predictions));
    }

    /** Reads what {@link #save(StepWriter)} wrote. */
    public static ReferenceProfile load(StepReader in) {
        return new ReferenceProfile(in.child("features", Part.class).profile(),
                in.child("predictions", Part.class).profile());
    }

    /** One data profile as a nested step of the model file. */
    public record Part(DataProfile profile) implements Persistable {

        /** Type name in model files. */
        public static final String TYPE = "data_profile";

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            profile.save(out);
        }

        /** Reads what {@link #save(StepWriter)} wrote. */
        public static Part load(StepReader in) {
            return new Part(DataProfile.load(in));
        }
    }
}
