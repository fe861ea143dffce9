package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchResumeTest {

    private final Frame linear = Synthetic.regression(120, 5, 5, 1.0, 11);
    private final Pipeline ridge = Pipeline.of(new Ridge(), new StandardScaler());
    private final CrossValidation cv = new CrossValidation(new KFold(3, true, 2), Scorers.named("r2"),
            Scorers.named("rmse"));
    private final SearchSpace space = SearchSpace.builder().logUniform("alpha", 0.001, 1000).build();

    @TempDir
    Path dir;

    /** Thrown by a listener to interrupt a search. */
    private static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted");
        }
    }

    private static SearchListener interruptAfter(int trials) {
        return p -> {
            if (p.done() >= trials) {
                throw new Interrupted();
            }
        };
    }

    private void assertSameTrials(SearchResult resumed, SearchResult uninterrupted) {
        assertThat(resumed.trials()).hasSameSizeAs(uninterrupted.trials());
        for (int i = 0; i < resumed.trials().size(); i++) {
            Trial a = resumed.trials().get(i);
            Trial b = uninterrupted.trials().get(i);
            assertThat(a.number()).isEqualTo(b.number());
            assertThat(a.params()).isEqualTo(b.params());
            assertThat(a.cv().scores("r2")).containsExactly(b.cv().scores("r2"));
            assertThat(a.cv().scores("rmse")).containsExactly(b.cv().scores("rmse"));
        }
        assertThat(resumed.best().params()).isEqualTo(uninterrupted.best().params());
    }

    private SearchResult interruptThenResume(Search search, int after, Path log) {
        assertThatThrownBy(() -> search.withTrialLog(log).withListener(interruptAfter(after)).run(ridge, linear, "y"))
                .isInstanceOf(Interrupted.class);
        AtomicInteger ran = new AtomicInteger();
        List<SearchProgress> seen = new ArrayList<>();
        SearchResult resumed = search.withTrialLog(log).withListener(p -> {
            ran.incrementAndGet();
            seen.add(p);
        }).run(ridge, linear, "y");
        int logged = seen.get(0).resumed();
        assertThat(logged).isGreaterThanOrEqualTo(after);
        assertThat(ran.get()).isEqualTo(resumed.trials().size() - logged);
        return resumed;
    }

    @Test
    void anInterruptedRandomSearchResumesToTheUninterruptedResult() throws Exception {
        Search search = Search.random(space, 8, 42, cv);
        Path log = dir.resolve("random.jsonl");
        SearchResult resumed = interruptThenResume(search, 3, log);
        assertSameTrials(resumed, search.run(ridge, linear, "y"));
        assertThat(Files.readAllLines(log)).hasSize(1 + 8);
        // a complete log: nothing runs again
        AtomicInteger ran = new AtomicInteger();
        search.withTrialLog(log).withListener(p -> ran.incrementAndGet()).run(ridge, linear, "y");
        assertThat(ran.get()).isZero();
    }

    @Test
    void gridAndBayesianSearchesResumeToTheUninterruptedResultToo() {
        SearchSpace two = SearchSpace.builder().logUniform("alpha", 0.001, 1000).choice("fit_intercept", true, false)
                .build();
        Search grid = Search.grid(two, cv);
        assertSameTrials(interruptThenResume(grid, 4, dir.resolve("grid.jsonl")), grid.run(ridge, linear, "y"));
        Search bayes = Search.bayes(space, 9, 7, cv);
        assertSameTrials(interruptThenResume(bayes, 7, dir.resolve("bayes.jsonl")), bayes.run(ridge, linear, "y"));
    }

    @Test
    void progressCountsTrialsTracksTheBestAndEstimatesTheTimeLeft() {
        List<SearchProgress> seen = new ArrayList<>();
        SearchResult r = Search.random(space, 6, 1, cv).withListener(seen::add).run(ridge, linear, "y");
        assertThat(seen).extracting(SearchProgress::done).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(seen).allSatisfy(p -> assertThat(p.planned()).isEqualTo(6));
        assertThat(seen.get(5).best().params()).isEqualTo(r.best().params());
        assertThat(seen.get(5).etaSeconds()).isZero();
        assertThat(seen.get(0).etaSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(new SearchProgress(seen.get(0).trial(), 1, 0, 0, null, 1).etaSeconds()).isNaN();
    }

    @Test
    void aLogOfAnotherSearchOrAGarbledLogIsAClearError() throws Exception {
        Path log = dir.resolve("trials.jsonl");
        Search.random(space, 3, 42, cv).withTrialLog(log).run(ridge, linear, "y");
        assertThatThrownBy(() -> Search.random(space, 3, 43, cv).withTrialLog(log).run(ridge, linear, "y"))
                .hasMessage("trial log " + log + " was written by another search (a different space, search method, "
                        + "seed, cross-validation, model or data); delete it to start afresh, or give another "
                        + "--trial-log file");
        Frame other = Synthetic.regression(120, 5, 5, 1.0, 12);
        assertThatThrownBy(() -> Search.random(space, 3, 42, cv).withTrialLog(log).run(ridge, other, "y"))
                .hasMessageContaining("was written by another search");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.set(2, "{\"trial\": 2, \"params\"");
        Files.write(log, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Search.random(space, 3, 42, cv).withTrialLog(log).run(ridge, linear, "y"))
                .hasMessage("trial log " + log + " line 3: not JSON");
        Path notALog = dir.resolve("other.jsonl");
        Files.writeString(notALog, "{\"a\": 1}\n");
        assertThatThrownBy(() -> Search.random(space, 3, 42, cv).withTrialLog(notALog).run(ridge, linear, "y"))
                .hasMessage("trial log " + notALog + " line 1: not a Lathe trial log header");
    }

    @Test
    void aLastLineCutByAnInterruptionIsDroppedAndItsTrialRunAgain() throws Exception {
        Path log = dir.resolve("cut.jsonl");
        Search search = Search.random(space, 4, 42, cv);
        SearchResult whole = search.withTrialLog(log).run(ridge, linear, "y");
        List<String> lines = Files.readAllLines(log);
        String cut = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, 20);
        Files.writeString(log, cut);
        AtomicInteger ran = new AtomicInteger();
        SearchResult resumed = search.withTrialLog(log).withListener(p -> ran.incrementAndGet()).run(ridge, linear, "y");
        assertThat(ran.get()).isEqualTo(1);
        assertSameTrials(resumed, whole);
        assertThat(Files.readAllLines(log)).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    }
}
