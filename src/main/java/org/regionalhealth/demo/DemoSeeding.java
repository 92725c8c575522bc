package org.regionalhealth.demo;

import java.util.List;
import org.regionalhealth.demo.district.DemoDistrictGenerator;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.runtime.ApplicationModulesRuntime;
import org.springframework.stereotype.Component;

/**
 * Writes the demo data at start (docs/adr/0011-platform-conventions.md): first the district skeleton that every
 * module's data stand on (units, staff, residents, demo accounts: {@link DemoDistrictGenerator}), then every module's
 * {@link DemoSeeder} once, in the order of module dependencies that Spring Modulith computes from the code: a seeder
 * runs after those of the modules its module depends on, so adding a module needs no ordering number and no change
 * here.
 *
 * <p>The one ordered runner of the demo: it runs before every other {@link ApplicationRunner} (the first-administrator
 * check, runners not yet converted to seeders), so they all find the demo data in place.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoProperties properties;
    private final DemoDistrictGenerator district;
    private final List<DemoSeeder> seeders;
    private final ApplicationModulesRuntime modules;

    DemoSeeding(
            DemoProperties properties,
            DemoDistrictGenerator district,
            List<DemoSeeder> seeders,
            ApplicationModulesRuntime modules) {
        this.properties = properties;
        this.district = district;
        this.seeders = seeders;
        this.modules = modules;
    }

    @Override
    public void run(ApplicationArguments args) {
        var settings = new DemoSettings(
                properties.scale() == DemoProperties.Scale.FULL, properties.seed(), properties.residentCount());
        district.generate(settings);
        for (var seeder : inDependencyOrder()) {
            long started = System.nanoTime();
            seeder.seed(settings);
            log.info(
                    "Demo data of {} ready in {} ms",
                    seeder.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    List<DemoSeeder> inDependencyOrder() {
        return seeders.stream().sorted(modules.get().getComparator()).toList();
    }
}
