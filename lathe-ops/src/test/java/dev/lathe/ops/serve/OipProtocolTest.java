package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OipProtocolTest {

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

    @Test
    void serverMetadataAndHealth() {
        JsonNode server = ServeFixture.json(fx.get("/v2"));
        assertThat(server.get("name").asText()).isEqualTo("lathe");
        assertThat(server.get("version").asText()).isEqualTo(dev.lathe.Lathe.version());
        assertThat(fx.get("/v2/health/live").statusCode()).isEqualTo(200);
        assertThat(fx.get("/v2/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void modelMetadataListsInputAndOutputTensors() {
        HttpResponse<String> r = fx.get("/v2/models/buyers");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode m = ServeFixture.json(r);
        String version = fx.server.models().slot("buyers").current().version();
        assertThat(m.get("versions").get(0).asText()).isEqualTo(version);
        assertThat(m.get("inputs").toString()).isEqualTo("[{\"name\":\"age\",\"datatype\":\"FP64\",\"shape\":[-1]},"
                + "{\"name\":\"city\",\"datatype\":\"BYTES\",\"shape\":[-1]},"
                + "{\"name\":\"member\",\"datatype\":\"BOOL\",\"shape\":[-1]}]");
        assertThat(m.get("outputs").findValuesAsText("name")).containsExactly("prediction", "p_no", "p_yes");
        assertThat(fx.get("/v2/models/buyers/versions/" + version).statusCode()).isEqualTo(200);
        assertThat(fx.get("/v2/models/buyers/ready").statusCode()).isEqualTo(200);
        assertThat(fx.get("/v2/models/buyers/versions/" + version + "/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void oneTensorPerColumnWithTheIdEchoed() {
        HttpResponse<String> r = fx.postJson("/v2/models/buyers/infer", """
                {"id": "req-1", "inputs": [
                  {"name": "age", "shape": [2], "datatype": "INT64", "data": [30, 60]},
                  {"name": "city", "shape": [2], "datatype": "BYTES", "data": ["north", "west"]},
                  {"name": "member", "shape": [2], "datatype": "BOOL", "data": [true, false]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = ServeFixture.json(r);
        assertThat(body.get("id").asText()).isEqualTo("req-1");
        assertThat(body.get("model_name").asText()).isEqualTo("buyers");
        JsonNode outputs = body.get("outputs");
        assertThat(outputs.get(0).get("name").asText()).isEqualTo("prediction");
        assertThat(outputs.get(0).get("datatype").asText()).isEqualTo("BYTES");
        assertThat(outputs.get(0).get("shape").toString()).isEqualTo("[2]");
        assertThat(outputs.get(1).get("name").asText()).isEqualTo("p_no");
        double pNo = outputs.get(1).get("data").get(0).asDouble();
        double pYes = outputs.get(2).get("data").get(0).asDouble();
        assertThat(pNo + pYes).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aMixedTwoDimensionalTensorIsCheckedCellByCell() {
        HttpResponse<String> flat = fx.postJson("/v2/models/spend/versions/"
                + fx.server.models().slot("spend").current().version() + "/infer", """
                {"inputs": [{"name": "x", "shape": [2, 3], "datatype": "BYTES",
                             "data": [30, "north", true, 60, "west", false]}]}""");
        assertThat(flat.statusCode()).as(flat.body()).isEqualTo(400);
        assertThat(ServeFixture.json(flat).get("error").asText()).contains("is not of datatype BYTES");
        HttpResponse<String> nested = fx.postJson("/v2/models/spend/infer", """
                {"inputs": [{"name": "x", "shape": [2, 3], "datatype": "BYTES",
                             "data": [["30", "north", "true"], ["60", "west", "false"]]}]}""");
        assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
        assertThat(ServeFixture.json(nested).get("error").asText()).contains("column 'age' row 1: expected a number");
    }

    @Test
    void aTwoDimensionalNumericTensorForANumericModel() throws IOException {
        try (ServeFixture numeric = new ServeFixture(ServerOptions.defaults("127.0.0.1", 0, null),
                java.util.Map.of("ages", new FileModelSource(NumericModel.file(dir))))) {
            HttpResponse<String> r = numeric.postJson("/v2/models/ages/infer", """
                    {"inputs": [{"name": "x", "shape": [2, 2], "datatype": "FP32", "data": [[30, 1.5], [60, 2.5]]}]}""");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode out = ServeFixture.json(r).get("outputs").get(0);
            assertThat(out.get("datatype").asText()).isEqualTo("FP64");
            assertThat(out.get("data")).hasSize(2);
            HttpResponse<String> flat = numeric.postJson("/v2/models/ages/infer", """
                    {"inputs": [{"name": "x", "shape": [2, 2], "datatype": "FP64", "data": [30, 1.5, 60, 2.5]}]}""");
            assertThat(flat.body()).isEqualTo(r.body());
        }
    }
}
