package io.councilhub.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP server that accepts every message and throws it away: a thread per connection, replies as soon as a
 * command line is read, the data scanned for the closing {@code CRLF.CRLF} without keeping it. It counts messages
 * and bytes and notes when the first and the last message were accepted. Loopback only.
 */
final class SmtpSink implements AutoCloseable {

    private static final byte[] GREETING = "220 sink ESMTP\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EHLO = "250-sink\r\n250-8BITMIME\r\n250 SIZE 0\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OK = "250 2.0.0 ok\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GO_AHEAD = "354 go ahead\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUEUED = "250 2.0.0 queued\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BYE = "221 2.0.0 bye\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long firstAcceptNanos;
    private volatile long lastAcceptNanos;

    SmtpSink() {
        try {
            server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long messages() {
        return messages.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** Starts counting afresh. */
    void reset() {
        messages.set(0);
        bytes.set(0);
        firstAcceptNanos = 0;
        lastAcceptNanos = 0;
    }

    /** Messages per second between the first and the last accept since {@link #reset()}. */
    double acceptRate() {
        long n = messages.get();
        double seconds = (lastAcceptNanos - firstAcceptNanos) / 1e9;
        return n < 2 || seconds <= 0 ? 0 : (n - 1) / seconds;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                sockets.add(socket);
                Thread session = new Thread(() -> converse(socket), "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            Input in = new Input(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            reply(out, GREETING);
            byte[] line = new byte[1024];
            while (true) {
                int length = readLine(in, line);
                if (length < 0) {
                    return;
                }
                String verb = length >= 4 ? new String(line, 0, 4, StandardCharsets.US_ASCII).toUpperCase() : "";
                switch (verb) {
                    case "EHLO" -> reply(out, EHLO);
                    case "DATA" -> {
                        reply(out, GO_AHEAD);
                        long size = skipData(in);
                        if (size < 0) {
                            return;
                        }
                        long now = System.nanoTime();
                        synchronized (this) {
                            if (firstAcceptNanos == 0) {
                                firstAcceptNanos = now;
                            }
                            lastAcceptNanos = now;
                        }
                        messages.incrementAndGet();
                        bytes.addAndGet(size);
                        reply(out, QUEUED);
                    }
                    case "QUIT" -> {
                        reply(out, BYE);
                        return;
                    }
                    default -> reply(out, OK);
                }
            }
        } catch (IOException ignored) {
            // the client went away
        } finally {
            sockets.remove(socket);
        }
    }

    private static void reply(OutputStream out, byte[] reply) throws IOException {
        out.write(reply);
        out.flush();
    }

    /** An unsynchronised buffered reader of the socket (a byte at a time through BufferedInputStream costs a lock each). */
    private static final class Input {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++] & 0xFF;
        }
    }

    /** Reads one line (without CRLF) into {@code into}, truncating long lines; -1 at the end of the stream. */
    private static int readLine(Input in, byte[] into) throws IOException {
        int length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return length > 0 && into[length - 1] == '\r' ? length - 1 : length;
            }
            if (length < into.length) {
                into[length++] = (byte) b;
            }
        }
        return -1;
    }

    /** Skips the message data up to and including CRLF.CRLF; returns its size, -1 at the end of the stream. */
    private static long skipData(Input in) throws IOException {
        // state: 0 in a line, 1 saw CR, 2 at line start (after CRLF), 3 saw '.' at line start, 4 saw CR after it
        int state = 2;
        long size = 0;
        int b;
        while ((b = in.read()) != -1) {
            size++;
            switch (state) {
                case 0 -> state = b == '\r' ? 1 : 0;
                case 1 -> state = b == '\n' ? 2 : (b == '\r' ? 1 : 0);
                case 2 -> state = b == '.' ? 3 : (b == '\r' ? 1 : 0);
                case 3 -> state = b == '\r' ? 4 : 0;
                case 4 -> {
                    if (b == '\n') {
                        return size;
                    }
                    state = b == '\r' ? 1 : 0;
                }
                default -> state = 0;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
