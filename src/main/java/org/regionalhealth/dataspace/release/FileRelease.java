package org.regionalhealth.dataspace.release;

import java.util.List;
import java.util.Map;

/**
 * A de-identified file that passed the gate.
 *
 * @param fileName the Chinese file name of the download
 * @param csv UTF-8 with a byte-order mark (opens in Excel)
 * @param levels the generalisation level of each quasi-identifier, in words
 */
public record FileRelease(
        long releaseId,
        String fileName,
        byte[] csv,
        int rows,
        int suppressed,
        int smallest,
        int k,
        List<String> headers,
        Map<String, String> levels) {}
