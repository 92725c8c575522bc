package org.regionalhealth.healthcity.catalogue;

import java.util.List;

/** Test access to the package-private catalogue file reader. */
public final class CatalogueFileProbe {

    private CatalogueFileProbe() {}

    public static List<CatalogueFile.Row> rows() {
        return CatalogueFile.read();
    }
}
