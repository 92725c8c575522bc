package org.regionalhealth.weight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.weight.exercise.Activities;
import org.regionalhealth.weight.food.Food;
import org.regionalhealth.weight.food.FoodTable;

/** The food and activity tables: size, sources, plausible figures and search by name, pinyin and initials. */
class WeightFoodTableTests {

    private final FoodTable foods = FoodTable.standard();

    @Test
    void atLeast150FoodsEachWithSourcePortionAndPlausibleFigures() {
        assertThat(foods.size()).isGreaterThanOrEqualTo(150);
        for (Food f : foods.all()) {
            assertThat(f.source()).as(f.name()).isNotBlank();
            assertThat(f.portionUnit()).as(f.name()).isNotBlank();
            assertThat(f.portionGrams()).as(f.name()).isBetween(1, 600);
            assertThat(f.kcalPer100g()).as(f.name()).isBetween(0.0, 900.0);
            // energy from the macros (4/9/4 kcal per g) within reason of the stated energy (alcohol has none of them)
            double fromMacros = 4 * f.proteinPer100g() + 9 * f.fatPer100g() + 4 * f.carbohydratePer100g();
            if (!f.name().contains("酒")) {
                assertThat(Math.abs(fromMacros - f.kcalPer100g()))
                        .as(f.name() + " macros " + fromMacros)
                        .isLessThanOrEqualTo(Math.max(25, f.kcalPer100g() * 0.2));
            }
        }
    }

    @Test
    void searchByNamePinyinAndInitials() {
        assertThat(foods.search("鸡蛋", 5)).extracting(Food::name).first().isEqualTo("鸡蛋（煮）");
        assertThat(foods.search("jidan", 5)).extracting(Food::name).contains("鸡蛋（煮）");
        assertThat(foods.search("jd", 10)).extracting(Food::name).contains("鸡蛋（煮）");
        assertThat(foods.search("baizhou", 5)).extracting(Food::name).containsExactly("白粥");
        assertThat(foods.search("mantou", 5)).extracting(Food::name).first().isEqualTo("馒头");
        assertThat(foods.search("西红柿炒鸡蛋", 5)).extracting(Food::name).first().isEqualTo("番茄炒蛋");
        assertThat(foods.search("DOUJIANG", 5)).extracting(Food::name).contains("豆浆");
        assertThat(foods.search("pianerchuan", 5)).extracting(Food::name).contains("片儿川（含汤）");
        assertThat(foods.search("", 5)).isEmpty();
        assertThat(foods.search("zzzz", 5)).isEmpty();
    }

    @Test
    void activitiesCarryCompendiumMetsAndEnergyIsMetTimesKgTimesHours() {
        var brisk = Activities.standard().find("A03").orElseThrow();
        assertThat(brisk.name()).isEqualTo("快走");
        assertThat(brisk.met()).isEqualTo(4.3);
        assertThat(brisk.compendiumCode()).isEqualTo("17200");
        // 4.3 × 70 kg × 0.5 h = 150.5 → 151
        assertThat(brisk.kcal(30, 70)).isEqualTo(151);
        assertThat(brisk.moderateOrVigorous()).isTrue();
        assertThat(Activities.standard().find("A19").orElseThrow().moderateOrVigorous())
                .isFalse(); // yoga 2.5
        assertThat(Activities.standard().all())
                .allSatisfy(a -> assertThat(a.source()).contains("Compendium"));
    }
}
