package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every client mistake answers 4xx naming what is wrong and where, in the protocol's error shape. */
class RequestValidationTest {

    @TempDir
    static Path dir;
    static ServeFixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = ServeFixture.start(dir, ServerOptions.defaults("127.0.0.1", 0, null).withMaxRows(3).withMaxBodyBytes(2_000));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static String mlflowError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return ServeFixture.json(r).get("message").asText();
    }

    private static String oipError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return ServeFixture.json(r).get("error").asText();
    }

    private static HttpResponse<String> records(String rows) {
        return fx.postJson("/invocations", "{\"dataframe_records\": [" + rows + "]}");
    }

    @Test
    void missingColumn() {
        assertThat(mlflowError(records("{\"age\": 30, \"member\": true}"), 400))
                .contains("missing column [city]", "[age, city, member]");
    }

    @Test
    void wrongTypeNamesColumnAndRow() {
        assertThat(mlflowError(records("{\"age\": 30, \"city\": \"north\", \"member\": true},"
                + "{\"age\": \"old\", \"city\": \"west\", \"member\": false}"), 400))
                .contains("column 'age' row 2: expected a number", "\"old\"");
        assertThat(mlflowError(records("{\"age\": 30, \"city\": \"north\", \"member\": \"maybe\"}"), 400))
                .contains("column 'member' row 1: expected true or false");
    }

    @Test
    void unseenCategoryAsTheEncoderSays() {
        assertThat(mlflowError(records("{\"age\": 30, \"city\": \"north\", \"member\": true},"
                + "{\"age\": 40, \"city\": \"east\", \"member\": true}"), 400))
                .contains("city", "east", "row 2");
    }

    @Test
    void missingValueWhereTheModelTakesNone() {
        assertThat(mlflowError(records("{\"age\": 30, \"city\": \"north\", \"member\": true},"
                + "{\"age\": null, \"city\": \"west\", \"member\": true}"), 400))
                .contains("'age'", "missing value in row 2");
    }

    @Test
    void tooManyRows() {
        String row = "{\"age\": 30, \"city\": \"north\", \"member\": true}";
        assertThat(mlflowError(records(String.join(",", row, row, row, row)), 400))
                .contains("4 rows", "limit of 3");
    }

    @Test
    void emptyRequest() {
        assertThat(mlflowError(records(""), 400)).contains("missing column");
        assertThat(mlflowError(fx.postJson("/invocations", "{\"inputs\": {\"age\": [], \"city\": [], \"member\": []}}"),
                400)).contains("no rows");
    }

    @Test
    void malformedJsonAndWrongContentType() {
        assertThat(mlflowError(fx.postJson("/invocations", "{\"inputs\": "), 400)).contains("not valid JSON");
        assertThat(mlflowError(fx.post("/invocations", "application/xml", "<a/>"), 415)).contains("text/csv");
        assertThat(mlflowError(fx.post("/invocations", "text/csv", "age,member\n30,true\n"), 400))
                .contains("missing column 'city'");
        assertThat(mlflowError(fx.post("/invocations", "text/csv", "age,city,member\nold,north,true\n"), 400))
                .contains("age");
    }

    @Test
    void bodyOverTheSizeLimit() {
        String big = "{\"inputs\": {\"age\": [" + "1,".repeat(1_500) + "1]}}";
        HttpResponse<String> r = fx.postJson("/invocations", big);
        assertThat(mlflowError(r, 413)).contains("limit of 2000");
        assertThat(ServeFixture.json(r).get("error_code").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(oipError(fx.postJson("/v2/models/buyers/infer", big), 413)).contains("limit");
    }

    @Test
    void aChunkedBodyOverTheSizeLimit() throws Exception {
        byte[] big = ("{\"inputs\": {\"age\": [" + "1,".repeat(1_500) + "1]}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fx.server.port() + "/invocations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(ServeFixture.json(r).get("error_code").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void unknownModelOrVersionOrPath() {
        assertThat(oipError(fx.get("/v2/models/nope"), 404)).contains("'nope'", "[buyers, spend]");
        assertThat(oipError(fx.postJson("/v2/models/nope/infer", "{}"), 404)).contains("'nope'");
        assertThat(oipError(fx.get("/v2/models/buyers/versions/0/ready"), 404)).contains("no version '0'");
        assertThat(mlflowError(fx.postJson("/invocations?model=nope", "{}"), 404)).contains("'nope'");
        assertThat(fx.get("/nowhere").statusCode()).isEqualTo(404);
        assertThat(fx.get("/admin/reload").statusCode()).isEqualTo(404);
    }

    @Test
    void oipTensorMistakes() {
        String base = "/v2/models/buyers/infer";
        assertThat(oipError(fx.postJson(base, "{\"inputs\": []}"), 400)).contains("non-empty array");
        assertThat(oipError(fx.postJson(base, """
                {"inputs": [{"name": "age", "shape": [2], "datatype": "FP16", "data": [1, 2]}]}"""), 400))
                .contains("FP16", "not supported");
        assertThat(oipError(fx.postJson(base, """
                {"inputs": [{"name": "age", "shape": [3], "datatype": "FP64", "data": [1, 2]}]}"""), 400))
                .contains("needs 3 values", "holds 2");
        assertThat(oipError(fx.postJson(base, """
                {"inputs": [{"name": "age", "shape": [1], "datatype": "INT32", "data": [1.5]},
                            {"name": "city", "shape": [1], "datatype": "BYTES", "data": ["north"]},
                            {"name": "member", "shape": [1], "datatype": "BOOL", "data": [true]}]}"""), 400))
                .contains("inputs[0] ('age') element 0", "INT32");
        assertThat(oipError(fx.postJson(base, """
                {"inputs": [{"name": "age", "shape": [1], "datatype": "FP64", "data": [40]},
                            {"name": "city", "shape": [1], "datatype": "BYTES", "data": ["east"]},
                            {"name": "member", "shape": [1], "datatype": "BOOL", "data": [true]}]}"""), 400))
                .contains("east");
        assertThat(oipError(fx.postJson(base, """
                {"id": 5, "inputs": [{"name": "age", "shape": [1], "datatype": "FP64", "data": [40]}]}"""), 400))
                .contains("'id'");
    }
}
