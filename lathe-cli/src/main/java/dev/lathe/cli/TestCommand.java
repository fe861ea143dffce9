package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.InferenceResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code lathe stats <test>} command shares: the CSV argument, the reading options, the test
 * options (--alternative, --alpha, --json) and the printing of the one result. A subclass reads its columns
 * and runs its test.
 */
abstract class TestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file.")
    Path data;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    TestOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        Frame frame = dataOptions.read(data);
        InferenceOutput.print(spec.commandLine().getOut(), test(frame), options);
        return 0;
    }

    /** Runs the test on the columns of {@code frame} the options name. */
    abstract InferenceResult test(Frame frame);

    /** The alternative, refused unless two-sided for a test that has no direction. */
    final Alternative twoSidedOnly(String test) {
        Alternative a = options.alternative();
        if (a != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException(test + " has no direction: --alternative " + a.label()
                    + " does not apply (leave it at two-sided)");
        }
        return a;
    }

    /** {@code result} with further extras after its own (e.g. which group came first). */
    static InferenceResult withExtras(InferenceResult result, Map<String, Object> more) {
        Map<String, Object> extras = new LinkedHashMap<>(result.extras());
        extras.putAll(more);
        return new InferenceResult(result.test(), result.statisticName(), result.statistic(), result.pValue(),
                result.df(), result.df2(), result.alternative(), result.nullHypothesis(), result.estimate(),
                result.effectSize(), extras);
    }

    /** The extras naming the two groups of a two-sample test: {@code first_group}, {@code second_group}. */
    static Map<String, Object> groups(String first, String second) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_group", first);
        m.put("second_group", second);
        return m;
    }
}
