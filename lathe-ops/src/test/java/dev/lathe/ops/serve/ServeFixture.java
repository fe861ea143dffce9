package dev.lathe.ops.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test models and a server on a loopback port. The classifier predicts {@code bought} (no/yes) from numeric
 * {@code age}, categorical {@code city} (north, south, west; the one-hot encoder refuses unseen cities) and
 * boolean {@code member}, with no imputer, so a missing age is refused; the regressor predicts {@code spend}
 * from the same columns.
 */
final class ServeFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final PredictionServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    ServeFixture(ServerOptions options, Map<String, ModelSource> models) throws IOException {
        this(options, models, null);
    }

    /** A server that monitors its traffic with {@code live} (null: not). */
    ServeFixture(ServerOptions options, Map<String, ModelSource> models, dev.lathe.ops.live.LiveOptions live)
            throws IOException {
        this.server = PredictionServer.start(options, models, log::add, live);
    }

    /** A server on a free loopback port serving the classifier as {@code buyers} and the regressor as {@code spend}. */
    static ServeFixture start(Path dir, String token) throws IOException {
        return start(dir, ServerOptions.defaults("127.0.0.1", 0, token));
    }

    static ServeFixture start(Path dir, ServerOptions options) throws IOException {
        Map<String, ModelSource> models = new LinkedHashMap<>();
        models.put("buyers", new FileModelSource(classifierFile(dir, 1)));
        models.put("spend", new FileModelSource(regressorFile(dir)));
        return new ServeFixture(options, models);
    }

    /** Training rows; {@code seed} changes the data and so the fitted model. */
    static Frame training(int seed) {
        Random random = new Random(seed);
        int n = 200;
        double[] age = new double[n];
        String[] city = new String[n];
        Boolean[] member = new Boolean[n];
        String[] bought = new String[n];
        double[] spend = new double[n];
        String[] cities = {"north", "south", "west"};
        for (int i = 0; i < n; i++) {
            age[i] = 20 + random.nextInt(50);
            city[i] = cities[i % 3];
            member[i] = random.nextBoolean();
            double score = (age[i] - 45) / 10 + (member[i] ? 1 : -1) + (i % 3 == 0 ? 0.5 : 0) + random.nextGaussian();
            bought[i] = score > 0 ? "yes" : "no";
            spend[i] = 3 * age[i] + (member[i] ? 40 : 0) + 10 * (i % 3) + random.nextGaussian();
        }
        return Frame.of(NumericColumn.wrap("age", age), CategoricalColumn.of("city", city),
                BooleanColumn.of("member", member), CategoricalColumn.of("bought", bought),
                NumericColumn.wrap("spend", spend));
    }

    static FittedPipeline classifier(int seed) {
        return Pipeline.of(new LogisticRegression(), new OneHotEncoder(), new StandardScaler())
                .fit(training(seed).drop("spend"), "bought");
    }

    static Path classifierFile(Path dir, int seed) throws IOException {
        Path file = dir.resolve("buyers.lathe");
        classifier(seed).save(file);
        return file;
    }

    static Path regressorFile(Path dir) throws IOException {
        Path file = dir.resolve("spend.lathe");
        Pipeline.of(new Ridge(), new OneHotEncoder(), new StandardScaler()).fit(training(1).drop("bought"), "spend")
                .save(file);
        return file;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postJson(String path, String body, String... headers) {
        return post(path, "application/json", body, headers);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
