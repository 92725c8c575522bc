package org.regionalhealth.weight.exercise;

import java.time.LocalDate;

public record ExerciseEntry(
        long id, LocalDate day, String activityCode, String activityName, int minutes, double met, int kcal) {}
