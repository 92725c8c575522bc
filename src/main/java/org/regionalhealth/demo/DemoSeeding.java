package org.regionalhealth.demo;

import java.util.List;
import org.regionalhealth.platform.DemoSeeder;
import org.regionalhealth.platform.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.runtime.ApplicationModulesRuntime;
import org.springframework.stereotype.Component;

/**
 * Calls every module's {@link DemoSeeder} once at start, in the order of module dependencies that Spring Modulith
 * computes from the code (docs/adr/0011-platform-conventions.md): a seeder runs after those of the modules its module
 * depends on, so adding a module needs no ordering number and no change here.
 */
@Component
@ConditionalOnProperty(name = "rhp.demo.enabled", havingValue = "true")
class DemoSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final DemoProperties properties;
    private final List<DemoSeeder> seeders;
    private final ApplicationModulesRuntime modules;

    DemoSeeding(DemoProperties properties, List<DemoSeeder> seeders, ApplicationModulesRuntime modules) {
        this.properties = properties;
        this.seeders = seeders;
        this.modules = modules;
    }

    @Override
    public void run(ApplicationArguments args) {
        var settings = new DemoSettings(
                properties.scale() == DemoProperties.Scale.FULL, properties.seed(), properties.residentCount());
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
