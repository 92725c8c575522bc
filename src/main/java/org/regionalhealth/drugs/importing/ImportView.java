package org.regionalhealth.drugs.importing;

import java.util.List;

/** An import's progress as the API shows it. */
record ImportView(
        long id,
        String fileName,
        String format,
        String phase,
        int total,
        int validated,
        int stored,
        int percent,
        int invalidRows,
        List<String> errors,
        String message,
        boolean finished) {

    static ImportView of(ImportJob j) {
        return new ImportView(
                j.id(),
                j.fileName(),
                j.format(),
                j.phase().name().toLowerCase(),
                j.total(),
                j.validated(),
                j.stored(),
                j.percent(),
                j.invalidRows(),
                j.errors(),
                j.message(),
                j.finished());
    }
}
