package org.peel.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.peel.server.PeelApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test against the whole application over real HTTP on a random port, on H2 or (in the PostgreSQL pass)
 * PostgreSQL. All such tests share one application context per pass, so they must not assume empty tables. Tagged
 * {@value Tags#DATABASE}: the PostgreSQL pass runs these. The test clock is back at the real time before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tags.DATABASE)
@SpringBootTest(classes = PeelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peel.admin-password=admin-password-for-tests", "logging.level.root=WARN",
                "logging.level.peel.requests=WARN"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestUsers.class, TestClockConfiguration.class})
@TestExecutionListeners(listeners = ResetClock.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PeelIntegrationTest {
}
