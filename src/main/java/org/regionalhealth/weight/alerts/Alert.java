package org.regionalhealth.weight.alerts;

import java.time.LocalDate;
import org.regionalhealth.weight.RedFlag;

/** An open red flag as the family doctor sees it (name masked by the reader's disclosure). */
public record Alert(
        long id, long residentId, String name, String sex, int age, RedFlag flag, String reason, LocalDate raisedOn) {}
