package org.regionalhealth.healthcity;

/** An uploaded evidence file (statistical report, monitoring bulletin, scan of a signed table). */
public record EvidenceFile(String fileName, String contentType, byte[] content) {}
