package dev.lathe.model.neighbors;

/**
 * The k nearest training rows of each query row, nearest first; among equal distances the lower training
 * row comes first.
 *
 * @param indices   {@code indices[i][r]}: the 0-based training row of query row i's r-th neighbour
 * @param distances {@code distances[i][r]}: its distance under the model's metric
 */
public record Neighbors(int[][] indices, double[][] distances) {
}
