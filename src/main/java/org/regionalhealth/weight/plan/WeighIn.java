package org.regionalhealth.weight.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record WeighIn(LocalDate day, double weightKg, @Nullable Double waistCm) {}
