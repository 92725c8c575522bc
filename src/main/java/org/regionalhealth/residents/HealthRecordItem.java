package org.regionalhealth.residents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link HealthRecordPart}, already labelled (no codes or enum names: a resident reads it).
 *
 * @param date when it happened or is due, shown as Chinese clinics write dates
 * @param title what it is (for example 乙肝疫苗 第2剂)
 * @param detail one line of detail (place, dose, result)
 * @param status a short state (已完成, 待接种, 逾期) or {@code null}
 * @param href a page with the entry, or {@code null}
 */
public record HealthRecordItem(
        @Nullable LocalDate date, String title, String detail, @Nullable String status, @Nullable String href) {}
