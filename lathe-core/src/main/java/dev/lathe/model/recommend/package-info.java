/**
 * Recommenders from user-item interactions: {@link dev.lathe.model.recommend.Popularity},
 * {@link dev.lathe.model.recommend.ExplicitAls}, {@link dev.lathe.model.recommend.ImplicitAls} and
 * {@link dev.lathe.model.recommend.ItemKnn} fit {@link dev.lathe.model.recommend.Interactions} into a
 * {@link dev.lathe.model.recommend.FittedRecommender} (top-N lists without seen items, popularity for new users);
 * {@link dev.lathe.model.recommend.RecommendSplit} and {@link dev.lathe.model.recommend.RecommenderEvaluation}
 * measure them on held-out interactions. Recommenders are not {@code Estimator}s: they learn from (user, item,
 * value) triples, not from a feature frame and a target.
 */
package dev.lathe.model.recommend;
