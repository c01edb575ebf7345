package org.peel.server.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local user accounts, stored in the database with hashed passwords: sign-in (with a lock after repeated failures),
 * and the force IT team's administration of accounts (create, disable, re-enable, roles and team), each change audited.
 * Administration needs the ADMIN role, which gives no access to records.
 */
@Service
public class UserAccounts implements UserDetailsService {

    static final String RECORD_TYPE = "user";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final int lockAfter;
    private final Duration lockFor;
    private final boolean localAccountsOn;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock,
                 SignedInSessions sessions, @Value("${peel.sign-in.lock-after:5}") int lockAfter,
                 @Value("${peel.sign-in.lock-for:15m}") Duration lockFor,
                 @Value("${peel.sign-in.local-accounts:true}") boolean localAccountsOn) {
        this.localAccountsOn = localAccountsOn;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.sessions = sessions;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    /** What an administrator sends to create an account. */
    public record NewAccount(String username, String displayName, String password, Set<Role> roles, String team) {
    }

    /** Creates an account unless one with that name exists; answers whether it created one. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String password, Set<Role> roles) {
        if (find(username).isPresent()) {
            return false;
        }
        insert(new NewAccount(username, displayName, password, roles, null), false);
        return true;
    }

    /**
     * Creates a demo account (public password) or makes an existing one usable again: demo accounts work only while
     * the server runs in demo mode ({@link #disableDemoAccounts()} at every other start).
     */
    @Transactional
    public void enableDemoAccount(String username, String displayName, String password, Role role) {
        if (find(username).isEmpty()) {
            insert(new NewAccount(username, displayName, password, EnumSet.of(role), null), true);
            return;
        }
        jdbc.sql("UPDATE user_account SET enabled = TRUE, demo = TRUE WHERE username = :username AND demo = TRUE")
                .param("username", username).update();
    }

    /** Disables every demo account: their passwords are public. Answers how many were enabled until now. */
    @Transactional
    public int disableDemoAccounts() {
        List<String> enabled = jdbc.sql("SELECT username FROM user_account WHERE demo = TRUE AND enabled = TRUE")
                .query(String.class).list();
        for (String username : enabled) {
            jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = :username")
                    .param("username", username).update();
            sessions.endAll(username);
            auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, username, "disabled demo account: not in demo mode");
        }
        return enabled.size();
    }

    /** Creates an account, as the force IT team does from the users page. */
    @Transactional
    @PreAuthorize(Role.ADMINISTER)
    public UserAccount create(NewAccount account) {
        if (account != null && account.username() != null && find(account.username()).isPresent()) {
            throw InvalidInputException.of("username", "is taken by another account");
        }
        insert(account, false);
        return find(account.username()).orElseThrow();
    }

    private void insert(NewAccount account, boolean demo) {
        FieldErrors errors = new FieldErrors();
        if (account == null) {
            errors.add("body", "is missing: send the account").throwIfAny();
        }
        String username = account.username();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("username", "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        errors.requireText("displayName", account.displayName(), 200);
        PasswordPolicy.problems(username, account.password()).forEach(problem -> errors.add("password", problem));
        checkRolesAndTeam(account.roles(), account.team(), errors);
        errors.throwIfAny();
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, display_name, enabled, created_at, team, demo)
                        VALUES (:username, :hash, :displayName, TRUE, :at, :team, :demo)""")
                .param("username", username)
                .param("hash", passwordEncoder.encode(account.password()))
                .param("displayName", Text.tidy(account.displayName()))
                .param("at", OffsetDateTime.now(clock))
                .param("team", Text.tidy(account.team()))
                .param("demo", demo)
                .update();
        insertRoles(username, account.roles());
        auditLog.record(AuditAction.COLLECTION, RECORD_TYPE, username, "created user account with roles "
                + account.roles() + (Text.blank(account.team()) ? "" : " in team " + Text.tidy(account.team())));
    }

    private static void checkRolesAndTeam(Set<Role> roles, String team, FieldErrors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "must name at least one role");
        }
        if (!Text.blank(team) && !TEAM.matcher(Text.tidy(team)).matches()) {
            errors.add("team", "must be 1 to 64 letters, digits, spaces, dots, dashes or underscores");
        }
    }

    private void insertRoles(String username, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (username, role) VALUES (:username, :role)")
                    .param("username", username)
                    .param("role", role.name())
                    .update();
        }
    }

    /** Sets an account's display name, roles and team; the user's open sessions end, so the new roles apply now. */
    @Transactional
    @PreAuthorize(Role.ADMINISTER)
    public UserAccount change(String username, String displayName, Set<Role> roles, String team) {
        UserAccount before = existing(username);
        FieldErrors errors = new FieldErrors();
        errors.requireText("displayName", displayName, 200);
        checkRolesAndTeam(roles, team, errors);
        errors.throwIfAny();
        jdbc.sql("UPDATE user_account SET display_name = :displayName, team = :team WHERE username = :username")
                .param("displayName", Text.tidy(displayName)).param("team", Text.tidy(team))
                .param("username", username).update();
        jdbc.sql("DELETE FROM user_role WHERE username = :username").param("username", username).update();
        insertRoles(username, roles);
        sessions.endAll(username);
        auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, username, "changed roles " + before.roles() + " to "
                + roles + ", team " + before.team() + " to " + Text.tidy(team));
        return existing(username);
    }

    /** Stops an account from signing in, and ends its open sessions at once. An administrator cannot disable themself. */
    @Transactional
    @PreAuthorize(Role.ADMINISTER)
    public UserAccount disable(String username, String byWhom) {
        existing(username);
        if (username.equals(byWhom)) {
            throw InvalidInputException.of("username", "is your own account: another administrator must disable it");
        }
        jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = :username")
                .param("username", username).update();
        sessions.endAll(username);
        auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, username, "disabled user account");
        return existing(username);
    }

    /** Lets a disabled or locked account sign in again. */
    @Transactional
    @PreAuthorize(Role.ADMINISTER)
    public UserAccount enable(String username) {
        existing(username);
        jdbc.sql("""
                        UPDATE user_account SET enabled = TRUE, failed_sign_ins = 0, locked_until = NULL
                        WHERE username = :username""")
                .param("username", username).update();
        auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, username, "enabled user account");
        return existing(username);
    }

    /** Every account, for the force IT team's users page. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ADMINISTER)
    public List<UserAccount> list() {
        return jdbc.sql("""
                        SELECT username, display_name, team, enabled, locked_until FROM user_account
                        ORDER BY username""")
                .query((rs, row) -> account(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return jdbc.sql("""
                        SELECT username, display_name, team, enabled, locked_until FROM user_account
                        WHERE username = :username""")
                .param("username", username)
                .query((rs, row) -> account(rs))
                .optional();
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, username));
    }

    private UserAccount account(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserAccount(rs.getString("username"), rs.getString("display_name"),
                rolesOf(rs.getString("username")), rs.getString("team"), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant());
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM user_account").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!localAccountsOn) {
            throw new UsernameNotFoundException("local accounts are switched off");
        }
        record Row(String username, String hash, boolean enabled, int failed, OffsetDateTime lockedUntil,
                   String team) {
        }
        Row row = jdbc.sql("""
                        SELECT username, password_hash, enabled, failed_sign_ins, locked_until, team FROM user_account
                        WHERE username = :username""")
                .param("username", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
        List<String> authorities = new java.util.ArrayList<>(
                rolesOf(username).stream().map(role -> "ROLE_" + role.name()).toList());
        if (row.team() != null) {
            authorities.add(Teams.AUTHORITY_PREFIX + row.team());
        }
        return new LocalUser(row.username(), row.hash(), row.enabled(), locked, row.failed(), authorities);
    }

    /**
     * Counts a failed sign-in against the account (if there is one): after {@code peel.sign-in.lock-after} failures in
     * a row it is locked for {@code peel.sign-in.lock-for}. Answers whether this failure locked it. Committed on its
     * own, whatever the request does next.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean signInFailed(String username) {
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE user_account SET failed_sign_ins = failed_sign_ins + 1 WHERE username = :username")
                .param("username", username).update();
        if (updated == 0) {
            return false;
        }
        int failed = jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE username = :username")
                .param("username", username).query(Integer.class).single();
        if (failed < lockAfter) {
            return false;
        }
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0, locked_until = :until WHERE username = :username")
                .param("until", OffsetDateTime.ofInstant(now.plus(lockFor), ZoneOffset.UTC))
                .param("username", username).update();
        log.warn("Locked account {} for {} after {} failed sign-ins in a row", username, lockFor, failed);
        return true;
    }

    /** A successful sign-in clears the count of failures before it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInSucceeded(String username) {
        jdbc.sql("UPDATE user_account SET failed_sign_ins = 0 WHERE username = :username AND failed_sign_ins > 0")
                .param("username", username).update();
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
