package org.peel.server.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Applies the policy rules: for each rule whose condition holds for a subject (the investigation, a crime, an
 * occurrence) and that has not fired for it yet, creates the rule's task, owned by the officer in charge or the
 * supervisor, due the rule's time later. A repeating rule's next task is created when the last one is done.
 */
@Component
class TaskRules {

    private final PolicyRules rules;
    private final InvestigationRepository investigations;
    private final TaskRepository tasks;

    TaskRules(PolicyRules rules, InvestigationRepository investigations, TaskRepository tasks) {
        this.rules = rules;
        this.investigations = investigations;
        this.tasks = tasks;
    }

    /** Fires every rule that holds for these subjects and has not fired for them; answers the new tasks' ids. */
    List<Long> apply(InvestigationRepository.InvestigationRow investigation, List<Subject> subjects, String username,
                     Instant now) {
        List<Long> created = new ArrayList<>();
        for (Subject subject : subjects) {
            for (PolicyRule rule : rules.holdingFor(subject)) {
                if (investigations.markFired(investigation.id(), rule.code(), subject.key(), now)) {
                    created.add(tasks.insert(task(investigation, rule, subject, now), username, now));
                }
            }
        }
        return created;
    }

    /**
     * After a rule's task is done: when the rule repeats, the investigation is still active and the rule still holds
     * for the subject, the next task, due the repeat interval after now. Answers its id, or null.
     */
    Long repeat(InvestigationRepository.InvestigationRow investigation, TaskRepository.TaskRow done,
                List<Subject> subjects, String username, Instant now) {
        if (done.ruleCode() == null || !investigation.status().active()) {
            return null;
        }
        PolicyRule rule = rules.rule(done.ruleCode()).orElse(null);
        if (rule == null || rule.repeatEvery() == null) {
            return null;
        }
        Subject subject = subjects.stream().filter(candidate -> candidate.key().equals(done.subject())).findFirst()
                .orElse(null);
        if (subject == null || !rule.holdsFor(subject)) {
            return null;
        }
        TaskRepository.NewTask next = task(investigation, rule, subject, now);
        return tasks.insert(new TaskRepository.NewTask(next.investigationId(), next.title(), next.details(),
                next.owner(), next.priority(), now.plus(rule.repeatEvery()), next.ruleCode(), next.subject()),
                username, now);
    }

    private static TaskRepository.NewTask task(InvestigationRepository.InvestigationRow investigation,
                                               PolicyRule rule, Subject subject, Instant now) {
        String owner = rule.owner() == PolicyRule.Owner.SUPERVISOR ? investigation.supervisor()
                : investigation.officerInCharge();
        return new TaskRepository.NewTask(investigation.id(), rule.task(), "Policy rule " + rule.code() + ", for "
                + subject.description() + ".", owner, investigation.priority(), now.plus(rule.dueWithin()),
                rule.code(), subject.key());
    }
}
