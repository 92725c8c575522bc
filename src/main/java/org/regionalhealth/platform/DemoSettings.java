package org.regionalhealth.platform;

/**
 * What every module's {@link DemoSeeder} needs to know about the demo district, passed to it by module {@code demo}
 * (which binds {@code rhp.demo.*}); module-specific sizes stay in the module's own properties.
 *
 * @param fullScale {@code true} for Xiaoshan's 2,000,000 residents, {@code false} for the small demo
 * @param seed the random seed: the same seed gives the same data
 * @param residents the number of residents the district was generated with
 */
public record DemoSettings(boolean fullScale, long seed, int residents) {

    /** The published password of every demo account (README); a seeder creates its module's demo accounts with it. */
    public static final String DEMO_PASSWORD = "Demo@2026";
}
