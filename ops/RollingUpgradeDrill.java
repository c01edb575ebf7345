import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rolling upgrade drill: HAProxy in front of two Peel servers on one PostgreSQL database, each with its own search
 * index; readers, searchers and writers go through HAProxy while each server in turn is drained, stopped, replaced by
 * the new build, started and caught up. Reports requests sent and failed, acknowledged writes and writes found
 * afterwards. Run by ops/rolling-upgrade-drill, compiled with PeelServer.java. Bounded: a fixed number of requests
 * at most, and a few seconds of load around each step.
 *
 * <p>Draining: a server that has the local operations address's drain ({@code peel drain}) takes its readiness down
 * and HAProxy's health check stops sending it new requests; an older build without it is taken out through HAProxy's
 * own runtime API instead. Either way the drill waits until HAProxy holds no connection to it before SIGTERM, which
 * lets anything still running finish.
 *
 * <p>Usage: java -cp CLASSES RollingUpgradeDrill OLD_JAR NEW_JAR WORK_DIR JDBC_URL READERS WRITERS SEED
 */
public class RollingUpgradeDrill {

    private static final String USER = "drill.officer";
    private static final String PASSWORD = "drill-password-" + Long.toHexString(System.nanoTime());
    private static final int MAX_REQUESTS = 20_000;
    private static final Duration SETTLE = Duration.ofSeconds(5);

    record Acknowledged(long id, String surname) {
    }

    record Failure(String what, String outcome) {
    }

    public static void main(String[] args) throws Exception {
        Path oldJar = Path.of(args[0]);
        Path newJar = Path.of(args[1]);
        Path work = Path.of(args[2]);
        String jdbcUrl = args[3];
        int readers = Integer.parseInt(args[4]);
        int writers = Integer.parseInt(args[5]);
        Random random = new Random(Long.parseLong(args[6]));
        long started = System.nanoTime();
        // Whatever happens, leave no server or HAProxy running behind the drill.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly)));

        Path[] data = {work.resolve("server-a"), work.resolve("server-b")};
        String[] names = {"a", "b"};
        int[] ports = {PeelServer.freePort(), PeelServer.freePort()};
        for (Path directory : data) {
            Files.createDirectories(directory);
        }
        PeelServer.run(oldJar, jdbcUrl, Map.of("PEEL_NEW_USER_PASSWORD", PASSWORD),
                "user", "add", USER, "--role", "OFFICER", "--data", data[0].toString());
        PeelServer[] servers = {PeelServer.start(oldJar, data[0], jdbcUrl, ports[0]),
                PeelServer.start(oldJar, data[1], jdbcUrl, ports[1])};
        HaProxy haproxy = HaProxy.start(work, ports);
        haproxy.awaitStatus(names[0], "UP");
        haproxy.awaitStatus(names[1], "UP");
        System.out.printf("Old build %s on ports %d and %d behind HAProxy on %d; load average %s%n", oldJar, ports[0],
                ports[1], haproxy.port, loadAverage());

        Load load = new Load(haproxy.port, random.nextLong());
        load.start(readers, writers);
        Thread.sleep(SETTLE.toMillis());
        for (int i = 0; i < servers.length; i++) {
            long stepStarted = System.nanoTime();
            String how = drain(servers[i], haproxy, names[i]);
            haproxy.awaitStatus(names[i], "DOWN", "MAINT", "DRAIN");
            haproxy.awaitNoConnections(names[i]);
            int exit = servers[i].stop();
            servers[i] = PeelServer.start(newJar, data[i], jdbcUrl, ports[i]);
            if (how.equals("load balancer")) {
                haproxy.command("enable server servers/" + names[i]);
            }
            haproxy.awaitStatus(names[i], "UP");
            System.out.printf("server %s: drained through %s, stopped (exit %d), new build started and back in "
                    + "rotation in %.1f s; %d requests so far, %d failed%n", names[i], how, exit,
                    (System.nanoTime() - stepStarted) / 1e9, load.sent.get(), load.failures.size());
            Thread.sleep(SETTLE.toMillis());
        }
        load.stop();

        long found = 0;
        List<Long> lost = new ArrayList<>();
        for (Acknowledged person : load.acknowledged) {
            HttpResponse<String> read = load.get("/api/people/" + person.id());
            if (read.statusCode() == 200 && read.body().contains(person.surname())) {
                found++;
            } else if (lost.size() < 20) {
                lost.add(person.id());
            }
        }
        int[] indexed = new int[servers.length];
        int sample = Math.min(20, load.acknowledged.size());
        for (int s = 0; s < servers.length; s++) {
            Load direct = new Load(servers[s].port(), 0);
            for (int i = 0; i < sample; i++) {
                Acknowledged person = load.acknowledged.get(load.acknowledged.size() - 1 - i);
                if (direct.eventuallyFound(person, Duration.ofSeconds(60))) {
                    indexed[s]++;
                }
            }
        }
        haproxy.stop();
        for (PeelServer server : servers) {
            server.stop();
        }

        long failed = load.failures.size();
        System.out.printf("%nRolling upgrade drill (%s -> %s) on %s%n", oldJar.getFileName(), newJar.getFileName(),
                jdbcUrl);
        System.out.printf("  servers replaced:           2 of 2, one at a time behind HAProxy%n");
        System.out.printf("  requests sent:              %d (%d reads, %d searches, %d writes; %d readers, %d writers)%n",
                load.sent.get(), load.reads.get(), load.searches.get(), load.writes.get(), readers, writers);
        System.out.printf("  requests failed:            %d%n", failed);
        load.failures.stream().limit(10).forEach(f -> System.out.printf("      %s: %s%n", f.what(), f.outcome()));
        System.out.printf("  acknowledged writes:        %d%n", load.acknowledged.size());
        System.out.printf("  writes found afterwards:    %d%s%n", found, lost.isEmpty() ? "" : " (missing ids " + lost + ")");
        System.out.printf("  index caught up (sampled):  server a %d of %d, server b %d of %d%n", indexed[0], sample,
                indexed[1], sample);
        System.out.printf("  took:                       %.0f s; load average at the end %s%n",
                (System.nanoTime() - started) / 1e9, loadAverage());
        boolean ok = failed == 0 && found == load.acknowledged.size() && indexed[0] == sample && indexed[1] == sample;
        System.exit(ok ? 0 : 1);
    }

