package org.peel.server.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.platform.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local user accounts, stored in the database with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates an account unless one with that name exists; answers whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String password, Set<Role> roles) {
        if (find(username).isPresent()) {
            return false;
        }
        FieldErrors errors = new FieldErrors();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("username", "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        if (password == null || password.length() < 10) {
            errors.add("password", "must be at least 10 characters long");
        }
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "must name at least one role");
        }
        errors.throwIfAny();
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)
                        VALUES (:username, :hash, :displayName, TRUE, :at)""")
                .param("username", username)
                .param("hash", passwordEncoder.encode(password))
                .param("displayName", displayName)
                .param("at", OffsetDateTime.now(clock))
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (username, role) VALUES (:username, :role)")
                    .param("username", username)
                    .param("role", role.name())
                    .update();
        }
        auditLog.record(AuditAction.COLLECTION, "user", username, "created user account with roles " + roles);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        Optional<String[]> account = jdbc.sql(
                        "SELECT username, display_name, enabled FROM user_account WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), Boolean.toString(rs.getBoolean(3))})
                .optional();
        return account.map(row -> new UserAccount(row[0], row[1], rolesOf(row[0]), Boolean.parseBoolean(row[2])));
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM user_account").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, boolean enabled) {
        }
        Row row = jdbc.sql("SELECT username, password_hash, enabled FROM user_account WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username())
                .password(row.hash())
                .disabled(!row.enabled())
                .roles(rolesOf(username).stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    private Set<Role> rolesOf(String username) {
        List<String> names = jdbc.sql("SELECT role FROM user_role WHERE username = :username ORDER BY role")
                .param("username", username)
                .query(String.class)
                .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
