package org.regionalhealth.familydoctor.keygroups;

/**
 * One rule deriving members of a key group, with its source. {@code select} yields
 * {@code resident_id, effective_from, effective_to} for the residents the rule places in the group on {@code :day}.
 */
public record KeyGroupRule(String id, KeyGroup group, String source, String select) {}
