package org.regionalhealth.dataspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.regionalhealth.dataspace.privacy.Aggregates;
import org.regionalhealth.dataspace.privacy.Column;
import org.regionalhealth.dataspace.privacy.Deidentifier;
import org.regionalhealth.dataspace.privacy.FieldRole;
import org.regionalhealth.dataspace.privacy.Hierarchy;
import org.regionalhealth.dataspace.privacy.KAnonymity;
import org.regionalhealth.dataspace.privacy.KAnonymityGate;
import org.regionalhealth.dataspace.privacy.LaplaceNoise;
import org.regionalhealth.dataspace.privacy.Microdata;
import org.regionalhealth.platform.PlatformException;

/** The gate, the generalisation hierarchies, Datafly search, small-cell suppression and the Laplace mechanism. */
class KAnonymityGateTests {

    static final Column ID = new Column("ID_NUMBER", "身份证号", FieldRole.DIRECT_IDENTIFIER, Hierarchy.NONE);
    static final Column AGE = new Column("AGE", "年龄", FieldRole.QUASI_IDENTIFIER, Hierarchy.AGE);
    static final Column SEX = new Column("SEX", "性别", FieldRole.QUASI_IDENTIFIER, Hierarchy.SEX);
    static final Column TOWN = new Column("TOWN", "镇街", FieldRole.QUASI_IDENTIFIER, Hierarchy.TOWN);
    static final Column DIAGNOSIS = new Column("DIAGNOSIS", "诊断", FieldRole.SENSITIVE, Hierarchy.NONE);

    /** Four men aged 42–44 and five aged 45–48 in one town: 5-year bands leave a group of 4. */
    static Microdata groupOfFour() {
        var rows = new ArrayList<String[]>();
        int id = 0;
        for (String age : List.of("42", "43", "44", "44")) {
            rows.add(new String[] {"3301" + id++, age, "男", "城厢街道", "高血压"});
        }
        for (String age : List.of("45", "46", "47", "48", "48")) {
            rows.add(new String[] {"3301" + id++, age, "男", "城厢街道", "2型糖尿病"});
        }
        return new Microdata(List.of(ID, AGE, SEX, TOWN, DIAGNOSIS), rows);
    }

    @Test
    void theGateRefusesAReleaseWithAGroupOfFourAndAcceptsItAfterGeneralisation() {
        var raw = groupOfFour();
        // ID removed, age in 5-year bands (its minimum release level), sex and town as they are
        var banded = Deidentifier.generalise(raw, new int[] {0, 1, 0, 0, 0}).stream()
                .map(r -> new String[] {r[1], r[2], r[3], r[4]})
                .toList();
        var columns = List.of(AGE, SEX, TOWN, DIAGNOSIS);
        assertThatThrownBy(() -> KAnonymityGate.check(columns, banded, 5))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("只有 4 条记录")
                .hasMessageContaining("k = 5")
                .satisfies(e -> assertThat(((PlatformException) e).code()).isEqualTo("DATASPACE_BELOW_K"));

        var released = Deidentifier.deidentify(raw, 5, 0.0);
        assertThat(released.columns()).doesNotContain(ID);
        assertThat(released.levels()).containsEntry("AGE", 2);
        assertThat(released.rows()).extracting(r -> r[0]).containsOnly("40–49岁");
        assertThat(released.suppressed()).isZero();
        var groups = KAnonymityGate.check(released.columns(), released.rows(), 5);
        assertThat(groups.smallest()).isEqualTo(9);
    }

    @Test
    void theGateRefusesADirectIdentifierWhateverK() {
        var raw = groupOfFour();
        var rows = Deidentifier.generalise(raw, new int[] {0, 4, 1, 1, 0});
        assertThatThrownBy(() -> KAnonymityGate.check(raw.columns(), rows, 2))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("身份证号");
    }

    @Test
    void boundaryAtK() {
        var rows = new ArrayList<String[]>();
        for (int i = 0; i < 5; i++) {
            rows.add(new String[] {"40–44岁", "女"});
        }
        var columns = List.of(AGE, SEX);
        assertThat(KAnonymityGate.check(columns, rows, 5).smallest()).isEqualTo(5); // at k
        assertThat(KAnonymityGate.check(columns, rows, 4).smallest()).isEqualTo(5); // k just below
        assertThatThrownBy(() -> KAnonymityGate.check(columns, rows, 6)) // just above
                .hasMessageContaining("只有 5 条记录");
    }

