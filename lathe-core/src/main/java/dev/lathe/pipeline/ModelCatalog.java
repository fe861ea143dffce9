package dev.lathe.pipeline;

import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.model.ensemble.ExtraTreesClassifier;
import dev.lathe.model.ensemble.ExtraTreesRegressor;
import dev.lathe.model.ensemble.RandomForestClassifier;
import dev.lathe.model.ensemble.RandomForestRegressor;
import dev.lathe.model.linear.ElasticNet;
import dev.lathe.model.linear.ElasticNetCV;
import dev.lathe.model.linear.Lasso;
import dev.lathe.model.linear.LassoCV;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.PolynomialRegression;
import dev.lathe.model.linear.QuantileRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.model.linear.RidgeCV;
import dev.lathe.model.tree.DecisionTreeClassifier;
import dev.lathe.model.tree.DecisionTreeRegressor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The models {@code lathe train --model NAME} and flow specs know by name, each with its default
 * configuration for a task and whether it wants scaled inputs. Hyperparameters are then changed by name
 * ({@link Estimator#withParams}).
 */
public final class ModelCatalog {

    /**
     * One named model.
     *
     * @param regression     its regressor, or null when it has none
     * @param classification its classifier, or null when it has none
     * @param wantsScaling   whether the default preparation standardises numeric inputs for it
     * @param unsupervised   its estimator that learns without a target (clustering, decomposition), or null
     */
    public record Entry(String name, Supplier<Estimator> regression, Supplier<Estimator> classification,
                        boolean wantsScaling, String description, Supplier<Estimator> unsupervised) {

        /** A supervised model: a regressor, a classifier or both. */
        public Entry(String name, Supplier<Estimator> regression, Supplier<Estimator> classification,
                     boolean wantsScaling, String description) {
            this(name, regression, classification, wantsScaling, description, null);
        }

        /** An unsupervised model, fitted on the features alone. */
        public static Entry unsupervised(String name, Supplier<Estimator> estimator, boolean wantsScaling,
                                         String description) {
            return new Entry(name, null, null, wantsScaling, description, estimator);
        }

        /** Whether the model learns without a target. */
        public boolean isUnsupervised() {
            return unsupervised != null;
        }

        private static final java.util.Set<String> UNPENALISED_WITH_INTERCEPT = java.util.Set.of("ols", "polynomial",
                "quantile");

        /**
         * Whether the model is fitted without a penalty beside an intercept, so one-hot columns must leave one
         * level out (all levels sum to the intercept's column).
         */
        public boolean needsFullRank() {
            return UNPENALISED_WITH_INTERCEPT.contains(name);
        }
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add(new Entry("baseline", BaselineRegressor::new, BaselineClassifier::new, false,
                "mean (regression) or class frequencies (classification); the floor every model must beat"));
        add(new Entry("ols", LinearRegression::new, null, false, "ordinary least squares"));
        add(new Entry("ridge", Ridge::new, null, true, "least squares with an L2 penalty; set alpha"));
        add(new Entry("ridge_cv", RidgeCV::new, null, true, "ridge with alpha chosen by cross-validation"));
        add(new Entry("lasso", Lasso::new, null, true, "least squares with an L1 penalty; set alpha"));
        add(new Entry("lasso_cv", LassoCV::new, null, true, "lasso with alpha chosen by cross-validation"));
        add(new Entry("elastic_net", ElasticNet::new, null, true, "L1 and L2 penalties; set alpha and l1_ratio"));
        add(new Entry("elastic_net_cv", ElasticNetCV::new, null, true,
                "elastic net with alpha (and l1_ratio) chosen by cross-validation"));
        add(new Entry("polynomial", PolynomialRegression::new, null, true,
                "polynomial regression; set degree, or degree_selection=bic"));
        add(new Entry("logistic_regression", null, LogisticRegression::new, true,
                "logistic regression, binary or multinomial; set C, penalty (l2, l1, elasticnet, none)"));
        add(new Entry("quantile", QuantileRegression::new, null, false,
                "linear quantile regression (pinball loss), exact linear program; set quantile=0.9"));
        add(new Entry("gradient_boosting", GradientBoostingRegressor::new, GradientBoostingClassifier::new, false,
                "histogram gradient boosting (trees grown leaf-wise); set max_iter, learning_rate, max_leaf_nodes"));
        add(new Entry("decision_tree", DecisionTreeRegressor::new, DecisionTreeClassifier::new, false,
                "CART decision tree with exact splits; set max_depth, min_samples_leaf, ccp_alpha"));
        add(new Entry("random_forest", RandomForestRegressor::new, RandomForestClassifier::new, false,
                "random forest, 100 trees on bootstrap samples; set n_estimators, max_features"));
        add(new Entry("extra_trees", ExtraTreesRegressor::new, ExtraTreesClassifier::new, false,
                "extremely randomised trees, 100 trees with random thresholds; set n_estimators"));
        add(new Entry("svc", null, dev.lathe.model.svm.Svc::new, true, "support vector classifier (LIBSVM's C-SVC), rbf kernel by default; set C, gamma, kernel"));
        add(new Entry("svr", dev.lathe.model.svm.Svr::new, null, true, "support vector regression (epsilon-SVR), rbf kernel by default; set C, epsilon, gamma"));
        add(new Entry("nu_svc", null, dev.lathe.model.svm.NuSvc::new, true, "nu-support vector classifier: nu bounds the share of margin errors instead of C; set nu, kernel, gamma"));
        add(new Entry("nu_svr", dev.lathe.model.svm.NuSvr::new, null, true, "nu-support vector regression: nu bounds the share of rows outside the tube, whose width is learnt; set nu, C, gamma"));
        add(new Entry("linear_svc", null, dev.lathe.model.svm.LinearSvc::new, true, "linear SVM by dual coordinate descent (LIBLINEAR); set C, loss"));
        add(new Entry("knn", dev.lathe.model.neighbors.KNeighborsRegressor::new, dev.lathe.model.neighbors.KNeighborsClassifier::new, true, "k nearest neighbours (brute force or KD-tree); set n_neighbors, weights, metric"));
        add(new Entry("gaussian_nb", null, dev.lathe.model.bayes.GaussianNB::new, false, "Gaussian naive Bayes; set var_smoothing, priors"));
        add(new Entry("multinomial_nb", null, dev.lathe.model.bayes.MultinomialNB::new, false, "multinomial naive Bayes for counts (features at least 0); set alpha"));
        add(new Entry("complement_nb", null, dev.lathe.model.bayes.ComplementNB::new, false, "complement naive Bayes for counts with unbalanced classes; set alpha"));
        add(new Entry("bernoulli_nb", null, dev.lathe.model.bayes.BernoulliNB::new, false, "Bernoulli naive Bayes for binary features; set alpha, binarize"));
        add(new Entry("categorical_nb", null, dev.lathe.model.bayes.CategoricalNB::new, false, "categorical naive Bayes for category codes 0, 1, 2, ...; set alpha"));
        add(new Entry("kernel_regression", dev.lathe.model.kernel.KernelRegression::new, null, true, "Nadaraya-Watson kernel regression, bandwidth by leave-one-out; set kernel, bandwidth"));
        add(new Entry("loess", dev.lathe.model.kernel.Loess::new, null, false, "LOESS local linear smoothing of one feature; set frac, it, feature"));
        add(Entry.unsupervised("kmeans", dev.lathe.model.cluster.KMeans::new, true,
                "k-means clustering (k-means++, Lloyd or Elkan); set n_clusters, n_init, algorithm"));
        add(Entry.unsupervised("mini_batch_kmeans", dev.lathe.model.cluster.MiniBatchKMeans::new, true,
                "mini-batch k-means for large data; set n_clusters, batch_size"));
        add(Entry.unsupervised("gmm", dev.lathe.model.cluster.GaussianMixture::new, true,
                "Gaussian mixture by EM; set n_components, covariance_type (full, tied, diag, spherical), reg_covar"));
        add(Entry.unsupervised("dbscan", dev.lathe.model.cluster.Dbscan::new, true,
                "DBSCAN density clustering with a KD-tree, noise labelled -1; set eps, min_samples"));
        add(Entry.unsupervised("hdbscan", dev.lathe.model.cluster.Hdbscan::new, true,
                "HDBSCAN hierarchical density clustering with GLOSH outlier scores; set min_cluster_size, min_samples"));
        add(Entry.unsupervised("pca", dev.lathe.model.decomposition.Pca::new, true,
                "principal component analysis by SVD; set n_components, whiten"));
        add(Entry.unsupervised("incremental_pca", dev.lathe.model.decomposition.IncrementalPca::new, true,
                "PCA learned batch by batch; set n_components, batch_size, whiten"));
        add(new Entry("self_training", null, dev.lathe.model.semisupervised.SelfTrainingClassifier::new, true, "self-training around logistic regression; rows with an empty target are unlabelled; set criterion, threshold, k_best, max_iter"));
        add(new Entry("label_propagation", null, dev.lathe.model.semisupervised.LabelPropagation::new, true, "label propagation over an rbf or knn graph; rows with an empty target are unlabelled; set kernel, gamma, n_neighbors"));
        add(new Entry("label_spreading", null, dev.lathe.model.semisupervised.LabelSpreading::new, true, "label spreading over an rbf or knn graph; rows with an empty target are unlabelled; set kernel, gamma, alpha"));
    }

    private ModelCatalog() {
    }

    private static void add(Entry e) {
        ENTRIES.put(e.name(), e);
    }

    /** The model names. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The entry called {@code name}; a clear error listing the names otherwise. */
    public static Entry entry(String name) {
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known: " + String.join(", ", names()));
        }
        return e;
    }

    /** The default estimator of model {@code name} for {@code task}, with {@code settings} applied by name. */
    public static Estimator estimator(String name, Task task, Map<String, ?> settings) {
        Entry e = entry(name);
        Supplier<Estimator> s = task.unsupervised() ? e.unsupervised()
                : task == Task.REGRESSION ? e.regression() : e.classification();
        if (s == null && e.isUnsupervised()) {
            throw new IllegalArgumentException("model '" + name + "' learns without a target; leave out --target");
        }
        if (s == null && task == Task.REGRESSION) {
            throw new IllegalArgumentException("model '" + name + "' does no regression, which a numeric target asks"
                    + " for; to classify numeric labels, read the target as categorical (lathe train --type"
                    + " COLUMN=categorical, or the flow spec's types), or choose another model");
        }
        if (s == null) {
            throw new IllegalArgumentException("model '" + name + "' does no " + task.label() + "; choose another "
                    + "model or target");
        }
        Estimator estimator = s.get();
        return settings.isEmpty() ? estimator : (Estimator) estimator.withParams(settings);
    }
}
