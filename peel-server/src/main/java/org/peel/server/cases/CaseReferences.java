package org.peel.server.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out investigation references ("INV-2026-000123"): sequential per year, each given once. As for crime
 * references, the year's counter row is raised in the caller's transaction, so two openings at once queue on the row
 * lock, an opening that fails gives its number back with everything else it wrote, and a number that reached a stored
 * investigation is never given again.
 */
@Repository
class CaseReferences {

    static final String PREFIX = "INV";

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;

    CaseReferences(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        if (raise(year) == 0) {
            createCounter(year);
            raise(year);
        }
        long number = jdbc.sql("SELECT last_number FROM investigation_reference_counter WHERE counter_year = :year")
                .param("year", year).query(Long.class).single();
        return format(year, number);
    }

    static String format(int year, long number) {
        return String.format("%s-%d-%06d", PREFIX, year, number);
    }

    private int raise(int year) {
        return jdbc.sql("UPDATE investigation_reference_counter SET last_number = last_number + 1"
                        + " WHERE counter_year = :year")
                .param("year", year).update();
    }

    /** The year's first number: the row is made in its own transaction, so a race to make it harms neither side. */
    private void createCounter(int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO investigation_reference_counter (counter_year, last_number) VALUES (:year, 0)")
                    .param("year", year).update());
        } catch (DuplicateKeyException alreadyMade) {
            // Another opening made the row first; raising it is all that is needed.
        }
    }
}
