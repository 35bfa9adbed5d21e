package io.councilhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's side of a {@link LoadGenerator} process: starts it with this JVM's class path, sends it one open
 * loop at a time and reads back the result. {@link ProcessCpu} names the process {@value #NAME}.
 */
final class LoadProcess implements AutoCloseable {

    static final String NAME = "load generator";
    /** The process's first option, which names it in {@link ProcessCpu} (its command line is cut short). */
    static final String MARKER = "-Dcouncilhub.bench.process=load-generator";

    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;

    private LoadProcess(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts the process with {@code jvmOptions} (space-separated) and waits until it is ready; {@code client} is
     * {@code raw} or {@code jdk} (see {@link LoadGenerator#CLIENT}).
     */
    static LoadProcess start(String token, String client, String jvmOptions, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(MARKER);
        command.add("-D" + LoadGenerator.CLIENT + "=" + client);
        Arrays.stream(jvmOptions.strip().split("\\s+")).filter(option -> !option.isEmpty()).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadGenerator.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put(LoadGenerator.TOKEN, token);
        LoadProcess started = new LoadProcess(builder.start());
        String ready = started.answers.readLine();
        if (!"ready".equals(ready)) {
            started.close();
            throw new IllegalStateException("the load generator did not start (see " + log + "): " + ready);
        }
        return started;
    }

    /** Runs one open loop in the process: {@code path} names its client, kept for the process's life. */
    OpenLoop.Result run(String path, URI uri, int rate, int seconds) {
        try {
            commands.write("%s %s %d %d%n".formatted(path, uri, rate, seconds));
            commands.flush();
            String head = answers.readLine();
            String values = answers.readLine();
            if (head == null || values == null || !head.startsWith("result ")) {
                throw new IllegalStateException("the load generator stopped answering: " + head);
            }
            String[] figures = head.split(" ");
            long[] latencies = Arrays.stream(values.split(",")).mapToLong(Long::parseLong).toArray();
            return new OpenLoop.Result(latencies, Integer.parseInt(figures[1]), Integer.parseInt(figures[2]),
                    Integer.parseInt(figures[3]), Long.parseLong(figures[4]), Long.parseLong(figures[5]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            commands.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
