/*
 * Starts an embedded Neo4j Community server with its Bolt connector on 127.0.0.1, for machines
 * without Docker. Run by neo4j-local/launcher.ts as a single-file source program:
 *
 *   java -Xmx512m -cp <classpath from pom.xml> Neo4jLauncher.java <dataDir> <port> <password>
 *
 * Port 0 picks a free port. When Bolt answers it prints one line "NEO4J_READY <boltUri> <version>"
 * on stdout; the launcher waits for it. The server stops when stdin closes (the parent process
 * ended or asked it to) or on SIGTERM, so an orphaned database never outlives its owner.
 */

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

public class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Neo4jLauncher <dataDir> <port|0> <password>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        if (port == 0) port = freePort();
        String password = args[2];

        // Settings go through a neo4j.conf file so they keep the names of the Neo4j manual.
        Files.createDirectories(dataDir);
        Path conf = dataDir.resolve("neo4j.conf");
        Files.writeString(conf, String.join("\n",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=127.0.0.1:" + port,
                "server.bolt.advertised_address=127.0.0.1:" + port,
                "server.memory.pagecache.size=" + System.getProperty("actormap.pagecache", "256m"),
                "dbms.security.auth_enabled=true",
                "db.tx_log.rotation.retention_policy=2 files",
                // LOAD CSV reads only files under <data>/import, never any file the JVM can reach.
                "server.directories.import=import",
                // Further settings from the launcher (LocalNeo4jOptions.settings), one a line.
                System.getProperty("actormap.settings", ""),
                ""));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));

        // Embedded transactions bypass authentication, so the password can be set directly; Bolt
        // clients then sign in as neo4j with it, exactly as against a packaged server.
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException error) {
            // A restart with the same password: Neo4j refuses to "change" it to itself, which is fine.
            if (!String.valueOf(error.getMessage()).contains("Old password and new password cannot be the same")) throw error;
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " " + Version.getNeo4jVersion());
        System.out.flush();

        waitForStdinToClose(System.in);
        service.shutdown();
        System.exit(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Nothing is read from stdin; it only signals that the parent is alive.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: stop as for end of input.
        }
    }
}
