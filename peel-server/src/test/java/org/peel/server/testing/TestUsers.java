package org.peel.server.testing;

import java.util.EnumSet;

import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** One user per role for tests, each with the password {@value #PASSWORD}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "test-password-1";
    public static final String OFFICER = "t.officer";
    public static final String SUPERVISOR = "t.supervisor";
    public static final String REGISTRAR = "t.registrar";
    public static final String ANALYST = "t.analyst";
    public static final String ADMIN = "t.admin";
    public static final String AUDITOR = "t.auditor";

    /** The test user who holds {@code role} (and only it). */
    public static String username(Role role) {
        return switch (role) {
            case OFFICER -> OFFICER;
            case SUPERVISOR -> SUPERVISOR;
            case CRIME_REGISTRAR -> REGISTRAR;
            case ANALYST -> ANALYST;
            case ADMIN -> ADMIN;
            case AUDITOR -> AUDITOR;
        };
    }

    @Bean
    ApplicationRunner createTestUsers(UserAccounts accounts) {
        return (ApplicationArguments args) -> {
            accounts.createIfAbsent(OFFICER, "Test Officer", PASSWORD, EnumSet.of(Role.OFFICER));
            accounts.createIfAbsent(SUPERVISOR, "Test Supervisor", PASSWORD, EnumSet.of(Role.SUPERVISOR));
            accounts.createIfAbsent(REGISTRAR, "Test Registrar", PASSWORD, EnumSet.of(Role.CRIME_REGISTRAR));
            accounts.createIfAbsent(ANALYST, "Test Analyst", PASSWORD, EnumSet.of(Role.ANALYST));
            accounts.createIfAbsent(ADMIN, "Test Admin", PASSWORD, EnumSet.of(Role.ADMIN));
            accounts.createIfAbsent(AUDITOR, "Test Auditor", PASSWORD, EnumSet.of(Role.AUDITOR));
        };
    }
}
