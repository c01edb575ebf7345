package org.peel.server.cases;

import java.time.Duration;
import java.util.List;

/**
 * One line of the force's policy rules: when {@code condition} holds for something it applies to, a task titled
 * {@code task} is created for {@code owner}, due {@code dueWithin} later; when {@code repeatEvery} is set, completing
 * it creates the next one, due that long after. Safeguarding rules feed the safeguarding view.
 *
 * @param line the line of the rules file, for messages
 */
public record PolicyRule(String code, AppliesTo appliesTo, List<Term> condition, Duration dueWithin,
                         Duration repeatEvery, Owner owner, boolean safeguarding, String task, int line) {

    /** What a rule looks at. */
    public enum AppliesTo {
        /** The investigation itself, once, when it is opened. */
        INVESTIGATION,
        CRIME,
        OCCURRENCE,
        CRIME_OR_OCCURRENCE;

        boolean covers(Subject.Kind kind) {
            return switch (this) {
                case INVESTIGATION -> kind == Subject.Kind.INVESTIGATION;
                case CRIME -> kind == Subject.Kind.CRIME;
                case OCCURRENCE -> kind == Subject.Kind.OCCURRENCE;
                case CRIME_OR_OCCURRENCE -> kind == Subject.Kind.CRIME || kind == Subject.Kind.OCCURRENCE;
            };
        }
    }

    /** Who the task is for. */
    public enum Owner {
        OFFICER_IN_CHARGE,
        SUPERVISOR
    }

    /** One part of a condition, {@code key:value}; a condition holds when all its terms do. */
    public record Term(String key, String value) {

        boolean holdsFor(Subject subject) {
            return switch (key) {
                case "flag" -> subject.flags().contains(value);
                case "type" -> value.equals(subject.type());
                case "risk" -> subject.risk() != null && value.equals(subject.risk().name());
                case "category" -> value.equals(subject.category());
                case "priority" -> value.equals(subject.priority().name());
                default -> false;
            };
        }

        @Override
        public String toString() {
            return key + ":" + value;
        }
    }

    boolean holdsFor(Subject subject) {
        return appliesTo.covers(subject.kind()) && condition.stream().allMatch(term -> term.holdsFor(subject));
    }
}
