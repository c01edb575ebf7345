package org.peel.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.platform.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Local user accounts, for the force IT team: {@code peel user add NAME --role OFFICER}. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage local user accounts.",
        subcommands = UserCommand.Add.class)
class UserCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "Name what to do: add (try --help).");
    }

    /** Adds a local account; the password comes from standard input or PEEL_NEW_USER_PASSWORD, never an argument. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a local user account. The password is read from the environment variable "
                    + "PEEL_NEW_USER_PASSWORD when set, otherwise from the first line of standard input.")
    static class Add implements Callable<Integer> {

        @Parameters(index = "0", description = "User name: lower-case letters, digits, dots, dashes, underscores.")
        String username;

        @Option(names = "--role", required = true, split = ",",
                description = "One or more of ${COMPLETION-CANDIDATES}, comma-separated.")
        List<Role> roles;

        @Option(names = "--name", description = "The name shown on pages (default: the user name).")
        String displayName;

        @Option(names = "--data", description = "Data directory of the embedded database (default: ./peel-data).")
        Path dataDirectory;

        @Override
        public Integer call() throws IOException {
            String password = System.getenv("PEEL_NEW_USER_PASSWORD");
            if (password == null) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
                boolean created = context.getBean(UserAccounts.class).createIfAbsent(username,
                        displayName == null ? username : displayName, password, EnumSet.copyOf(roles));
                if (!created) {
                    System.err.println("A user named " + username + " already exists; nothing changed.");
                    return 1;
                }
                System.out.println("Added user " + username + " with roles " + roles + ".");
                return 0;
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> System.err.println(error.field() + " " + error.message()));
                return 2;
            }
        }
    }
}
