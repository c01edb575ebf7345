package org.peel.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.peel.server.audit.AuditChainVerifier;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The lawful log, for the force's information-security officer: {@code peel audit verify}. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit log.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "Name what to do: verify (try --help).");
    }

    /** Checks the hash chain of the audit log, and the heads the server wrote to its log. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every audit entry's hash against its content and the entry before it, and name the"
                    + " first entry that does not verify. Exit code 0: intact; 1: tampered with; 2: could not check.")
    static class Verify implements Callable<Integer> {

        private static final Pattern LOGGED_HEAD = Pattern.compile("audit chain head seq=(\\d+) hash=([0-9a-f]{64})");

        @Option(names = "--data", description = "Data directory of the embedded database (default: ./peel-data).")
        Path dataDirectory;

        @Option(names = "--from", defaultValue = "1",
                description = "Start at this chain entry, trusting the one before it (default: the first).")
        long from;

        @Option(names = "--log", description = "Server log files (peel.log) whose logged chain heads must all still be"
                + " in the chain: finds entries removed from its end.")
        List<Path> logs = new ArrayList<>();

        private record LoggedHead(long seq, String hash) {
        }

        @Override
        public Integer call() {
            List<LoggedHead> heads = new ArrayList<>();
            try {
                for (Path log : logs) {
                    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                        lines.forEach(line -> {
                            Matcher head = LOGGED_HEAD.matcher(line);
                            if (head.find()) {
                                heads.add(new LoggedHead(Long.parseLong(head.group(1)), head.group(2)));
                            }
                        });
                    }
                }
            } catch (IOException e) {
                System.err.println("Cannot read the log: " + e.getMessage());
                return 2;
            }
            try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
                AuditChainVerifier chain = context.getBean(AuditChainVerifier.class);
                AuditChainVerifier.Verification result = chain.verifyFrom(from);
                if (!result.intact()) {
                    System.out.println("The audit log does NOT verify: " + result.problem() + ".");
                    return 1;
                }
                for (LoggedHead head : heads) {
                    Optional<String> problem = chain.checkLoggedHead(head.seq(), head.hash());
                    if (problem.isPresent()) {
                        System.out.println("The audit log does NOT verify: " + problem.get() + ".");
                        return 1;
                    }
                }
                System.out.printf("The audit log verifies: %,d entries checked, chain head %d %s%s.%n",
                        result.checked(), result.headSeq(), result.headHash(),
                        heads.isEmpty() ? "" : ", and all " + heads.size() + " heads in the log are in the chain");
                return 0;
            }
        }
    }
}
