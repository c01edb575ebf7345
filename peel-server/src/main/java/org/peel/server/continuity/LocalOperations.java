package org.peel.server.continuity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Commands on this machine talking to the server that runs on a data directory, through its local operations address
 * ({@link OperationsEndpoint}): the server writes its port and a fresh token into {@value #RUN_FILE} under the data
 * directory, readable by the service user alone, and answers only a caller that sends that token.
 */
public final class LocalOperations {

    static final String RUN_FILE = "run/operations.properties";
    static final String TOKEN_HEADER = "Peel-Operations-Token";

    private LocalOperations() {
    }

    /**
     * Takes the server running on this data directory out of its load balancer's rotation (its readiness goes down;
     * requests already running finish). Stop it afterwards as usual.
     */
    public static String drain(Path dataDirectory) {
        HttpResponse<String> response = ask(dataDirectory, OperationsEndpoint.DRAIN_PATH, "", Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalArgumentException("no server is running on " + dataDirectory));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server refused: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Sends {@code body} to {@code path} of the server running on the data directory; empty when none runs there (no
     * run file, nothing listening, or another server now on the port of a killed one).
     */
    static Optional<HttpResponse<String>> ask(Path dataDirectory, String path, String body, Duration timeout) {
        Path runFile = dataDirectory.resolve(RUN_FILE);
        if (!Files.exists(runFile)) {
            return Optional.empty();
        }
        Properties run = new Properties();
        try (var reader = Files.newBufferedReader(runFile)) {
            run.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + run.getProperty("port") + path))
                .timeout(timeout)
                .header(TOKEN_HEADER, run.getProperty("token"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 404 ? Optional.empty() : Optional.of(response);
        } catch (IOException notRunning) {
            return Optional.empty(); // a stale file from a server that was killed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
