package org.regionalhealth.surveillance.channels;

/** One bad input row: its 1-based row (CSV: line number incl. header), the field and the message in Chinese. */
public record RowError(int row, String field, String message) {}
