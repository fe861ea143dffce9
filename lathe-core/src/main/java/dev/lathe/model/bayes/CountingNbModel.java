package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.QueryFeatures;
import dev.lathe.model.Targets;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Locale;

/**
 * A fitted multinomial, complement or Bernoulli naive Bayes model ({@link MultinomialNB},
 * {@link ComplementNB}, {@link BernoulliNB}): per class the row count and the sum of each feature; the
 * log-probabilities follow scikit-learn 1.2's formulas. Partial fits add counts, so batches give exactly the
 * model one fit on all rows gives.
 */
public final class CountingNbModel implements NaiveBayes {

    /** Type name in model files of the multinomial model. */
    public static final String MULTINOMIAL = Counting.Kind.MULTINOMIAL.type();
    /** Type name in model files of the complement model. */
    public static final String COMPLEMENT = Counting.Kind.COMPLEMENT.type();
    /** Type name in model files of the Bernoulli model. */
    public static final String BERNOULLI = Counting.Kind.BERNOULLI.type();

    private final Counting settings;
    private final List<String> classes;
    private final List<String> features;
    private final double[] classCount;
    private final double[][] featureCount;
    private final double[][] featureLogProb;
    private final double[] classLogPrior;
    private final double[] absentLogProb;

    private CountingNbModel(Counting settings, List<String> classes, List<String> features, double[] classCount,
                            double[][] featureCount) {
        this.settings = settings;
        this.classes = List.copyOf(classes);
        this.features = List.copyOf(features);
        this.classCount = classCount;
        this.featureCount = featureCount;
        int k = classes.size();
        int d = features.size();
        if (classCount.length != k || featureCount.length != k) {
            throw new IllegalArgumentException("counts for " + classCount.length + " classes, expected " + k);
        }
        double a = settings.smoothing();
        featureLogProb = new double[k][d];
        absentLogProb = new double[k];
        switch (settings.kind()) {
            case MULTINOMIAL -> {
                for (int c = 0; c < k; c++) {
                    double total = 0;
                    for (int j = 0; j < d; j++) {
                        total += featureCount[c][j] + a;
                    }
                    for (int j = 0; j < d; j++) {
                        featureLogProb[c][j] = Math.log(featureCount[c][j] + a) - Math.log(total);
                    }
                }
            }
            case COMPLEMENT -> {
                double[] all = new double[d];
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        all[j] += featureCount[c][j];
                    }
                }
                for (int c = 0; c < k; c++) {
                    double total = 0;
                    for (int j = 0; j < d; j++) {
                        total += all[j] + a - featureCount[c][j];
                    }
                    double logged = 0;
                    for (int j = 0; j < d; j++) {
                        featureLogProb[c][j] = Math.log((all[j] + a - featureCount[c][j]) / total);
                        logged += featureLogProb[c][j];
                    }
                    for (int j = 0; j < d; j++) {
                        featureLogProb[c][j] = settings.norm() ? featureLogProb[c][j] / logged : -featureLogProb[c][j];
                    }
                }
            }
            case BERNOULLI -> {
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        double present = Math.log(featureCount[c][j] + a) - Math.log(classCount[c] + 2 * a);
                        double absent = Math.log(1 - Math.exp(present));
                        featureLogProb[c][j] = present - absent;
                        absentLogProb[c] += absent;
                    }
                }
            }
        }
        classLogPrior = ClassPrior.log("class_prior", settings.classPrior(), settings.fitPrior(), classCount);
    }

    /** The model with {@code settings} fitted to features {@code x} and labels {@code y}. */
    static CountingNbModel fit(Counting settings, Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        int k = t.classes().size();
        return new CountingNbModel(settings, t.classes(), x.names(), new double[k], new double[k][x.columnCount()])
                .update(columns, t.codes());
    }

    /** This model with the rows of column-major {@code columns} (labels {@code codes}) counted in. */
    CountingNbModel update(double[][] columns, int[] codes) {
        double[][] x = prepared(columns);
        if (settings.kind() != Counting.Kind.BERNOULLI) {
            for (int j = 0; j < x.length; j++) {
                for (int i = 0; i < codes.length; i++) {
                    if (x[j][i] < 0) {
                        throw new IllegalArgumentException("feature column '" + features.get(j) + "' has the negative "
                                + "value " + x[j][i] + " in row " + (i + 1) + "; " + settings.kind().type()
                                + " needs counts or frequencies, at least 0");
                    }
                }
            }
        }
        double[] cc = classCount.clone();
        double[][] fc = new double[featureCount.length][];
        for (int c = 0; c < fc.length; c++) {
            fc[c] = featureCount[c].clone();
        }
        for (int i = 0; i < codes.length; i++) {
            cc[codes[i]]++;
        }
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < codes.length; i++) {
                fc[codes[i]][j] += x[j][i];
            }
        }
        return new CountingNbModel(settings, classes, features, cc, fc);
    }

    /** The columns as the event model reads them: binarized for Bernoulli with a threshold, else as given. */
    private double[][] prepared(double[][] columns) {
        if (settings.kind() != Counting.Kind.BERNOULLI || Double.isNaN(settings.binarize())) {
            return columns;
        }
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = new double[columns[j].length];
            for (int i = 0; i < out[j].length; i++) {
                out[j][i] = columns[j][i] > settings.binarize() ? 1 : 0;
            }
        }
        return out;
    }

    @Override
    public CountingNbModel partialFit(Frame x, Column y) {
        return update(QueryFeatures.matrix(x, features), Labels.codes(y, classes));
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public double[][] jointLogLikelihood(Frame x) {
        double[][] columns = prepared(QueryFeatures.matrix(x, features));
        int rows = x.rowCount();
        int k = classes.size();
        boolean withPrior = settings.kind() != Counting.Kind.COMPLEMENT;
        double[][] out = new double[rows][k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < columns.length; j++) {
                    s += columns[j][i] * featureLogProb[c][j];
                }
                out[i][c] = withPrior ? s + classLogPrior[c] + absentLogProb[c] : s;
            }
        }
        return out;
    }

    @Override
    public String stepType() {
        return settings.kind().type();
    }

    @Override
    public void save(StepWriter out) {
        out.put("classes", classes);
        out.put("features", features);
        out.put("alpha", settings.alpha());
        out.put("binarize", Double.isNaN(settings.binarize()) ? null : settings.binarize());
        out.put("norm", settings.norm());
        out.put("fit_prior", settings.fitPrior());
        out.put("given_prior", settings.classPrior() != null);
        if (settings.classPrior() != null) {
            out.doubles("class_prior", settings.classPrior());
        }
        out.doubles("class_count", classCount);
        out.doubles("feature_count", Tables.flatten(featureCount));
    }

    /** Reads what {@link #save} wrote, for any of the three type names. */
    public static CountingNbModel load(StepReader in) {
        Counting.Kind kind = Counting.Kind.valueOf(in.type().replace("_nb", "").toUpperCase(Locale.ROOT));
        List<String> classes = in.getStrings("classes");
        List<String> features = in.getStrings("features");
        int k = classes.size();
        Counting settings = new Counting(kind, in.getDouble("alpha"),
                in.has("binarize") ? in.getDouble("binarize") : Double.NaN, in.getBoolean("norm"),
                in.getBoolean("fit_prior"), in.getBoolean("given_prior") ? in.doubles("class_prior", k) : null);
        return new CountingNbModel(settings, classes, features, in.doubles("class_count", k),
                Tables.unflatten(in.doubles("feature_count", k * features.size()), k));
    }
}
