package org.peel.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.peel.server.PeelApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application over real HTTP on a random port, on H2 or (in the PostgreSQL pass)
 * PostgreSQL. All such tests share one application context per pass, so they must not assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PeelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peel.admin-password=admin-password-for-tests", "logging.level.root=WARN",
                "logging.level.peel.requests=WARN"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestUsers.class, TestClockConfiguration.class})
public @interface PeelIntegrationTest {
}
