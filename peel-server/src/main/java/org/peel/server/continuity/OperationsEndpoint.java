package org.peel.server.continuity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import javax.sql.DataSource;

import org.peel.server.platform.EmbeddedDatabase;
import org.peel.server.platform.PeelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The local operations address of a server: {@code peel backup} asks the running server to back up its own embedded
 * database, since the file is held open, and an upgrade drains a server before stopping it. Only a caller on this machine that can read the data
 * directory's {@value LocalOperations#RUN_FILE} (written readable by the service user alone, with a fresh random
 * token at each start) is answered; everyone else gets 404, as if the address did not exist.
 */
@Controller
@Hidden
class OperationsEndpoint {

    static final String BACKUP_PATH = "/operations/backup";
    static final String DRAIN_PATH = "/operations/drain";
    private static final Logger log = LoggerFactory.getLogger(OperationsEndpoint.class);

    private final DataSource dataSource;
    private final Path runFile;
    private final byte[] token;
    private final boolean embedded;
    private final ApplicationEventPublisher events;

    OperationsEndpoint(DataSource dataSource, PeelProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.dataSource = dataSource;
        this.runFile = properties.dataDirectory().resolve(LocalOperations.RUN_FILE);
        this.token = new byte[32];
        new SecureRandom().nextBytes(token);
        this.embedded = EmbeddedDatabase.isUsedBy(dataSource);
    }

    @PostMapping(BACKUP_PATH)
    @ResponseBody
    ResponseEntity<String> backUp(@RequestHeader(name = LocalOperations.TOKEN_HEADER, required = false) String given,
                                  @RequestBody(required = false) String target, HttpServletRequest request) {
        if (!fromThisMachine(given, request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!embedded) {
            return ResponseEntity.badRequest().body("This server's database is PostgreSQL: back it up with pg_dump "
                    + "or point-in-time recovery (docs/operations.md).");
        }
        if (target == null || target.isBlank() || !Path.of(target.strip()).isAbsolute()) {
            return ResponseEntity.badRequest().body("Name the backup file with an absolute path.");
        }
        Path file = Path.of(target.strip());
        if (Files.exists(file)) {
            return ResponseEntity.badRequest().body(file + " already exists; name a new file.");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            EmbeddedBackup.backUp(connection, file);
            log.info("Backed up the embedded database to {}", file);
            return ResponseEntity.ok("Backed up to " + file);
        } catch (SQLException e) {
            log.error("Backup to {} failed", file, e);
            return ResponseEntity.internalServerError().body("The backup failed: " + e.getMessage());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Takes this server out of its load balancer's rotation before it is stopped: readiness goes down (the balancer's
     * health check sees 503 and sends no new requests), while requests already here finish. Stopping the server
     * afterwards (SIGTERM) waits for any still running; see the rolling upgrade drill in docs/operations.md.
     */
    @PostMapping(DRAIN_PATH)
    @ResponseBody
    ResponseEntity<String> drain(@RequestHeader(name = LocalOperations.TOKEN_HEADER, required = false) String given,
                                 HttpServletRequest request) {
        if (!fromThisMachine(given, request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        log.info("Draining: readiness is down, no new requests should arrive; stop the server when in-flight ones end");
        return ResponseEntity.ok("Draining");
    }

    private boolean fromThisMachine(String given, HttpServletRequest request) {
        return given != null && request.getRemoteAddr().startsWith("127.")
                && MessageDigest.isEqual(HexFormat.of().formatHex(token).getBytes(StandardCharsets.US_ASCII),
                        given.getBytes(StandardCharsets.US_ASCII));
    }

    /** Tells local operations commands where this server listens, once it does. */
    @EventListener
    void listening(WebServerInitializedEvent event) {
        Properties run = new Properties();
        run.setProperty("port", Integer.toString(event.getWebServer().getPort()));
        run.setProperty("token", HexFormat.of().formatHex(token));
        try {
            Files.createDirectories(runFile.getParent());
            Files.deleteIfExists(runFile);
            Files.createFile(runFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var writer = Files.newBufferedWriter(runFile)) {
                run.store(writer, "Written by the running Peel server for its local operations commands");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @EventListener
    void stopping(ContextClosedEvent event) throws IOException {
        Files.deleteIfExists(runFile);
    }
}
