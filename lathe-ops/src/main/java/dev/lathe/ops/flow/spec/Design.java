package dev.lathe.ops.flow.spec;

/**
 * The {@code design} section: why the model is built and what it must achieve.
 *
 * @param useCase     what the model is for, in words (required)
 * @param priority    low, medium, high or critical (default medium)
 * @param owner       who answers for the model (required)
 * @param success     the success metric and its acceptance threshold on the held-out test rows (required)
 * @param baseline    the catalogue model the chosen one must beat on the test rows (default {@code baseline}:
 *                    the mean or the class frequencies)
 * @param latencyMs   the most a prediction may take, milliseconds per row over the test rows, or null for no budget
 * @param modelSizeMb the largest the {@code .lathe} file may be, in megabytes (10^6 bytes), or null for no budget
 */
public record Design(String useCase, String priority, String owner, Threshold success, String baseline,
                     Double latencyMs, Double modelSizeMb) {
}
