package org.regionalhealth.childcare.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionalhealth.childcare.SubsidyRule;

/** Entitled months and eligibility of the 2025 national childcare subsidy and the local allowance (issue 21). */
class EntitlementTests {

    static final SubsidyRule NATIONAL = new SubsidyRule(
            1,
            "NATIONAL_CHILDCARE",
            1,
            "国家育儿补贴",
            new BigDecimal("3600.00"),
            36,
            "330109",
            false,
            false,
            LocalDate.of(2025, 1, 1),
            null,
            "《育儿补贴制度实施方案》",
            true,
            "");

    static final SubsidyRule YOUNG_WORKER = new SubsidyRule(
            2,
            "XS_YOUNG_WORKER",
            1,
            "萧山区青年职工托育补贴",
            new BigDecimal("600.00"),
            36,
            "330109",
            true,
            true,
            LocalDate.of(2025, 1, 1),
            null,
            "待核实",
            false,
            "");

    @ParameterizedTest(name = "born {0}: {1} months of 2025")
    @CsvSource({
        // the age limit at the start of the year: one day under 3 on 2025-01-01, exactly 3, one day over
        "2022-01-02, 1",
        "2022-01-01, 0",
        "2021-12-31, 0",
        // under 3 for the whole year
        "2023-06-15, 12",
        // turns 3 in the year: months up to the third birthday
        "2022-06-15, 6",
        "2022-06-01, 5",
        // born in the year: from the first month that starts after the birth (or on it)
        "2025-03-01, 10",
        "2025-03-15, 9",
        "2025-12-01, 1",
        "2025-12-02, 0"
    })
    void monthsOf2025(LocalDate birth, int months) {
        assertThat(Entitlement.months(birth, 2025, NATIONAL)).isEqualTo(months);
    }

    @ParameterizedTest(name = "born {0}: 36 months in all")
    @CsvSource({"2025-03-01", "2025-03-15", "2025-12-31", "2026-02-28", "2024-12-31"})
    void aChildBornUnderTheRuleGetsExactlyThirtySixMonths(LocalDate birth) {
        int total = 0;
        for (int year = birth.getYear(); year <= birth.getYear() + 3; year++) {
            total += Entitlement.months(birth, year, NATIONAL);
        }
        assertThat(total).isEqualTo(36);
    }

    @Test
    void monthsBeforeTheRuleCameIntoForceAreNotPaid() {
        // a child born in 2023 gets the months of 2025 onwards only
        assertThat(Entitlement.months(LocalDate.of(2023, 5, 10), 2024, NATIONAL))
                .isZero();
    }

    @Test
    void amountIsThreeHundredYuanAMonth() {
        assertThat(NATIONAL.amountFor(12)).isEqualByComparingTo("3600.00");
        assertThat(NATIONAL.amountFor(1)).isEqualByComparingTo("300.00");
        assertThat(YOUNG_WORKER.amountFor(6)).isEqualByComparingTo("300.00");
    }

    @Test
    void atTheAgeLimitTheChildIsRefusedOnTheIdNumber() {
        var problems = Entitlement.problems(LocalDate.of(2022, 1, 1), 2025, "330109001", false, false, NATIONAL);
        assertThat(problems).containsOnlyKeys("childIdNumber");
        assertThat(problems.get("childIdNumber")).contains("已满3周岁");
        assertThat(Entitlement.problems(LocalDate.of(2022, 1, 2), 2025, "330109001", false, false, NATIONAL))
                .isEmpty();
        assertThat(Entitlement.problems(LocalDate.of(2021, 12, 31), 2025, "330109001", false, false, NATIONAL))
                .containsKey("childIdNumber");
    }

    @Test
    void residenceMustBeInTheDistrict() {
        var born = LocalDate.of(2024, 5, 1);
        assertThat(Entitlement.problems(born, 2025, "330109113", false, false, NATIONAL))
                .isEmpty();
        assertThat(Entitlement.problems(born, 2025, "OTHER", false, false, NATIONAL))
                .containsOnlyKeys("hukouTown");
        assertThat(Entitlement.problems(born, 2025, "330108001", false, false, NATIONAL))
                .containsOnlyKeys("hukouTown");
    }

    @Test
    void youngWorkerAllowanceNeedsEnrolmentAndEmployment() {
        var born = LocalDate.of(2024, 5, 1);
        assertThat(Entitlement.problems(born, 2025, "330109001", false, false, YOUNG_WORKER))
                .containsOnlyKeys("childIdNumber", "employed");
        assertThat(Entitlement.problems(born, 2025, "330109001", true, true, YOUNG_WORKER))
                .isEmpty();
    }
}
