package org.peel.server.crime;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The crime status rules in one place: which actions a crime allows in each {@link CrimeStatus}, and, when it does not,
 * why, in the words officers see.
 */
final class CrimeLifecycle {

    /** What can be done to a recorded crime. */
    enum Action {
        /** Change the details (times, place, suspects, method, OPEN or UNDER_INVESTIGATION). */
        CHANGE,
        RECLASSIFY,
        /** The Force Crime Registrar's cancellation. */
        CANCEL,
        /** Assign a Home Office outcome. */
        FINALISE,
        REOPEN
    }

    /** The statuses a change of details may set: finalising and cancelling are actions of their own. */
    static final Set<CrimeStatus> SET_BY_CHANGE = EnumSet.of(CrimeStatus.OPEN, CrimeStatus.UNDER_INVESTIGATION);

    private CrimeLifecycle() {
    }

    /** Why a crime in {@code status} does not allow {@code action}; empty when it does. */
    static Optional<String> refusal(Action action, CrimeStatus status) {
        boolean closed = status == CrimeStatus.FINALISED || status == CrimeStatus.CANCELLED;
        return Optional.ofNullable(switch (action) {
            case CHANGE -> closed ? "the crime is " + status + "; reopen it before changing it" : null;
            case RECLASSIFY -> status == CrimeStatus.CANCELLED ? "the crime is cancelled and cannot be reclassified" : null;
            case CANCEL -> status == CrimeStatus.CANCELLED ? "the crime is already cancelled" : null;
            case FINALISE -> closed ? "the crime is already " + status : null;
            case REOPEN -> status != CrimeStatus.FINALISED
                    ? "only a finalised crime can be reopened; this one is " + status : null;
        });
    }

    /** Why a change of details may not set {@code wanted}; empty when it may. */
    static Optional<String> refusalToSet(CrimeStatus wanted) {
        return SET_BY_CHANGE.contains(wanted) ? Optional.empty()
                : Optional.of("must be OPEN or UNDER_INVESTIGATION here; finalise with an outcome, and cancellation is "
                + "the registrar's");
    }
}
