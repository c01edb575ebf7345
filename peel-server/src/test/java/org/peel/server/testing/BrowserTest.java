package org.peel.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A {@link PeelIntegrationTest} that drives a real browser (Chromium) through the pages. Put it in place of
 * {@code @PeelIntegrationTest}. Tagged {@value Tags#BROWSER}, so it runs in the H2 pass only: the pages do not
 * depend on the database, and what they read and write goes through the same
 * module services that the {@value Tags#DATABASE} tests run on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Tags.BROWSER)
@PeelIntegrationTest
public @interface BrowserTest {
}
