package dev.lathe.ops.tracking;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private, throwaway PostgreSQL cluster for tests: initdb and pg_ctl in a temporary folder, listening on a
 * free loopback port, stopped and removed by {@link #stop()}. PostgreSQL refuses to run as root, so as root
 * the cluster runs as the {@code postgres} OS user (through {@code runuser}). The binaries are taken from
 * {@code LATHE_PG_BIN}, else {@code /usr/lib/postgresql/15/bin}; without them the tests are skipped. One
 * cluster serves every test class of the JVM ({@link #shared()}) and is stopped when the JVM exits.
 */
public final class PostgresCluster {

    private static PostgresCluster shared;

    private static final String USER = "lathe";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /**
     * The cluster shared by this JVM's tests, started on first use and stopped at exit; skips the calling test
     * when PostgreSQL is not installed.
     */
    public static synchronized PostgresCluster shared() throws IOException, InterruptedException {
        if (shared == null) {
            PostgresCluster started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.stop();
                } catch (IOException | InterruptedException e) {
                    System.err.println("could not stop the test PostgreSQL cluster: " + e.getMessage());
                }
            }));
            shared = started;
        }
        return shared;
    }

    private static PostgresCluster start() throws IOException, InterruptedException {
        String env = System.getenv("LATHE_PG_BIN");
        Path bin = Path.of(env != null ? env : "/usr/lib/postgresql/15/bin");
        assumeTrue(Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")),
                "PostgreSQL binaries not found in " + bin + " (install the Debian package postgresql or set "
                        + "LATHE_PG_BIN); the PostgreSQL store tests are skipped");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("lathe-pg");
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(bin, dir, port, root);
        cluster.run("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync");
        cluster.run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return cluster;
    }

    /** A JDBC URL of a new, empty database in the cluster. */
    public String newDatabase() throws SQLException {
        String name = "t" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    /** Stops the cluster and removes its folder. */
    private void stop() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(tool).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(tool + " failed: " + out);
        }
    }
}
