import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crash drill: writers create people over HTTP on several threads while the server is killed with SIGKILL at
 * random moments; after each restart every acknowledged person must be there, and the search index must catch up.
 * Run by ops/crash-drill (one database per run), compiled with PeelServer.java. Talks only to 127.0.0.1. Bounded: a
 * fixed number of kills, each after at most a few seconds of writing.
 *
 * Usage: java -cp CLASSES CrashDrill JAR DATA_DIR KILLS WRITERS SEED [JDBC_URL]
 *    or: java -cp CLASSES CrashDrill throughput JAR DATA_DIR SECONDS WRITERS [JDBC_URL]   (creates a second, no kills)
 */
public class CrashDrill {

    private static final HttpClient HTTP = PeelServer.HTTP;
    private static final String USER = "drill.writer";
    private static final String PASSWORD = "drill-password-" + Long.toHexString(System.nanoTime());

    record Acknowledged(long id, String surname) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("throughput")) {
            throughput(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    args.length > 5 ? args[5] : null);
            return;
        }
        Path jar = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int kills = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        String jdbcUrl = args.length > 5 ? args[5] : null;
        String database = jdbcUrl == null ? "H2 (embedded, " + data + ")" : "PostgreSQL (" + jdbcUrl + ")";
        Files.createDirectories(data);

        PeelServer.run(jar, jdbcUrl, Map.of("PEEL_NEW_USER_PASSWORD", PASSWORD),
                "user", "add", USER, "--role", "OFFICER", "--data", data.toString());

        List<Acknowledged> acknowledged = new ArrayList<>();
        AtomicLong failedRequests = new AtomicLong();
        long started = System.nanoTime();
        for (int kill = 1; kill <= kills; kill++) {
            PeelServer server = PeelServer.start(jar, data, jdbcUrl);
            ConcurrentLinkedQueue<Acknowledged> thisRound = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "Drill" + PeelServer.letters(kill) + "x" + PeelServer.letters(w) + "x";
                Thread thread = new Thread(() -> {
                    for (int n = 0; writing.get() && n < 100_000; n++) {
                        String surname = prefix + PeelServer.letters(n);
                        try {
                            HttpResponse<String> response = post(server.port(), surname);
                            if (response.statusCode() == 201) {
                                String location = response.headers().firstValue("Location").orElseThrow();
                                thisRound.add(new Acknowledged(
                                        Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), surname));
                            } else {
                                failedRequests.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failedRequests.incrementAndGet(); // the server died under this request: not acknowledged
                            return;
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            long runMillis = 1_500 + random.nextInt(3_500);
            Thread.sleep(runMillis);
            server.kill();
            writing.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            acknowledged.addAll(thisRound);
            System.out.printf("kill %d of %d after %d ms of writing: %d acknowledged this round%n", kill, kills,
                    runMillis, thisRound.size());
        }

        PeelServer server = PeelServer.start(jar, data, jdbcUrl);
        long lost = 0;
        List<Long> lostIds = new ArrayList<>();
        for (Acknowledged person : acknowledged) {
            HttpResponse<String> read = get(server.port(), "/api/people/" + person.id());
            if (read.statusCode() != 200 || !read.body().contains(person.surname())) {
                lost++;
                if (lostIds.size() < 20) {
                    lostIds.add(person.id());
                }
            }
        }
        int sample = Math.min(50, acknowledged.size());
        int indexed = 0;
        long indexDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int i = 0; i < sample; i++) {
            Acknowledged person = acknowledged.get(acknowledged.size() - 1 - i * Math.max(1, acknowledged.size() / sample));
            while (true) {
                HttpResponse<String> found = get(server.port(), "/api/search/people?surname="
                        + URLEncoder.encode(person.surname(), StandardCharsets.UTF_8) + "&forenames=Dora");
                if (found.statusCode() == 200 && found.body().contains("\"personId\":" + person.id())) {
                    indexed++;
                    break;
                }
                if (System.nanoTime() > indexDeadline) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        server.kill();
        System.out.printf("%nCrash drill on %s%n", database);
        System.out.printf("  kills (SIGKILL):           %d%n", kills);
        System.out.printf("  writer threads:            %d%n", writers);
        System.out.printf("  acknowledged creates:      %d%n", acknowledged.size());
        System.out.printf("  lost after restart:        %d%s%n", lost, lostIds.isEmpty() ? "" : " (ids " + lostIds + ")");
        System.out.printf("  requests cut by the kills: %d (not acknowledged, so not counted)%n", failedRequests.get());
        System.out.printf("  search index caught up:    %d of %d sampled found%n", indexed, sample);
        System.out.printf("  took:                      %.0f s%n", (System.nanoTime() - started) / 1e9);
        System.exit(lost == 0 && indexed == sample ? 0 : 1);
    }

    /** Write throughput: acknowledged creates a second over a fixed time, for comparing durability settings. */
    private static void throughput(Path jar, Path data, int seconds, int writers, String jdbcUrl) throws Exception {
        Files.createDirectories(data);
        PeelServer.run(jar, jdbcUrl, Map.of("PEEL_NEW_USER_PASSWORD", PASSWORD),
                "user", "add", USER, "--role", "OFFICER", "--data", data.toString());
        PeelServer server = PeelServer.start(jar, data, jdbcUrl);
        // Warm up: the first requests pay for class loading and JIT compilation.
        for (int i = 0; i < 50; i++) {
            post(server.port(), "Warmup" + PeelServer.letters(i));
        }
        AtomicLong created = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String prefix = "Rate" + PeelServer.letters(w) + "x";
            Thread thread = new Thread(() -> {
                for (int n = 0; System.nanoTime() < until; n++) {
                    try {
                        if (post(server.port(), prefix + PeelServer.letters(n)).statusCode() == 201) {
                            created.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        server.kill();
        System.out.printf("%.1f creates/s (%d in %d s, %d writers) load average %s%n", created.get() / (double) seconds,
                created.get(), seconds, writers, Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
    }

    private static HttpResponse<String> post(int port, String surname) throws IOException, InterruptedException {
        String body = "{\"sex\":\"FEMALE\",\"names\":[{\"type\":\"PRIMARY\",\"forenames\":\"Dora\",\"surname\":\""
                + surname + "\"}],\"datesOfBirth\":[\"1979-06-30\"]}";
        return HTTP.send(request(port, "/api/people").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

}
