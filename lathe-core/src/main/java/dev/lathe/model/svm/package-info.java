/**
 * Support vector machines, fitted to the same solutions as scikit-learn's LIBSVM and LIBLINEAR wrappers:
 * C-support vector classification ({@link dev.lathe.model.svm.Svc}, one-vs-one, Platt probabilities),
 * epsilon-support vector regression ({@link dev.lathe.model.svm.Svr}) with linear, polynomial, RBF and sigmoid
 * kernels, both solved by SMO with second-order working-set selection, shrinking and a kernel row cache; and
 * the linear SVM by dual coordinate descent ({@link dev.lathe.model.svm.LinearSvc}).
 *
 * <p>As in scikit-learn, the features are not scaled: put a {@link dev.lathe.prep.scale.StandardScaler}
 * before these models in the pipeline (the default preparation of {@code lathe train} does).
 */
package dev.lathe.model.svm;
