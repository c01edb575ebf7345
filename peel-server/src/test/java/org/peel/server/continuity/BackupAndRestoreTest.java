package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.peel.server.cli.PeelCommand;
import org.peel.server.testing.Api;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.ServerProcess;
import org.peel.server.testing.TestDatabase;
import org.peel.server.testing.TestUsers;

import picocli.CommandLine;

/** {@code peel backup} while the server writes, {@code peel restore} into an empty data directory. */
class BackupAndRestoreTest {

    private record Acknowledged(long id, String surname) {
    }

    @Test
    void aBackupTakenUnderWriteLoadRestoresEveryRecordAcknowledgedBeforeItStartedWithTheIndexRebuilt()
            throws Exception {
        Path data = TestDatabase.newDataDirectory();
        Path backup = data.getParent().resolve(data.getFileName() + "-backup.zip");
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        List<Acknowledged> beforeBackup;
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            Api officer = Api.as(server.port(), TestUsers.OFFICER);
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get() && i < 2_000; i++) {
                    String surname = "Backupload" + letters(i);
                    Api.Response created = officer.post("/api/people", PersonJson.person("Carol", surname).build());
                    if (created.status() == 201) {
                        acknowledged.add(new Acknowledged(created.json().path("id").asLong(), surname));
                    }
                }
            });
            writer.start();
            while (acknowledged.size() < 20 && writer.isAlive()) {
                Thread.onSpinWait();
            }
            beforeBackup = List.copyOf(acknowledged);
            int exit = new CommandLine(new PeelCommand()).execute("backup", "--data", data.toString(),
                    "--out", backup.toString());
            // An online backup takes a fraction of a second here, often less than one write's password check, so
            // rather than count writes inside it: the writer was running throughout, and the server went on
            // acknowledging writes after it.
            boolean writingThroughout = writer.isAlive();
            int atBackupEnd = acknowledged.size();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() == atBackupEnd && writer.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            writing.set(false);
            writer.join();
            assertThat(exit).isZero();
            assertThat(writingThroughout).as("the writer was still writing when the backup finished").isTrue();
            assertThat(acknowledged.size()).as("writes acknowledged after the online backup").isGreaterThan(atBackupEnd);
        }

        Path restored = TestDatabase.newDataDirectory();
        assertThat(new CommandLine(new PeelCommand()).execute("restore", "--from", backup.toString(),
                "--data", restored.toString())).isZero();
        try (ServerProcess server = ServerProcess.start(restored, Map.of())) {
            Api officer = Api.as(server.port(), TestUsers.OFFICER);
            for (Acknowledged person : beforeBackup) {
                Api.Response read = officer.get("/api/people/" + person.id());
                assertThat(read.status()).as("person %d", person.id()).isEqualTo(200);
                assertThat(read.body()).contains(person.surname());
            }
            Acknowledged first = beforeBackup.get(0);
            Api.Response found = officer.get("/api/search/people?q="
                    + URLEncoder.encode("Carol " + first.surname(), StandardCharsets.UTF_8));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().path("hits").get(0).path("personId").asLong())
                    .as(found.body()).isEqualTo(first.id());
        }
    }

    @Test
    void restoringIntoADataDirectoryThatHoldsADatabaseIsRefusedAndChangesNothing() throws Exception {
        Path data = TestDatabase.newDataDirectory();
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            server.kill();
        }
        Path backup = data.getParent().resolve(data.getFileName() + "-direct.zip");
        assertThat(new CommandLine(new PeelCommand()).execute("backup", "--data", data.toString(),
                "--out", backup.toString())).as("a backup with no server running").isZero();
        long sizeBefore = Files.size(data.resolve("db/peel.mv.db"));
        assertThat(new CommandLine(new PeelCommand()).execute("restore", "--from", backup.toString(),
                "--data", data.toString())).isEqualTo(2);
        assertThat(Files.size(data.resolve("db/peel.mv.db"))).isEqualTo(sizeBefore);
    }

    /** Distinct surnames made of letters only, so that name search tells them apart. */
    private static String letters(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }
}
