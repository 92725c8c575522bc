package org.regionalhealth.populationscreening.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 0–6 children's health-check schedule of 《国家基本公共卫生服务规范（第三版）》 (国卫基层发〔2017〕13号), 0～6岁儿童健康管理:
 * 新生儿满月 (28–30 days after birth), 3, 6, 8 and 12 months, 18, 24, 30 and 36 months, then once a year at 4, 5 and 6
 * years (research notes §2.1). The ages are data; the windows are practice, not 规范 text: an "X 月龄" check is due from
 * X months until the day before X + 1 months, 满月 from day 28 to day 42 [O]. A check not done in its window is
 * overdue (补查) until the next check's window opens, and counts as missed after that; the 6-year check can be caught
 * up until the seventh birthday. Hb once at 6–8 months and at 18 and 30 months; hearing (behavioural) at 6, 12, 24 and
 * 36 months; head circumference to 36 months; vision from 4 years.
 */
public final class ChildHealthSchedule {

    /** One check: {@code M1} (满月), {@code M3} … {@code M36}, {@code Y4} … {@code Y6}. */
    public record Visit(String code, int months, boolean hb, boolean hearing, boolean head, boolean vision) {

        /** The first day of the window. */
        public LocalDate from(LocalDate birth) {
            return months == 1 ? birth.plusDays(28) : birth.plusMonths(months);
        }

        /** The last day of the window. */
        public LocalDate to(LocalDate birth) {
            return months == 1
                    ? birth.plusDays(42)
                    : birth.plusMonths(months + 1).minusDays(1);
        }
    }

    /** Where a check stands on a day; labels {@code populationscreening.child.status.*}. */
    public enum Status {
        NOT_YET,
        DUE,
        OVERDUE,
        MISSED,
        DONE
    }

    public static final List<Visit> VISITS = List.of(
            new Visit("M1", 1, false, false, true, false),
            new Visit("M3", 3, false, false, true, false),
            new Visit("M6", 6, true, true, true, false),
            new Visit("M8", 8, true, false, true, false),
            new Visit("M12", 12, false, true, true, false),
            new Visit("M18", 18, true, false, true, false),
            new Visit("M24", 24, false, true, true, false),
            new Visit("M30", 30, true, false, true, false),
            new Visit("M36", 36, false, true, true, false),
            new Visit("Y4", 48, false, false, false, true),
            new Visit("Y5", 60, false, false, false, true),
            new Visit("Y6", 72, false, false, false, true));

    /** The schedule ends with the seventh birthday. */
    public static final int END_MONTHS = 84;

    public static final String SOURCE =
            "《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）0～6岁儿童健康管理服务规范：新生儿满月，3、6、8、12、18、24、30、36月龄，4、5、6岁各一次";

    private ChildHealthSchedule() {}

    public static Optional<Visit> visit(String code) {
        return VISITS.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** The last day a missed check can be caught up: the day before the next check's window (the 7th birthday − 1). */
    public static LocalDate catchUpUntil(Visit visit, LocalDate birth) {
        int i = VISITS.indexOf(visit);
        return i + 1 < VISITS.size()
                ? VISITS.get(i + 1).from(birth).minusDays(1)
                : birth.plusMonths(END_MONTHS).minusDays(1);
    }

    public static Status status(Visit visit, LocalDate birth, LocalDate day, boolean done) {
        if (done) {
            return Status.DONE;
        }
        if (day.isBefore(visit.from(birth))) {
            return Status.NOT_YET;
        }
        if (!day.isAfter(visit.to(birth))) {
            return Status.DUE;
        }
        return day.isAfter(catchUpUntil(visit, birth)) ? Status.MISSED : Status.OVERDUE;
    }

    /** The check that is due or overdue on the day, if any (at most one: the windows do not overlap). */
    public static Optional<Visit> open(LocalDate birth, LocalDate day) {
        return VISITS.stream()
                .filter(v -> {
                    var s = status(v, birth, day, false);
                    return s == Status.DUE || s == Status.OVERDUE;
                })
                .findFirst();
    }

    /** Birth dates of children with some check open on the day: 28 days to the day before the 7th birthday. */
    public static LocalDate bornFrom(LocalDate day) {
        return day.minusMonths(END_MONTHS).plusDays(1);
    }

    public static LocalDate bornTo(LocalDate day) {
        return day.minusDays(28);
    }
}
