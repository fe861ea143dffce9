package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.Ridge;
import dev.lathe.parallel.Parallelism;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import org.junit.jupiter.api.Test;

class SearchPruningTest {

    // an easy problem: y is linear in the features, so the smallest penalty is best and large ones are far worse
    private final Frame linear = Synthetic.regression(150, 5, 5, 1.0, 11);
    private final Pipeline ridge = Pipeline.of(new Ridge(), new StandardScaler());
    private final CrossValidation cv = new CrossValidation(new KFold(5, true, 2), Scorers.named("r2"));
    private final SearchSpace space = SearchSpace.builder().logUniform("alpha", 0.001, 10000).build();

    private static int foldsEvaluated(SearchResult r) {
        return r.trials().stream().mapToInt(t -> t.cv().folds().size()).sum();
    }

    @Test
    void medianPruningSkipsFoldsYetFindsTheSameBestConfiguration() {
        Search search = Search.random(space, 30, 3, cv);
        SearchResult full = search.run(ridge, linear, "y");
        SearchResult pruned = search.withPruner(new MedianPruner()).run(ridge, linear, "y");
        assertThat(foldsEvaluated(full)).isEqualTo(150);
        assertThat(foldsEvaluated(pruned)).isLessThan(120);
        assertThat(pruned.trials().stream().filter(Trial::pruned).count()).isGreaterThan(5);
        assertThat(pruned.best().params()).isEqualTo(full.best().params());
        assertThat(pruned.best().cv().scores("r2")).containsExactly(full.best().cv().scores("r2"));
        int[] ranks = pruned.ranks("r2");
        int complete = (int) pruned.trials().stream().filter(t -> !t.pruned()).count();
        for (Trial t : pruned.trials()) {
            if (t.pruned()) {
                assertThat(ranks[t.number() - 1]).isGreaterThan(complete);
                assertThat(t.cv().folds().size()).isLessThan(5);
            }
        }
    }

    @Test
    void prunedSearchesAreTheSameWhateverTheThreadCount() {
        Search search = Search.random(space, 12, 5, cv).withPruner(new MedianPruner(3, 1, 4));
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            SearchResult one = search.run(ridge, linear, "y");
            Parallelism.setThreads(4);
            SearchResult four = search.run(ridge, linear, "y");
            assertThat(four.trials()).extracting(Trial::pruned).isEqualTo(one.trials().stream().map(Trial::pruned).toList());
            assertThat(foldsEvaluated(four)).isEqualTo(foldsEvaluated(one));
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void badPrunerSettingsAreClearErrors() {
        assertThatThrownBy(() -> new MedianPruner(0, 1, 4)).hasMessage("n_startup_trials must be at least 1, got 0");
        assertThatThrownBy(() -> new MedianPruner(5, 0, 4)).hasMessage("n_warmup_folds must be at least 1, got 0");
        assertThatThrownBy(() -> new MedianPruner(5, 1, 0)).hasMessage("wave must be at least 1, got 0");
    }
}
