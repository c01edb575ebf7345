package org.peel.server.crime;

import java.time.Instant;

import org.peel.server.platform.ForceCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out reference numbers ("INC-2026-000123", "CRM-2026-000045"): sequential per kind and year, each given once.
 * The counter row is raised in the caller's transaction, so two recordings at once queue on the row lock and a
 * recording that fails gives its number back with everything else it wrote; a number that reached a stored record
 * is never given again.
 */
@Repository
class ReferenceNumbers {

    static final String INCIDENT = "INC";
    static final String CRIME = "CRM";

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    private final ForceCalendar calendar;

    ReferenceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, ForceCalendar calendar) {
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** The next number of a kind, in the force's year of {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(String prefix, Instant at) {
        int year = calendar.year(at);
        if (raise(prefix, year) == 0) {
            createCounter(prefix, year);
            raise(prefix, year);
        }
        long number = jdbc.sql("SELECT last_number FROM crime_reference_counter WHERE prefix = :prefix AND counter_year = :year")
                .param("prefix", prefix).param("year", year).query(Long.class).single();
        return format(prefix, year, number);
    }

    static String format(String prefix, int year, long number) {
        return String.format("%s-%d-%06d", prefix, year, number);
    }

    private int raise(String prefix, int year) {
        return jdbc.sql("UPDATE crime_reference_counter SET last_number = last_number + 1 WHERE prefix = :prefix AND counter_year = :year")
                .param("prefix", prefix).param("year", year).update();
    }

    /** The year's first number: the row is made in its own transaction, so a race to make it harms neither side. */
    private void createCounter(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO crime_reference_counter (prefix, counter_year, last_number) VALUES (:prefix, :year, 0)")
                    .param("prefix", prefix).param("year", year).update());
        } catch (DuplicateKeyException alreadyMade) {
            // Another recording made the row first; raising it below is all that is needed.
        }
    }
}
