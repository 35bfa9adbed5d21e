package io.councilhub.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The devstack's MongoDB stand-in: mongo-java-server speaking the wire protocol on localhost, backed by an
 * H2 MVStore file so data survives a restart. SIGTERM (or Ctrl-C) closes the store cleanly.
 *
 * <pre>java -cp ... io.councilhub.devstack.MongoStore [dataDir=.data/mongo] [port=27017]</pre>
 *
 * No transactions, change streams or {@code $text}: see PLATFORM-NOTES.
 */
public final class MongoStore {

    private MongoStore() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".data/mongo").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        Files.createDirectories(dir);
        Path file = dir.resolve("store.mv");

        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("MongoStore: stopping, closing " + file);
            try {
                server.shutdownNow(); // closes the backend, which commits and closes the MVStore file
            } catch (RuntimeException failed) {
                backend.close();
                throw failed;
            } finally {
                stopped.countDown();
                System.out.println("MongoStore: closed");
            }
        }, "mongo-store-shutdown"));

        server.bind("localhost", port);
        System.out.println("MongoStore: listening on mongodb://localhost:" + port + " with data in " + file);
        stopped.await();
    }
}
