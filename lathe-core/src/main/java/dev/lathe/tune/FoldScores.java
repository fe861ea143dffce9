package dev.lathe.tune;

import java.util.Map;

/**
 * What one cross-validation fold gave.
 *
 * @param fold         the fold's number, from 1
 * @param trainRows    rows the pipeline was fitted on
 * @param testRows     rows it was scored on
 * @param test         score on the test rows, by metric name
 * @param train        score on the training rows, by metric name (empty unless asked for)
 * @param fitSeconds   time to fit the pipeline
 * @param scoreSeconds time to compute every score
 */
public record FoldScores(int fold, int trainRows, int testRows, Map<String, Double> test, Map<String, Double> train,
                         double fitSeconds, double scoreSeconds) {

    /** Copies the maps. */
    public FoldScores {
        test = Map.copyOf(test);
        train = Map.copyOf(train);
    }
}
