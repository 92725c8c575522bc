package org.regionalhealth.healthcity;

import java.util.Map;

/**
 * A department's values for one indicator and year, as typed: each town's raw text, checked on its field.
 *
 * @param values town code → the value as typed
 */
public record NewSubmission(String code, int year, Map<String, String> values, String note) {}
