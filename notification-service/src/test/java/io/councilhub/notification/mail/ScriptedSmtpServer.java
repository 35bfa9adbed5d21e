package io.councilhub.notification.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SMTP server for tests that answers RCPT TO as scripted: 250, a 4xx (451), a 5xx (550), or drops the
 * connection; it can go away and come back on the same port. Accepted messages are kept (recipient, Message-ID).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** What to answer for a recipient's n-th attempt (1-based). */
    public sealed interface Reply permits Accept, Refuse, Drop {
    }

    public record Accept() implements Reply {
    }

    public record Refuse(int code, String text) implements Reply {
    }

    public record Drop() implements Reply {
    }

    public static Reply accept() {
        return new Accept();
    }

    public static Reply refuse(int code) {
        return new Refuse(code, code >= 500 ? "5.1.1 mailbox unavailable" : "4.7.1 try again later");
    }

    public static Reply drop() {
        return new Drop();
    }

    public record Received(String recipient, String messageId, String data) {
    }

    private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    private final int port;
    private volatile BiFunction<String, Integer, Reply> script = (recipient, attempt) -> accept();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile boolean away;

    private ScriptedSmtpServer(int port) {
        this.port = port;
    }

    public static ScriptedSmtpServer start() {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ScriptedSmtpServer smtp = new ScriptedSmtpServer(probe.getLocalPort());
            probe.close();
            smtp.up();
            return smtp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets what it received and the attempts it counted, and accepts everything again. */
    public void reset() {
        received.clear();
        attempts.clear();
        script = (recipient, attempt) -> accept();
    }

    public int port() {
        return port;
    }

    public ScriptedSmtpServer script(BiFunction<String, Integer, Reply> script) {
        this.script = script;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(String recipient) {
        return received.stream().filter(r -> r.recipient().equalsIgnoreCase(recipient)).toList();
    }

    public int attempts(String recipient) {
        AtomicInteger n = attempts.get(recipient.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /**
     * Goes away: stops listening, and every open connection is cut at its next command (a transaction that has
     * sent its data is finished and answered first, as a server shutting down does; cutting between the data and
     * the 250 would make the sender send it again: the duplicate that a stable Message-ID makes visible).
     */
    public synchronized void down() {
        away = true;
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Comes back on the same port (nothing to do when it is up). */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            away = false;
            Thread acceptor = new Thread(() -> acceptLoop(socket), "scripted-smtp-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        down();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            say(out, "220 scripted ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (away) {
                    return;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 scripted");
                    case "MAIL" -> {
                        recipients.clear();
                        say(out, "250 2.1.0 ok");
                    }
                    case "RCPT" -> {
                        Matcher m = ADDRESS.matcher(line);
                        String recipient = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
                        int attempt = attempts.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                        Reply reply = script.apply(recipient, attempt);
                        if (reply instanceof Drop) {
                            return;
                        } else if (reply instanceof Refuse refuse) {
                            say(out, refuse.code() + " " + refuse.text());
                        } else {
                            recipients.add(recipient);
                            say(out, "250 2.1.5 ok");
                        }
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            say(out, "554 5.5.1 no valid recipients");
                            break;
                        }
                        say(out, "354 go ahead");
                        StringBuilder data = new StringBuilder();
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
                        }
                        Matcher id = MESSAGE_ID.matcher(data);
                        String messageId = id.find() ? id.group(1) : null;
                        for (String recipient : recipients) {
                            received.add(new Received(recipient, messageId, data.toString()));
                        }
                        recipients.clear();
                        say(out, "250 2.0.0 queued");
                    }
                    case "RSET" -> {
                        recipients.clear();
                        say(out, "250 2.0.0 ok");
                    }
                    case "NOOP" -> say(out, "250 2.0.0 ok");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException ignored) {
            // the client or down() closed the connection
        } finally {
            open.remove(client);
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
