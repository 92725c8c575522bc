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

    /** The stored names of these values, in a stable order, for {@code in (:param)}. */
    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** The stored names of these values, in a stable order, for {@code in (:param)}. */
    @SafeVarargs
    public static <E extends Enum<E>> List<String> names(E... values) {
        return names(Arrays.asList(values));
    }

    /** The stored names of these values as an SQL array, for {@code = any(?)} with positional parameters. */
    public static String[] array(Collection<? extends Enum<?>> values) {
        return names(values).toArray(String[]::new);
    }

    /** The stored names of these values as an SQL array, for {@code = any(?)} with positional parameters. */
    @SafeVarargs
    public static <E extends Enum<E>> String[] array(E... values) {
        return array(Arrays.asList(values));
    }

    /** The screening actions that put a prescription in front of a pharmacist or back to the doctor. */
    public static final List<Action> FLAGGING_ACTIONS =
            List.of(Action.BLOCK_OVERRIDABLE, Action.PHARMACIST_REVIEW, Action.REJECT);
}
