package org.regionalhealth.weight.diary;

import java.time.LocalDate;

/** One logged food. */
public record MealEntry(
        long id,
        LocalDate day,
        Meal meal,
        String foodCode,
        String foodName,
        double grams,
        double kcal,
        double proteinG,
        double fatG,
        double carbohydrateG) {}
