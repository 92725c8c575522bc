package org.regionalhealth.platform;

/**
 * A module's demo data (docs/adr/0011-platform-conventions.md). Each module that has demo data declares one bean of
 * this type, kept in its {@code demo} sub-package; module {@code demo}, the outermost module, calls every seeder once
 * at start in the order of module dependencies (a module's seeder runs after the seeders of the modules it depends
 * on), so no seeder carries an ordering number. A seeder writes through its module's own writers and transition
 * functions, never through a copy of the domain, and is idempotent: it returns at once when its data are there.
 */
public interface DemoSeeder {

    /** Writes the module's demo data if they are not there yet. */
    void seed(DemoSettings settings);
}
