package org.regionalhealth.surveillance.schoolcheck;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One class's morning/noon check and sick absence on one day (WS/T 772-2020 晨午检、因病缺勤登记; 2006 school reporting
 * norm), as the nurse enters it: enrolment, pupils present, pupils absent for illness, and the sick pupils in groups
 * of the same symptoms ("4 pupils with fever and cough" is one group of 4). Names are optional; named pupils are
 * counted once across days by name, unnamed ones by the nurse's count of continuing cases (新发 vs 持续).
 *
 * @param schoolCode the school's unit code; {@code null} = the nurse's own school
 */
public record ClassCheck(
        @Nullable String schoolCode,
        @Nullable LocalDate date,
        @Nullable Integer grade,
        @Nullable String className,
        @Nullable Integer enrolled,
        @Nullable Integer present,
        @Nullable Integer absentIll,
        @Nullable List<SickGroup> groups) {

    public ClassCheck {
        groups = groups == null ? List.of() : groups;
    }

    /**
     * @param count pupils in the group
     * @param symptoms symptom codes (WS/T 772 list + jaundice)
     * @param names pupils' names, empty or exactly {@code count}
     * @param continuing of the unnamed pupils, how many were already reported sick in this class on one of the
     *     previous {@value SchoolChecks#CONTINUING_DAYS} days (持续缺勤): they keep their earlier identity, so a pupil
     *     ill for three days counts once; the rest are new (新发). Named pupils are matched by name instead.
     */
    public record SickGroup(
            @Nullable Integer count,
            @Nullable List<String> symptoms,
            @Nullable List<String> names,
            @Nullable Integer continuing) {
        public SickGroup {
            count = count == null ? 0 : count;
            symptoms = symptoms == null ? List.of() : symptoms;
            names = names == null ? List.of() : names;
            continuing = continuing == null ? 0 : continuing;
        }

        /** A group of new cases only. */
        public SickGroup(@Nullable Integer count, @Nullable List<String> symptoms, @Nullable List<String> names) {
            this(count, symptoms, names, 0);
        }
    }
}
