package io.councilhub.chassis.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards TCP connections from a fixed local port to a broker, so a context configured with an
 * address where nothing listened yet can reach a broker started later. Kafka clients only bootstrap
 * through it; metadata then points them at the broker's own listener.
 */
final class PortForwarder implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;

    PortForwarder(int listenPort, int targetPort) throws IOException {
        this.server = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "port-forwarder-" + listenPort);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pump(client, broker);
                pump(broker, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the other side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "port-forwarder-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