    /** Takes a server out of rotation, the new way (its readiness) when the build has it, else through HAProxy. */
    private static String drain(PeelServer server, HaProxy haproxy, String name) throws Exception {
        Path runFile = server.data().resolve("run/operations.properties");
        if (Files.exists(runFile)) {
            Properties run = new Properties();
            try (var reader = Files.newBufferedReader(runFile)) {
                run.load(reader);
            }
            HttpResponse<String> drained = PeelServer.HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/operations/drain"))
                    .header("Peel-Operations-Token", run.getProperty("token"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (drained.statusCode() == 200) {
                return "its readiness";
            }
        }
        haproxy.command("disable server servers/" + name);
        return "load balancer";
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).substring(0, 14);
    }

    /** Readers (a person by id, a name search) and writers (new people, each with an idempotency key). */
    private static final class Load {

        private final int port;
        private final Random random;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final AtomicLong searches = new AtomicLong();
        final AtomicLong writes = new AtomicLong();
        final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

        Load(int port, long seed) {
            this.port = port;
            this.random = new Random(seed);
        }

        void start(int readers, int writers) {
            for (int w = 0; w < writers; w++) {
                String prefix = "Roll" + PeelServer.letters(w) + "x";
                threads.add(started(() -> {
                    for (int n = 0; running.get() && sent.get() < MAX_REQUESTS; n++) {
                        write(prefix + PeelServer.letters(n));
                    }
                }));
            }
            for (int r = 0; r < readers; r++) {
                long seed = random.nextLong();
                threads.add(started(() -> {
                    Random mine = new Random(seed);
                    while (running.get() && sent.get() < MAX_REQUESTS) {
                        if (acknowledged.isEmpty()) {
                            pause();
                            continue;
                        }
                        Acknowledged person = acknowledged.get(mine.nextInt(acknowledged.size()));
                        if (mine.nextBoolean()) {
                            reads.incrementAndGet();
                            expect("read " + person.id(), 200, () -> get("/api/people/" + person.id()));
                        } else {
                            searches.incrementAndGet();
                            expect("search " + person.surname(), 200, () -> get(searchPath(person)));
                        }
                    }
                }));
            }
        }

        private static Thread started(Runnable work) {
            Thread thread = new Thread(work);
            thread.start();
            return thread;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        private void write(String surname) {
            writes.incrementAndGet();
            String body = "{\"sex\":\"MALE\",\"names\":[{\"type\":\"PRIMARY\",\"forenames\":\"Dora\",\"surname\":\""
                    + surname + "\"}],\"datesOfBirth\":[\"1981-03-14\"]}";
            HttpResponse<String> response = expect("create " + surname, 201, () -> PeelServer.HTTP.send(
                    request("/api/people").header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (response != null) {
                String location = response.headers().firstValue("Location").orElseThrow();
                acknowledged.add(new Acknowledged(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)),
                        surname));
            }
        }

        boolean eventuallyFound(Acknowledged person, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            do {
                HttpResponse<String> found = get(searchPath(person));
                if (found.statusCode() == 200 && found.body().contains("\"personId\":" + person.id())) {
                    return true;
                }
                Thread.sleep(250);
            } while (System.nanoTime() < deadline);
            return false;
        }

        private interface Call {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        /** The response when it has the expected status; otherwise records a failure and answers null. */
        private HttpResponse<String> expect(String what, int status, Call call) {
            sent.incrementAndGet();
            try {
                HttpResponse<String> response = call.send();
                if (response.statusCode() == status) {
                    return response;
                }
                String body = response.body();
                failures.add(new Failure(what, response.statusCode() + " "
                        + body.substring(0, Math.min(160, body.length())).replace('\n', ' ')));
            } catch (IOException e) {
                failures.add(new Failure(what, e.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return PeelServer.HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String searchPath(Acknowledged person) {
            return "/api/search/people?surname=" + URLEncoder.encode(person.surname(), StandardCharsets.UTF_8)
                    + "&forenames=Dora";
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Debian's HAProxy in the foreground, with a stats page (CSV) and an admin socket of its own. */
    private record HaProxy(Process process, int port, int statsPort, Path socket) {

        static HaProxy start(Path work, int[] serverPorts) throws IOException, InterruptedException {
            int port = PeelServer.freePort();
            int statsPort = PeelServer.freePort();
            Path socket = work.resolve("haproxy.sock");
            Path config = work.resolve("haproxy.cfg");
            Files.writeString(config, """
                    global
                        maxconn 512
                        stats socket %s mode 600 level admin
                    defaults
                        mode http
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s
                        retries 3
                        option redispatch 1
                        retry-on conn-failure empty-response
                    frontend peel
                        bind 127.0.0.1:%d
                        default_backend servers
                    backend servers
                        balance roundrobin
                        option httpchk GET /actuator/health/readiness
                        http-check expect status 200
                        default-server inter 300ms fall 2 rise 2
                        server a 127.0.0.1:%d check
                        server b 127.0.0.1:%d check
                    listen stats
                        bind 127.0.0.1:%d
                        stats enable
                        stats uri /stats
                    """.formatted(socket, port, serverPorts[0], serverPorts[1], statsPort));
            Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("haproxy.out").toFile()))
                    .start();
            return new HaProxy(process, port, statsPort, socket);
        }

        void awaitStatus(String server, String... wanted) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String status = "";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("HAProxy stopped; see haproxy.out in the work directory");
                }
                try {
                    status = stats(server).getOrDefault("status", "");
                } catch (IOException starting) {
                    status = "not answering yet";
                }
                for (String one : wanted) {
                    if (status.startsWith(one)) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("HAProxy never saw server " + server + " " + String.join("/", wanted)
                    + " (last: " + status + ")");
        }

        /** Waits until no request is in flight between HAProxy and the server. */
        void awaitNoConnections(String server) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!stats(server).getOrDefault("scur", "0").equals("0")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("server " + server + " still had requests after 60 s");
                }
                Thread.sleep(100);
            }
        }

        private Map<String, String> stats(String server) throws Exception {
            HttpResponse<String> csv = PeelServer.HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String[] lines = csv.body().split("\n");
            String[] header = lines[0].replaceFirst("^# ", "").split(",", -1);
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                if (cells.length > 1 && cells[0].equals("servers") && cells[1].equals(server)) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < Math.min(header.length, cells.length); i++) {
                        row.put(header[i], cells[i]);
                    }
                    return row;
                }
            }
            return Map.of();
        }

        void command(String command) throws IOException {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(socket));
                channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.read(ByteBuffer.allocate(4096));
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
