package io.councilhub.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lean open-loop HTTP/1.1 client for one GET, as wrk2 is: {@code connections} threads, each with one blocking
 * keep-alive socket, take the next request number as soon as they are free, wait for its scheduled send time
 * ({@code start + i / rate}) and send it, and read the whole answer. No thread hands a request to another (the JDK
 * client's selector and executor threads cost about 0.55 ms of CPU per request at 500/s, more than the gateway), and a
 * request is sent late only when every connection is busy; its latency still counts from its scheduled time.
 */
final class RawHttpLoop {

    /** Connections (and threads) per path: enough for a 30 ms stall at 500/s before a send is late. */
    static final int CONNECTIONS = 16;

    private final InetSocketAddress address;
    private final byte[] request;
    private final List<Connection> idle = new ArrayList<>();

    RawHttpLoop(URI uri, String token) {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        this.address = new InetSocketAddress(uri.getHost(), port);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.request = ("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    OpenLoop.Result run(int rate, int seconds) throws InterruptedException {
        OpenLoop.Tally tally = new OpenLoop.Tally(rate, seconds);
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            Connection connection;
            synchronized (idle) {
                connection = idle.isEmpty() ? new Connection() : idle.remove(idle.size() - 1);
            }
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < tally.count(); i = next.getAndIncrement()) {
                    long scheduled = tally.sendAt(i);
                    tally.answered(i, scheduled, connection.exchange());
                }
                synchronized (idle) {
                    idle.add(connection);
                }
            }, "raw-load-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(seconds + 60L));
            if (thread.isAlive()) {
                throw new IllegalStateException(address + " at " + rate + "/s: answers still missing a minute after the last send");
            }
        }
        return tally.result();
    }

    /** One keep-alive socket, opened when first needed and again after the server closed it. */
    private final class Connection {

        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private final byte[] body = new byte[64 * 1024];

        /** Sends the request and reads the whole answer: true for a 200. */
        boolean exchange() {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(address, 5_000);
                    socket.setSoTimeout(10_000);
                    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readAnswer();
            } catch (IOException | RuntimeException failed) {
                close();
                return false;
            }
        }

        private boolean readAnswer() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip();
                String value = header.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closing = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected, read past them
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                throw new IOException("an answer without a length: " + status);
            }
            if (closing) {
                close();
            }
            return code == 200;
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                int read = in.read(body, 0, (int) Math.min(body.length, left));
                if (read < 0) {
                    throw new IOException("the answer ended early");
                }
                left -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
