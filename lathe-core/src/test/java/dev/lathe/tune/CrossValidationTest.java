package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.parallel.Parallelism;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.RepeatedKFold;
import dev.lathe.prep.split.StratifiedKFold;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private final Frame diabetes = Datasets.diabetes();
    private final Pipeline ridge = Pipeline.of(new Ridge(1.0, true), new StandardScaler());

    @Test
    void foldScoresEqualThoseOfFittingEachFoldByHand() {
        KFold folds = new KFold(5, true, 3);
        CvResult cv = CrossValidation.crossValidate(ridge, diabetes, "progression", folds,
                Scorers.named("rmse"), Scorers.named("r2"));
        List<Pipeline.FoldFit> byHand = ridge.crossFit(diabetes, "progression", folds);
        assertThat(cv.folds()).hasSize(5);
        for (int f = 0; f < 5; f++) {
            Frame test = diabetes.take(byHand.get(f).fold().test());
            double[] pred = byHand.get(f).fitted().predict(test).numeric("prediction").toArray();
            double[] truth = Targets.numeric(test.column("progression"));
            assertThat(cv.scores("rmse")[f]).isEqualTo(RegressionMetrics.rmse(truth, pred));
            assertThat(cv.scores("r2")[f]).isEqualTo(RegressionMetrics.r2(truth, pred));
            assertThat(cv.folds().get(f).testRows()).isEqualTo(test.rowCount());
            assertThat(cv.folds().get(f).fitSeconds()).isPositive();
        }
        assertThat(cv.spread("r2").mean()).isBetween(0.4, 0.6);
        assertThat(cv.spread("r2").sd()).isPositive();
    }

    @Test
    void scoresDoNotDependOnTheThreadCount() {
        CrossValidation cv = new CrossValidation(new KFold(), Scorers.named("rmse")).withTrainScores();
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            CvResult one = cv.run(ridge, diabetes, "progression");
            Parallelism.setThreads(4);
            CvResult four = cv.run(ridge, diabetes, "progression");
            assertThat(four.scores("rmse")).containsExactly(one.scores("rmse"));
            assertThat(four.trainScores("rmse")).containsExactly(one.trainScores("rmse"));
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void modelsThatFitInParallelRunInsideParallelFoldsWithoutDeadlock() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(3);
            Pipeline boosting = Pipeline.of((dev.lathe.model.Estimator) new dev.lathe.model.ensemble
                    .GradientBoostingRegressor().withParams(java.util.Map.of("max_iter", 10)));
            CvResult cv = CrossValidation.crossValidate(boosting, diabetes, "progression", new KFold(6, true, 0),
                    Scorers.named("r2"));
            assertThat(cv.spread("r2").mean()).isBetween(0.2, 0.6);
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void outOfFoldPredictionsComeFromTheModelThatDidNotSeeTheRow() {
        Frame iris = Datasets.iris();
        Pipeline logistic = Pipeline.of(new LogisticRegression());
        StratifiedKFold folds = new StratifiedKFold(5, true, 1);
        CvResult cv = new CrossValidation(folds, Scorers.named("accuracy")).withPredictions()
                .run(logistic, iris, "species");
        Frame oof = cv.predictions();
        assertThat(oof.names()).containsExactly("fold", "prediction", "p_setosa", "p_versicolor", "p_virginica");
        assertThat(oof.rowCount()).isEqualTo(150);
        Pipeline.FoldFit second = logistic.crossFit(iris, "species", folds).get(1);
        int row = second.fold().test()[0];
        assertThat(oof.numeric("fold").get(row)).isEqualTo(2);
        assertThat(oof.numeric("p_virginica").get(row))
                .isEqualTo(second.fitted().predict(iris.take(new int[] {row})).numeric("p_virginica").get(0));
        assertThat(cv.spread("accuracy").mean()).isGreaterThan(0.9);
    }

    @Test
    void badConfigurationsAreClearErrors() {
        assertThatThrownBy(() -> new CrossValidation(new KFold()))
                .hasMessage("cross-validation needs at least one metric");
        assertThatThrownBy(() -> new CrossValidation(null, Scorers.named("r2")))
                .hasMessage("cross-validation needs a splitter");
        assertThatThrownBy(() -> new CrossValidation(new KFold(), Scorers.named("r2"), Scorers.named("r2")))
                .hasMessage("metric names repeat: [r2, r2]");
        assertThatThrownBy(() -> Scorers.named("rsme"))
                .hasMessageStartingWith("unknown metric 'rsme'; known: accuracy, ").hasMessageContaining(", rmse, ");
    }

    @Test
    void badDataAndMismatchedMetricsAreClearErrors() {
        CrossValidation cv = new CrossValidation(new KFold(), Scorers.named("accuracy"));
        assertThatThrownBy(() -> cv.run(ridge, diabetes, "progresion"))
                .hasMessageContaining("no column 'progresion'");
        assertThatThrownBy(() -> cv.run(ridge, diabetes, "progression"))
                .hasMessage("fold 1 of 5: metric 'accuracy' scores classification, but the model does regression");
        assertThatThrownBy(() -> cv.run(ridge, diabetes.head(3), "progression"))
                .hasMessage("cannot make 5 folds from 3 rows");
        CrossValidation repeated = new CrossValidation(new RepeatedKFold(2, 2, false, 0), Scorers.named("r2"))
                .withPredictions();
        assertThatThrownBy(() -> repeated.run(ridge, diabetes, "progression"))
                .hasMessageStartingWith("out-of-fold predictions need each row in at most one test set, but row ");
        assertThatThrownBy(() -> new CvResult(List.of("r2"), List.of(), null).meanFitSeconds())
                .isInstanceOf(java.util.NoSuchElementException.class);
    }
}