    @Test
    void datafliesOnlyAsFarAsNeededAndSuppressesTheRestWithinItsShare() {
        var raw = groupOfFour();
        var rows = new ArrayList<>(raw.rows());
        rows.add(new String[] {"x", "81", "女", "瓜沥镇", "高血压"}); // a lone outlier
        var table = new Microdata(raw.columns(), rows);
        // 1 of 10 rows may be withheld: the outlier goes, and the 4 + 5 still need 10-year bands
        var released = Deidentifier.deidentify(table, 4, 0.1);
        assertThat(released.suppressed()).isEqualTo(1);
        assertThat(released.levels()).containsEntry("AGE", 1);
        assertThat(released.smallest()).isEqualTo(4);
        // nothing may be withheld: everything climbs until one group is left
        var strict = Deidentifier.deidentify(table, 5, 0.0);
        assertThat(strict.suppressed()).isZero();
        KAnonymityGate.check(strict.columns(), strict.rows(), 5);
    }

    @Test
    void aTableSmallerThanKIsHandedToTheGateWhichRefusesIt() {
        var three = new Microdata(
                List.of(AGE, SEX),
                List.of(new String[] {"30", "男"}, new String[] {"31", "男"}, new String[] {"70", "女"}));
        var released = Deidentifier.deidentify(three, 5, 0.0);
        assertThatThrownBy(() -> KAnonymityGate.check(released.columns(), released.rows(), 5))
                .hasMessageContaining("低于 k = 5");
    }

    @Test
    void hierarchiesGeneraliseAsDocumented() {
        assertThat(Hierarchy.AGE.generalise("47", 1)).isEqualTo("45–49岁");
        assertThat(Hierarchy.AGE.generalise("47", 2)).isEqualTo("40–49岁");
        assertThat(Hierarchy.AGE.generalise("93", 2)).isEqualTo("90岁及以上");
        assertThat(Hierarchy.AGE.generalise("47", 4)).isEqualTo("*");
        assertThat(Hierarchy.BIRTH_DATE.generalise("1962-03-04", 1)).isEqualTo("1962年");
        assertThat(Hierarchy.BIRTH_DATE.generalise("1962-03-04", 2)).isEqualTo("1960–1964年");
        assertThat(Hierarchy.ADDRESS.generalise("城厢街道·人民路12号", 1)).isEqualTo("城厢街道");
        assertThat(Hierarchy.ADDRESS.generalise("城厢街道·人民路12号", 2)).isEqualTo("萧山区");
        assertThat(Hierarchy.DATE.generalise("2025-03-14", 1)).isEqualTo("2025年03月");
        assertThat(Hierarchy.DATE.generalise("2025-03-14", 2)).isEqualTo("2025年");
        assertThat(Hierarchy.SEX.generalise("男", 1)).isEqualTo("*");
        // never finer than the minimum release level
        assertThat(Hierarchy.AGE.minimumRelease()).isEqualTo(1);
        assertThat(Hierarchy.BIRTH_DATE.minimumRelease()).isEqualTo(1);
        assertThat(Hierarchy.ADDRESS.minimumRelease()).isEqualTo(1);
    }

    @Test
    void smallCellsAreSuppressedBelowTheThresholdAndShownAtIt() {
        var rows = new ArrayList<String[]>();
        for (int i = 0; i < 4; i++) {
            rows.add(new String[] {"瓜沥镇", "130"});
        }
        for (int i = 0; i < 5; i++) {
            rows.add(new String[] {"城厢街道", "140"});
        }
        var cells = Aggregates.compute(rows, new int[] {0}, 1, 5, null);
        assertThat(cells).hasSize(2);
        var city = cells.stream()
                .filter(c -> c.values().get(0).equals("城厢街道"))
                .findFirst()
                .orElseThrow();
        var guali = cells.stream()
                .filter(c -> c.values().get(0).equals("瓜沥镇"))
                .findFirst()
                .orElseThrow();
        assertThat(city.count()).isEqualTo(5L);
        assertThat(city.mean()).isEqualTo(140.0);
        assertThat(guali.suppressed()).isTrue();
        assertThat(guali.mean()).isNull();
    }

    @Test
    void laplaceNoiseHasTheScaleOfOneOverEpsilon() {
        var noise = new LaplaceNoise(0.5, new SplittableRandom(7));
        double sumAbs = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sumAbs += Math.abs(noise.draw());
        }
        // E|X| = b = 1/ε = 2
        assertThat(sumAbs / n).isBetween(1.95, 2.05);
        assertThat(noise.noisy(0)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void groupsCountEveryRowOnce() {
        var rows = new ArrayList<String[]>();
        var random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            rows.add(new String[] {String.valueOf(random.nextInt(20)), String.valueOf(random.nextInt(3))});
        }
        var groups = KAnonymity.groups(rows, new int[] {0, 1}, 5);
        assertThat(groups.groups()).isEqualTo(60);
        assertThat(java.util.Arrays.stream(groups.sizes())
                        .asLongStream()
                        .map(s -> 1)
                        .sum())
                .isEqualTo(10_000);
    }
}
