package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import org.junit.jupiter.api.Test;

class SuccessiveHalvingTest {

    private final Frame linear = Synthetic.regression(300, 5, 5, 1.0, 11);
    private final Pipeline ridge = Pipeline.of(new Ridge(), new StandardScaler());
    private final CrossValidation cv = new CrossValidation(new KFold(3, true, 2), Scorers.named("r2"));
    private final SearchSpace space = SearchSpace.builder().logUniform("alpha", 0.001, 10000).build();

    @Test
    void roundsFollowScikitLearnsScheduleAndFindTheFullSearchsBest() {
        SuccessiveHalving halving = new SuccessiveHalving(space, new RandomProposer(27, 4), cv, 3, 9);
        SuccessiveHalving.Result r = halving.run(ridge, linear, "y");
        // min_resources = 2 * 3 folds = 6; 27 candidates need 1 + log3(27) = 4 rounds; 300 / 6 = 50 allows 1 + 3 = 4
        assertThat(r.rounds()).extracting(SuccessiveHalving.Round::resources).containsExactly(6, 18, 54, 162);
        assertThat(r.rounds()).extracting(x -> x.search().trials().size()).containsExactly(27, 9, 3, 1);
        assertThat(r.foldsFitted()).isEqualTo(3 * (27 + 9 + 3 + 1));
        assertThat(r.rounds().get(1).search().trials().get(0).cv().folds().get(0).trainRows()).isEqualTo(12);
        SearchResult full = Search.random(space, 27, 4, cv).run(ridge, linear, "y");
        assertThat(r.foldsFitted()).isLessThan(full.trials().size() * 3 * 2);
        double bestFull = full.best().mean("r2");
        double found = cv.run(Pipeline.of(new Ridge((Double) r.best().params().get("alpha"), true), new StandardScaler()),
                linear, "y").spread("r2").mean();
        assertThat(found).isGreaterThan(bestFull - 0.01);
        assertThat(r.refitted().provenance().trainingRows()).isEqualTo(300);
    }

    @Test
    void badSettingsAreClearErrors() {
        assertThatThrownBy(() -> new SuccessiveHalving(space, new RandomProposer(9, 0), cv, 1, 0))
                .hasMessage("factor must be at least 2, got 1");
        Frame tiny = Synthetic.regression(5, 2, 2, 1.0, 1);
        assertThatThrownBy(() -> new SuccessiveHalving(space, new RandomProposer(9, 0), cv, 3, 0).run(ridge, tiny, "y"))
                .hasMessage("successive halving needs at least 6 rows (2 per fold), got 5");
    }
}
