package org.regionalhealth.weight.food;

/**
 * A food or dish of the table ({@code weight/foods.csv}): energy and macronutrients per 100 g edible portion and one
 * typical portion.
 *
 * @param portionUnit 碗, 个, 两, 份, 杯 …
 * @param portionGrams grams of one such portion
 * @param source where the row's figures come from
 */
public record Food(
        String code,
        String name,
        String aliases,
        String category,
        double kcalPer100g,
        double proteinPer100g,
        double fatPer100g,
        double carbohydratePer100g,
        String portionUnit,
        int portionGrams,
        String source) {

    public double kcal(double grams) {
        return kcalPer100g * grams / 100.0;
    }

    /** 1碗（150克） */
    public String portionText() {
        return "1" + portionUnit + "（约" + portionGrams + "克）";
    }
}
