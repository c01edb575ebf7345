package org.peel.server.testing;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the application's {@link MutableClock} back to the real time before each test method, so that no test
 * starts at a time an earlier test moved the clock to, and no test needs to reset it by hand.
 */
public class ResetClock implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
    }
}
