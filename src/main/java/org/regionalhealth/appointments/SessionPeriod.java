package org.regionalhealth.appointments;

import java.time.LocalTime;

/** 出诊时段: the half-days of an outpatient clinic, the evening clinic and the 24-hour emergency session. */
public enum SessionPeriod {
    MORNING(LocalTime.of(8, 0), LocalTime.of(11, 30)),
    AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 0)),
    EVENING(LocalTime.of(18, 0), LocalTime.of(21, 0)),
    EMERGENCY(LocalTime.of(0, 0), LocalTime.of(23, 59));

    private final LocalTime start;
    private final LocalTime end;

    SessionPeriod(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }
}
