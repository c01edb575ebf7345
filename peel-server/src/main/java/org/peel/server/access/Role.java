package org.peel.server.access;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do. A user may hold several roles. */
public enum Role {
    /** Response officers and investigators: search, view and record. */
    OFFICER,
    /** Sergeants and inspectors: what officers do, plus reviews and confirmations. */
    SUPERVISOR,
    /** The Force Crime Registrar: crime recording decisions, cancellations and compliance. */
    CRIME_REGISTRAR,
    /** Analysts: search and read, batch work; no changes to records. */
    ANALYST,
    /** The force IT team: users and operations; no access to records. */
    ADMIN,
    /** Professional standards: reads the audit log (who looked at what); no access to the records themselves. */
    AUDITOR;

    /** Who may read records, record and change them, supervise, confirm gradings, cancel crimes, administer. */
    static final Set<Role> READERS = EnumSet.of(OFFICER, SUPERVISOR, CRIME_REGISTRAR, ANALYST);
    static final Set<Role> WRITERS = EnumSet.of(OFFICER, SUPERVISOR, CRIME_REGISTRAR);
    static final Set<Role> SUPERVISING = EnumSet.of(SUPERVISOR, CRIME_REGISTRAR);
    static final Set<Role> CONFIRMING = EnumSet.of(SUPERVISOR);
    static final Set<Role> CANCELLING = EnumSet.of(CRIME_REGISTRAR);
    static final Set<Role> ADMINISTERING = EnumSet.of(ADMIN);
    static final Set<Role> AUDITING = EnumSet.of(AUDITOR);

    /**
     * Spring Security expressions for the common permissions, for use in {@code @PreAuthorize} on the module API
     * services. An annotation needs constant text, so each names the roles of one of the sets above;
     * {@code PermissionsTest} holds them to it. Reading and writing records is also open to Peel's own batch work
     * ({@link SystemIdentity}, authority {@value SystemIdentity#ROLE}), which is not a role a person holds.
     */
    public static final String READ_RECORDS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','ANALYST','SYSTEM')";
    public static final String WRITE_RECORDS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','SYSTEM')";
    public static final String SUPERVISE = "hasAnyRole('SUPERVISOR','CRIME_REGISTRAR')";
    /** Supervisors only: confirming a missing person's risk grading. */
    public static final String SUPERVISORS = "hasRole('SUPERVISOR')";
    public static final String REGISTRAR = "hasRole('CRIME_REGISTRAR')";
    public static final String ADMINISTER = "hasRole('ADMIN')";
    /** Reading the audit log: who accessed a record, what a user looked at. */
    public static final String AUDIT = "hasRole('AUDITOR')";
}
