package org.regionalhealth.weight.coach;

/** A short paraphrased passage of the national guidance with its source ({@code weight/guidance.csv}). */
public record Passage(String id, String topic, String text, String source) {}
