package dev.lathe.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import org.junit.jupiter.api.Test;

/** Reading interactions, the splits, and every bad-input message. */
class InteractionsTest {

    static Frame frame(double[] values) {
        return Frame.of(TextColumn.of("u", "a", "a", "b", "b", "b"), TextColumn.of("i", "x", "y", "x", "z", "y"),
                NumericColumn.of("v", values), NumericColumn.of("t", 5, 1, 2, 9, 3));
    }

    @Test
    void numbersUsersAndItemsInOrderOfFirstAppearanceAndSumsRepeats() {
        Interactions data = Interactions.of(new String[] {"a", "b", "a"}, new String[] {"x", "x", "x"},
                new double[] {1, 2, 3}, null);
        assertThat(data.users().ids()).containsExactly("a", "b");
        assertThat(data.time(2)).isEqualTo(2);
        SparseRows m = data.byUser();
        assertThat(m.entryCount()).isEqualTo(2);
        assertThat(m.values()[m.start(0)]).isEqualTo(4);
        assertThat(m.transpose().values()).containsExactly(4, 2);
    }

    @Test
    void leaveLastOutHoldsEachUsersLatestInteraction() {
        RecommendSplit s = RecommendSplit.leaveLastOut(Interactions.from(frame(new double[] {1, 1, 1, 1, 1}), "u",
                "i", "v", "t"));
        // a: x at 5, y at 1 -> x held out; b: x at 2, z at 9, y at 3 -> z held out
        assertThat(s.test().size()).isEqualTo(2);
        assertThat(s.test().items().ids()).containsExactly("x", "z");
        assertThat(s.train().size()).isEqualTo(3);
    }

    @Test
    void temporalSplitHoldsTheLatestFraction() {
        RecommendSplit s = RecommendSplit.temporal(Interactions.from(frame(new double[] {1, 1, 1, 1, 1}), "u", "i",
                "v", "t"), 0.4);
        // times 5, 1, 2, 9, 3: the latest two are 9 (b, z) and 5 (a, x)
        assertThat(s.test().size()).isEqualTo(2);
        for (int r = 0; r < s.test().size(); r++) {
            assertThat(s.test().time(r)).isGreaterThanOrEqualTo(5);
        }
        for (int r = 0; r < s.train().size(); r++) {
            assertThat(s.train().time(r)).isLessThan(5);
        }
    }

    @Test
    void refusesBadData() {
        assertThatThrownBy(() -> Interactions.from(frame(new double[] {1, 1, 1, 1, 1}).head(0), "u", "i", null, null))
                .hasMessage("no interactions: the data has no rows");
        assertThatThrownBy(() -> Interactions.from(frame(new double[] {1, Double.NaN, 1, 1, 1}), "u", "i", "v", null))
                .hasMessage("column 'v' has a missing value in row 2; expected a numeric rating, count or weight");
        assertThatThrownBy(() -> Interactions.from(frame(new double[] {1, 1, 1, 1, 1}), "u", "i", "u", null))
                .hasMessageContaining("column 'u' is").hasMessageContaining("expected a numeric rating");
        assertThatThrownBy(() -> Interactions.from(frame(new double[] {1, 1, 1, 1, 1}), "user", "i", null, null))
                .hasMessageContaining("user");
        Frame missingId = Frame.of(TextColumn.of("u", "a", null), TextColumn.of("i", "x", "y"));
        assertThatThrownBy(() -> Interactions.from(missingId, "u", "i", null, null))
                .hasMessage("column 'u' has a missing id in row 2");
        Interactions negative = Interactions.from(frame(new double[] {1, 1, -2, 1, 1}), "u", "i", "v", null);
        assertThatThrownBy(() -> new ImplicitAls().fit(negative))
                .hasMessage("implicit_als takes implicit feedback (counts or weights >= 0), but interaction 3 (user "
                        + "'b', item 'x') has value -2.0");
        assertThatThrownBy(() -> new ItemKnn().fit(negative)).hasMessageStartingWith("item_knn takes implicit");
        Interactions twice = Interactions.of(new String[] {"a", "b", "a"}, new String[] {"x", "x", "x"}, null, null);
        assertThatThrownBy(() -> new ExplicitAls().fit(twice))
                .hasMessage("als takes one rating per user and item, but user 'a' rated item 'x' in interactions 1 and 3");
        assertThatThrownBy(() -> Interactions.of(new String[] {"a"}, new String[] {"x", "y"}, null, null))
                .hasMessageContaining("same length");
        Interactions single = Interactions.of(new String[] {"a", "b"}, new String[] {"x", "x"}, null, null);
        assertThatThrownBy(() -> RecommendSplit.leaveLastOut(single))
                .hasMessage("no user has two interactions, so leave-last-out holds nothing out");
        assertThatThrownBy(() -> RecommendSplit.temporal(single, 1.0))
                .hasMessage("test fraction must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> RecommendSplit.temporal(single, 0.1))
                .hasMessage("a test fraction of 0.1 of 2 interactions leaves one part empty");
    }

    @Test
    void evaluationNeedsATestItemTheModelKnows() {
        FittedRecommender model = new Popularity().fit(Interactions.of(new String[] {"a"}, new String[] {"x"}, null,
                null));
        Interactions test = Interactions.of(new String[] {"a"}, new String[] {"new"}, null, null);
        assertThatThrownBy(() -> RecommenderEvaluation.evaluate(model, test, 5))
                .hasMessage("no test user has a held-out item the model could recommend (1 of 1 test interactions "
                        + "name items unseen in training)");
        assertThatThrownBy(() -> RecommenderEvaluation.evaluate(model, test, 0)).hasMessage("k must be at least 1, got 0");
    }
}
