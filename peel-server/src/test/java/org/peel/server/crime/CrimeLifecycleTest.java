package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peel.server.crime.CrimeLifecycle.Action;

class CrimeLifecycleTest {

    @Test
    void anOpenCrimeOrOneUnderInvestigationAllowsEverythingButReopening() {
        for (CrimeStatus status : new CrimeStatus[] {CrimeStatus.OPEN, CrimeStatus.UNDER_INVESTIGATION}) {
            for (Action action : new Action[] {Action.CHANGE, Action.RECLASSIFY, Action.CANCEL, Action.FINALISE}) {
                assertThat(CrimeLifecycle.refusal(action, status)).as(action + " when " + status).isEmpty();
            }
            assertThat(CrimeLifecycle.refusal(Action.REOPEN, status)).contains(
                    "only a finalised crime can be reopened; this one is " + status);
        }
    }

    @Test
    void aFinalisedCrimeMustBeReopenedBeforeItIsChangedOrFinalisedAgain() {
        assertThat(CrimeLifecycle.refusal(Action.CHANGE, CrimeStatus.FINALISED))
                .contains("the crime is FINALISED; reopen it before changing it");
        assertThat(CrimeLifecycle.refusal(Action.FINALISE, CrimeStatus.FINALISED))
                .contains("the crime is already FINALISED");
        assertThat(CrimeLifecycle.refusal(Action.REOPEN, CrimeStatus.FINALISED)).isEmpty();
        assertThat(CrimeLifecycle.refusal(Action.RECLASSIFY, CrimeStatus.FINALISED)).isEmpty();
        assertThat(CrimeLifecycle.refusal(Action.CANCEL, CrimeStatus.FINALISED)).isEmpty();
    }

    @Test
    void aCancelledCrimeAllowsNothingMore() {
        assertThat(CrimeLifecycle.refusal(Action.CHANGE, CrimeStatus.CANCELLED))
                .contains("the crime is CANCELLED; reopen it before changing it");
        assertThat(CrimeLifecycle.refusal(Action.RECLASSIFY, CrimeStatus.CANCELLED))
                .contains("the crime is cancelled and cannot be reclassified");
        assertThat(CrimeLifecycle.refusal(Action.CANCEL, CrimeStatus.CANCELLED))
                .contains("the crime is already cancelled");
        assertThat(CrimeLifecycle.refusal(Action.FINALISE, CrimeStatus.CANCELLED))
                .contains("the crime is already CANCELLED");
        assertThat(CrimeLifecycle.refusal(Action.REOPEN, CrimeStatus.CANCELLED)).isPresent();
    }

    @Test
    void aChangeOfDetailsMaySetOnlyOpenOrUnderInvestigation() {
        assertThat(CrimeLifecycle.refusalToSet(CrimeStatus.OPEN)).isEmpty();
        assertThat(CrimeLifecycle.refusalToSet(CrimeStatus.UNDER_INVESTIGATION)).isEmpty();
        assertThat(CrimeLifecycle.refusalToSet(CrimeStatus.FINALISED)).contains(
                "must be OPEN or UNDER_INVESTIGATION here; finalise with an outcome, and cancellation is the registrar's");
        assertThat(CrimeLifecycle.refusalToSet(CrimeStatus.CANCELLED)).isPresent();
    }
}
