package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlflowProtocolTest {

    @TempDir
    static Path dir;
    static ServeFixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = ServeFixture.start(dir, (String) null);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** The classifier's own predictions for the two rows every format below sends. */
    private static Frame expected() {
        Frame rows = Frame.of(NumericColumn.wrap("age", new double[] {30, 60}),
                dev.lathe.frame.CategoricalColumn.of("city", "north", "west"),
                dev.lathe.frame.BooleanColumn.of("member", true, false));
        return fx.server.models().slot("buyers").current().pipeline().predict(rows);
    }

    private static void assertTwoRows(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode predictions = ServeFixture.json(response).get("predictions");
        Frame expected = expected();
        assertThat(predictions).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode row = predictions.get(i);
            assertThat(row.get("prediction").asText()).isEqualTo(expected.column("prediction").format(i));
            assertThat(row.get("p_no").asDouble()).isEqualTo(((NumericColumn) expected.column("p_no")).get(i));
            assertThat(row.get("p_yes").asDouble()).isEqualTo(((NumericColumn) expected.column("p_yes")).get(i));
        }
    }

    @Test
    void dataframeSplit() {
        assertTwoRows(fx.postJson("/invocations", """
                {"dataframe_split": {"columns": ["age", "city", "member"],
                                     "data": [[30, "north", true], [60, "west", false]]}}"""));
    }

    @Test
    void dataframeRecordsWithAnExtraColumnIgnored() {
        assertTwoRows(fx.postJson("/invocations", """
                {"dataframe_records": [{"age": 30, "city": "north", "member": true, "id": 7},
                                       {"age": 60, "city": "west", "member": false, "id": 8}]}"""));
    }

    @Test
    void instancesAsObjectsAndAsArraysInSchemaOrder() {
        assertTwoRows(fx.postJson("/invocations", """
                {"instances": [{"age": 30, "city": "north", "member": true},
                               {"age": 60, "city": "west", "member": false}]}"""));
        assertTwoRows(fx.postJson("/invocations", """
                {"instances": [[30, "north", true], [60, "west", false]]}"""));
    }

    @Test
    void inputsAsColumnsWithEmptyParams() {
        assertTwoRows(fx.postJson("/invocations", """
                {"inputs": {"age": [30, 60], "city": ["north", "west"], "member": [true, false]},
                 "params": {}}"""));
    }

    @Test
    void csv() {
        assertTwoRows(fx.post("/invocations", "text/csv", "age,city,member\n30,north,true\n60,west,false\n"));
    }

    @Test
    void aRegressorAnswersBareNumbers() {
        HttpResponse<String> r = fx.postJson("/invocations?model=spend", """
                {"inputs": {"age": [30], "city": ["north"], "member": [true]}}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = ServeFixture.json(r).get("predictions");
        assertThat(p.get(0).isNumber()).isTrue();
        assertThat(p.get(0).asDouble()).isBetween(100.0, 160.0);
    }

    @Test
    void pingHealthAndVersion() {
        assertThat(fx.get("/ping").statusCode()).isEqualTo(200);
        assertThat(fx.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> v = fx.get("/version");
        assertThat(v.statusCode()).isEqualTo(200);
        assertThat(v.body()).isEqualTo(dev.lathe.Lathe.version());
    }

    @Test
    void twoInputKeysOrNoneAreRefused() {
        HttpResponse<String> both = fx.postJson("/invocations", """
                {"inputs": {"age": [30]}, "instances": [{"age": 30}]}""");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(both).get("error_code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(ServeFixture.json(both).get("message").asText()).contains("'inputs'", "'instances'");
        HttpResponse<String> none = fx.postJson("/invocations", "{\"params\": {}}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(none).get("message").asText()).contains("none of");
    }

    @Test
    void paramsThatTheModelCannotTakeAreRefused() {
        HttpResponse<String> r = fx.postJson("/invocations", """
                {"inputs": {"age": [30], "city": ["north"], "member": [true]}, "params": {"threshold": 0.3}}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(r).get("message").asText()).contains("'params'");
    }
}
