package dev.lathe.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lathe.data.Datasets;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file is refused, with a clear message, whenever it is damaged or crafted to do harm. */
class ModelFileAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path good;

    @BeforeEach
    void saveAGoodFile() throws IOException {
        good = dir.resolve("good.lathe");
        Pipeline.of(new BaselineClassifier(), new StandardScaler()).fit(Datasets.iris(), "species").save(good);
        assertThat(FittedPipeline.load(good).target()).isEqualTo("species");
    }

    private Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private Path rewrite(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Map<String, byte[]> withManifest(Map<String, byte[]> entries, UnaryOperator<ObjectNode> change)
            throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        entries.put("manifest.json", JSON.writeValueAsBytes(change.apply(manifest)));
        return entries;
    }

    private static ObjectNode listed(ObjectNode manifest, String name, long size, byte[] content) {
        ObjectNode item = ((ArrayNode) manifest.get("entries")).addObject();
        item.put("name", name);
        item.put("size", size);
        item.put("sha256", ModelArchive.sha256(content));
        return manifest;
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        Map<String, byte[]> e = entries(good);
        String array = e.keySet().stream().filter(n -> n.endsWith(".bin")).findFirst().orElseThrow();
        e.get(array)[3] ^= 0x01;
        Path file = rewrite("flipped.lathe", e);
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("entry '" + array + "' fails its SHA-256 check");
    }

    /**
     * Flipping any byte of the file either gets it refused or leaves what it loads unchanged (a flip in
     * zip metadata such as an entry's timestamp touches no content); it never loads a different model.
     */
    @Test
    void aFlippedByteAnywhereNeverLoadsADifferentModel() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        FittedPipeline reference = FittedPipeline.load(good);
        var iris = Datasets.iris();
        int refused = 0;
        int tried = 0;
        for (int at = 0; at < bytes.length; at += Math.max(1, bytes.length / 300)) {
            byte[] copy = bytes.clone();
            copy[at] ^= 0x20;
            Path file = Files.write(dir.resolve("raw.lathe"), copy);
            tried++;
            try {
                FittedPipeline loaded = FittedPipeline.load(file);
                dev.lathe.pipeline.RoundTrip.assertBitIdentical(loaded.predict(iris), reference.predict(iris));
                dev.lathe.pipeline.RoundTrip.assertBitIdentical(loaded.transform(iris), reference.transform(iris));
            } catch (ModelFileException e) {
                assertThat(e.getMessage()).startsWith(file.toString());
                refused++;
            }
        }
        // most bytes of a small model file are content or names, whose flips are all refused
        assertThat(refused).as("refused of %d", tried).isGreaterThan(tried / 2);
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("cut.lathe"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void anUnknownStepTypeIsRefused() throws IOException {
        Map<String, byte[]> e = entries(good);
        String stepJson = "pipeline/model/step.json";
        byte[] changed = new String(e.get(stepJson)).replace("baseline_classifier", "java.lang.Runtime").getBytes();
        e.put(stepJson, changed);
        Path file = rewrite("unknown.lathe", withManifest(e, m -> {
            for (var item : m.get("entries")) {
                if (item.get("name").asText().equals(stepJson)) {
                    ((ObjectNode) item).put("size", changed.length).put("sha256", ModelArchive.sha256(changed));
                }
            }
            return m;
        }));
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("has unknown type 'java.lang.Runtime'; this Lathe knows: ");
    }

    @Test
    void anUnsupportedFormatVersionIsRefused() throws IOException {
        Path file = rewrite("v99.lathe", withManifest(entries(good), m -> m.put("format_version", 99)));
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("unsupported model format version 99").hasMessageContaining("reads version 1");
    }

    @Test
    void entryPathsThatLeaveTheArchiveAreRefused() throws IOException {
        for (String evil : new String[] {"../evil.bin", "/etc/passwd", "pipeline/../../x", "C:\\x"}) {
            Map<String, byte[]> e = entries(good);
            e.put(evil, new byte[] {1});
            Path file = rewrite("evil.lathe", e);
            assertThatThrownBy(() -> FittedPipeline.load(file)).as(evil).isInstanceOf(ModelFileException.class)
                    .hasMessageContaining("entry path '" + evil + "' leaves the archive");
        }
    }

    @Test
    void anEntryLargerThanDeclaredIsRefused() throws IOException {
        Map<String, byte[]> e = entries(good);
        String array = e.keySet().stream().filter(n -> n.endsWith(".bin")).findFirst().orElseThrow();
        byte[] longer = java.util.Arrays.copyOf(e.get(array), e.get(array).length + 8);
        e.put(array, longer);
        Path file = rewrite("longer.lathe", e);
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("entry '" + array + "' is larger than its declared size");
    }

    @Test
    void aZipBombIsRefusedBeforeInflating() throws IOException {
        byte[] zeros = new byte[64 << 20];
        Map<String, byte[]> e = entries(good);
        e.put("pipeline/bomb.bin", zeros);
        Path file = rewrite("bomb.lathe", withManifest(e, m -> listed(m, "pipeline/bomb.bin", zeros.length, zeros)));
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> FittedPipeline.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("refused as a zip bomb");
        ModelArchive.Limits small = new ModelArchive.Limits(1000, 1 << 20, 1 << 20, 1e9);
        assertThatThrownBy(() -> ModelArchive.read(file, dev.lathe.pipeline.StepTypes.loaders(), small))
                .hasMessageContaining("above the limit");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws IOException {
        Map<String, byte[]> e = entries(good);
        e.put("pipeline/extra.bin", new byte[] {1, 2, 3});
        Path file = rewrite("extra.lathe", e);
        assertThatThrownBy(() -> FittedPipeline.load(file))
                .hasMessageContaining("entry 'pipeline/extra.bin' is not listed in the manifest");
    }

    @Test
    void notAModelFileAtAll() throws IOException {
        Path csv = Files.writeString(dir.resolve("data.lathe"), "a,b\n1,2\n");
        assertThatThrownBy(() -> FittedPipeline.load(csv)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not a readable model file");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write(1);
        }
        Path zip = Files.write(dir.resolve("other.lathe"), bytes.toByteArray());
        assertThatThrownBy(() -> FittedPipeline.load(zip)).hasMessageContaining("not a Lathe model file");
    }

    @Test
    void nothingIsLeftBehindWhenSavingFails() throws IOException {
        Path missingDir = dir.resolve("no/such/dir/m.lathe");
        FittedPipeline p = FittedPipeline.load(good);
        assertThatThrownBy(() -> p.save(missingDir)).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
}
