import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Peel server process on this machine, for the drills (ops/crash-drill, ops/rolling-upgrade-drill), which
 * compile this file beside their own. Talks only to 127.0.0.1.
 */
public record PeelServer(Process process, int port, Path data) {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Starts {@code jar} on a free port and waits until it is ready for traffic. */
    static PeelServer start(Path jar, Path data, String jdbcUrl) throws IOException, InterruptedException {
        return start(jar, data, jdbcUrl, freePort());
    }

    /** Starts {@code jar} on {@code port} and waits until its readiness probe answers 200. */
    static PeelServer start(Path jar, Path data, String jdbcUrl, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx1g", "-jar", jar.toString(), "serve",
                "--data", data.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("drill-server.out").toFile()));
        builder.environment().putAll(datasource(jdbcUrl));
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server died while starting; see " + data.resolve("drill-server.out"));
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new PeelServer(process, port, data);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not become ready in 3 minutes");
    }

    /** SIGKILL: no shutdown hook runs, as in a crash or a power cut of the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the server stops taking requests, lets running ones finish, and exits. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException("The server on port " + port + " did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Runs a one-off command of the jar (such as {@code user add}) against the same database. */
    static void run(Path jar, String jdbcUrl, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(datasource(jdbcUrl));
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
        }
    }

    /** A number written in letters ("a", "b", ... "ba"), for surnames that name search keeps apart. */
    static String letters(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> datasource(String jdbcUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("PEEL_ADMIN_PASSWORD", "drill-admin-password");
        if (jdbcUrl != null) {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl);
            env.put("SPRING_DATASOURCE_USERNAME", "postgres");
            env.put("SPRING_DATASOURCE_PASSWORD", "");
        }
        return env;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
