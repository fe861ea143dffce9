package dev.lathe.model.recommend;

/**
 * One recommended item.
 *
 * @param item  the item's id
 * @param score the model's score (for explicit ALS a predicted rating, shrunk when missing cells are imputed; for
 *              popularity the number of users)
 */
public record ScoredItem(String item, double score) {
}
