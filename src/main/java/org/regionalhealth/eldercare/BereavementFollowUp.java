package org.regionalhealth.eldercare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A planned contact with the bereaved family (居丧随访) after a hospice patient's death. */
public record BereavementFollowUp(
        long id,
        long patientId,
        LocalDate dueOn,
        @Nullable LocalDate doneOn,
        @Nullable String contact,
        @Nullable String note) {}
