package dev.lathe.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lathe.Lathe;
import dev.lathe.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .lathe} file: a zip holding {@code manifest.json} (format version, Lathe version, creation
 * time, caller's fields, and the size and SHA-256 of every other entry) and the entries of a root step
 * (see {@link StepWriter}). Writing goes to a temporary file moved into place; reading refuses unknown
 * versions, failed checksums, truncated or oversized entries, unlisted entries, paths that leave the
 * archive, and archives that would inflate beyond {@link Limits}.
 */
public final class ModelArchive {

    /** The format version this Lathe writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The manifest's entry name. */
    public static final String MANIFEST = "manifest.json";
    private static final String ROOT = "pipeline/";
    private static final int MAX_MANIFEST_BYTES = 16 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Bounds applied while reading.
     *
     * @param maxEntries     entries in the archive
     * @param maxEntryBytes  inflated size of one entry
     * @param maxTotalBytes  inflated size of all entries together
     * @param maxRatio       inflated / compressed size of an entry larger than 1 MiB
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {
        /** 100,000 entries, 2 GiB per entry, 8 GiB in all, ratio 1,000. */
        public static Limits defaults() {
            return new Limits(100_000, Integer.MAX_VALUE - 8L, 8L << 30, 1000);
        }
    }

    /** A loaded archive: its manifest and root step. */
    public record Loaded(JsonNode manifest, Persistable root) {
    }

    private ModelArchive() {
    }

    /** Writes {@code root} and a manifest with {@code fields} to {@code file}, atomically. */
    public static void write(Path file, Map<String, Object> fields, Persistable root) throws IOException {
        Map<String, Object> docs = new LinkedHashMap<>();
        Map<String, byte[]> arrays = new LinkedHashMap<>();
        StepWriter.of(root).collect(ROOT, docs, arrays);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Object> d : docs.entrySet()) {
            entries.put(d.getKey(), JSON.writeValueAsBytes(d.getValue()));
        }
        entries.putAll(arrays);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format_version", FORMAT_VERSION);
        manifest.put("lathe_version", Lathe.version());
        manifest.put("created", Instant.now().toString());
        manifest.putAll(fields);
        List<Map<String, Object>> listing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", e.getKey());
            item.put("size", e.getValue().length);
            item.put("sha256", sha256(e.getValue()));
            listing.add(item);
        }
        manifest.put("entries", listing);

        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, MANIFEST, JSON.writeValueAsBytes(manifest));
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads {@code file}, loading steps only through {@code loaders} (type name to loader).
     *
     * @throws ModelFileException when the file is refused; the message says why
     */
    public static Loaded read(Path file, Map<String, StepLoader> loaders, Limits limits) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String where = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> present = listEntries(zip, where, limits);
            ZipEntry manifestEntry = present.get(MANIFEST);
            if (manifestEntry == null) {
                throw new ModelFileException(where + ": not a Lathe model file (no " + MANIFEST + ")");
            }
            JsonNode manifest = parse(where, MANIFEST, readBounded(zip, manifestEntry, MAX_MANIFEST_BYTES, where, -1));
            int version = manifest.path("format_version").asInt(-1);
            if (version != FORMAT_VERSION) {
                throw new ModelFileException(where + ": unsupported model format version "
                        + manifest.path("format_version") + " (this Lathe " + Lathe.version() + " reads version "
                        + FORMAT_VERSION + ")");
            }
            Map<String, byte[]> entries = readListed(zip, manifest, present, where, limits);
            Map<String, JsonNode> docs = new HashMap<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().endsWith("/step.json")) {
                    docs.put(e.getKey(), parse(where, e.getKey(), e.getValue()));
                }
            }
            Persistable root = StepReader.load(ROOT, Persistable.class, docs, entries, loaders);
            return new Loaded(manifest, root);
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFileException(where + ": not a readable model file (truncated or corrupt zip: "
                    + e.getMessage() + ")", e);
        }
    }

    private static Map<String, ZipEntry> listEntries(ZipFile zip, String where, Limits limits) {
        Map<String, ZipEntry> present = new TreeMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            checkPath(where, e.getName());
            if (present.put(e.getName(), e) != null) {
                throw new ModelFileException(where + ": entry '" + e.getName() + "' appears twice");
            }
            if (present.size() > limits.maxEntries()) {
                throw new ModelFileException(where + ": more than " + limits.maxEntries() + " entries");
            }
        }
        return present;
    }

    private static void checkPath(String where, String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || name.contains(":") || name.indexOf('\0') >= 0;
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                unsafe = true;
            }
        }
        if (unsafe) {
            throw new ModelFileException(where + ": entry path '" + name + "' leaves the archive or is not a plain "
                    + "relative path; refused");
        }
    }

    private static Map<String, byte[]> readListed(ZipFile zip, JsonNode manifest, Map<String, ZipEntry> present,
                                                  String where, Limits limits) throws IOException {
        JsonNode listing = manifest.path("entries");
        if (!listing.isArray()) {
            throw new ModelFileException(where + ": manifest has no entry list");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        long total = 0;
        for (JsonNode item : listing) {
            String name = item.path("name").asText();
            long size = item.path("size").asLong(-1);
            String sha = item.path("sha256").asText();
            checkPath(where, name);
            if (!listed.add(name) || name.equals(MANIFEST)) {
                throw new ModelFileException(where + ": manifest lists entry '" + name + "' twice");
            }
            ZipEntry entry = present.get(name);
            if (entry == null) {
                throw new ModelFileException(where + ": entry '" + name + "' is missing (truncated file?)");
            }
            if (size < 0 || size > limits.maxEntryBytes()) {
                throw new ModelFileException(where + ": entry '" + name + "' declares " + size
                        + " bytes, above the limit of " + limits.maxEntryBytes());
            }
            total += size;
            if (total > limits.maxTotalBytes()) {
                throw new ModelFileException(where + ": entries add up to more than " + limits.maxTotalBytes()
                        + " bytes; refused");
            }
            long compressed = entry.getCompressedSize();
            if (size > (1 << 20) && compressed > 0 && (double) size / compressed > limits.maxRatio()) {
                throw new ModelFileException(where + ": entry '" + name + "' would inflate " + size + " bytes from "
                        + compressed + " (ratio above " + limits.maxRatio() + "); refused as a zip bomb");
            }
            byte[] bytes = readBounded(zip, entry, size, where, size);
            if (!sha256(bytes).equals(sha)) {
                throw new ModelFileException(where + ": entry '" + name + "' fails its SHA-256 check (file corrupt "
                        + "or altered)");
            }
            entries.put(name, bytes);
        }
        for (String name : present.keySet()) {
            if (!name.equals(MANIFEST) && !listed.contains(name) && !name.endsWith("/")) {
                throw new ModelFileException(where + ": entry '" + name + "' is not listed in the manifest; refused");
            }
        }
        return entries;
    }

    /** Reads at most {@code limit} bytes; more means the entry is larger than declared. */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long limit, String where, long declared)
            throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (in.read() != -1) {
                throw new ModelFileException(where + ": entry '" + entry.getName() + "' is larger than its declared "
                        + "size of " + limit + " bytes; refused");
            }
            if (declared >= 0 && bytes.length != declared) {
                throw new ModelFileException(where + ": entry '" + entry.getName() + "' has " + bytes.length
                        + " bytes, the manifest declares " + declared + " (truncated?)");
            }
            return bytes;
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFileException(where + ": entry '" + entry.getName() + "' is corrupt or truncated ("
                    + e.getMessage() + ")", e);
        }
    }

    private static JsonNode parse(String where, String name, byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ModelFileException(where + ": entry '" + name + "' is not valid JSON (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")", e);
        }
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
