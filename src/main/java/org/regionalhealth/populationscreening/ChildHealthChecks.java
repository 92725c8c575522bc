package org.regionalhealth.populationscreening;

import java.util.List;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PageResult;

/**
 * The 0–6 children's health checks (国家基本公共卫生服务规范 第三版, {@code rules.ChildHealthSchedule}): the family doctor's
 * worklist of children in scope whose check is due or overdue, the child's schedule, and recording a check. Every
 * method limits itself to the user's scope; reads and writes of a child are audited.
 */
public interface ChildHealthChecks {

    /** Which list: the check's window is open ({@code DUE}) or has passed and it can still be caught up. */
    enum View {
        DUE,
        OVERDUE
    }

    /** The worklist page and the counts of both lists. */
    record Worklist(PageResult<ChildDue> page, long due, long overdue) {}

    Worklist worklist(View view, CurrentUser user, int page, int size);

    /** How many checks are recorded in the user's scope (a count: not audited). */
    long recorded(CurrentUser user);

    /** The child's recorded checks, in schedule order (404 when the child is outside the scope). */
    List<ChildCheck> checks(long residentId, CurrentUser user);

    /**
     * Records a check of a child in scope.
     *
     * @throws org.regionalhealth.platform.PlatformException {@code POPULATIONSCREENING_INVALID} (400) with every bad
     *     field; the visit already recorded is refused on field {@code visit}
     */
    ChildCheck record(long residentId, NewChildCheck check, CurrentUser user);
}
