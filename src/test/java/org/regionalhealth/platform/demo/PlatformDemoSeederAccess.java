package org.regionalhealth.platform.demo;

import java.nio.file.Path;
import org.regionalhealth.platform.PlatformProperties;

/** Where the demo HIS client's private key is, for tests in other packages. */
public final class PlatformDemoSeederAccess {

    private PlatformDemoSeederAccess() {}

    public static Path keyFile(PlatformProperties properties) {
        return PlatformDemoSeeder.keyFileOf(properties);
    }
}
