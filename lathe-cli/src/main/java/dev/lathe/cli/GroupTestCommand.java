package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import java.util.List;

/** A k-group command whose test gives one {@link InferenceResult}, printed by {@link InferenceOutput}. */
abstract class GroupTestCommand extends GroupedCommand {

    /** The test on the groups (names as written in the group column). */
    abstract InferenceResult test(List<String> names, double[][] groups);

    @Override
    void report(GroupedValues g) {
        InferenceOutput.print(spec.commandLine().getOut(), test(g.names(), g.groups()), options);
    }
}
