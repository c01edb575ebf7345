package org.peel.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Peel server as a Spring Boot application. It is started by the {@code serve} command
 * ({@link org.peel.server.cli.PeelMain} is the jar's entry point).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeelApplication {
}
