package org.regionalhealth.reviewcenter.workbench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Verdict;

/**
 * The typed vocabulary every query of the review tables binds (issue 13 item 2). The review workflow's values —
 * {@link ReviewState}, {@link EventKind}, {@link TaskOutcome}, the screening {@link Action} and
 * {@link Verdict.Status} stored with prescriptions and findings — are written only by {@code ReviewLedger} and the
 * submission's store, and read everywhere else through these parameters, never as SQL literals: renaming a value is
 * then caught by the compiler, not by a supervision figure that silently drops to zero. {@code ReviewSqlLiteralsTests}
 * fails the build when SQL outside the owners names one.
 */
public final class ReviewFacts {

    private ReviewFacts() {}

    // one method per vocabulary, so only review values can be bound (a Role or a contract state cannot)

    /** Review states as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> states(Collection<ReviewState> values) {
        return names(values);
    }

    /** Review states as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> states(ReviewState... values) {
        return names(Arrays.asList(values));
    }

    /** Task outcomes as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> outcomes(Collection<TaskOutcome> values) {
        return names(values);
    }

    /** Event kinds as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> kinds(EventKind... values) {
        return names(Arrays.asList(values));
    }

    /** Screening actions as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> actions(Collection<Action> values) {
        return names(values);
    }

    /** Screening actions as stored, in a stable order, for {@code in (:param)}. */
    public static List<String> actions(Action... values) {
        return names(Arrays.asList(values));
    }

    /** Stored names as an SQL array, for {@code = any(?)} with positional parameters. */
    public static String[] array(List<String> names) {
        return names.toArray(String[]::new);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** The screening actions that put a prescription in front of a pharmacist or back to the doctor. */
    public static final List<Action> FLAGGING_ACTIONS =
            List.of(Action.BLOCK_OVERRIDABLE, Action.PHARMACIST_REVIEW, Action.REJECT);
}
