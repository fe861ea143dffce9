/**
 * Semi-supervised classification: learners that use rows without a label. A row is unlabelled when its
 * target value is missing (an empty CSV cell, NaN, or a categorical -1). {@link
 * dev.lathe.model.semisupervised.SelfTrainingClassifier} wraps any classifier; {@link
 * dev.lathe.model.semisupervised.LabelPropagation} and {@link dev.lathe.model.semisupervised.LabelSpreading}
 * spread labels over a similarity graph, as scikit-learn's estimators of the same names.
 */
package dev.lathe.model.semisupervised;
