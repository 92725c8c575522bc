package org.regionalhealth.platform.time;

import java.time.Clock;
import org.regionalhealth.platform.PlatformProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the platform (docs/adr/0011-platform-conventions.md): the system clock in the district's zone.
 * Modules inject {@link Clock} and ask it for "now" and "today" ({@code LocalDate.now(clock)}), so a test can move
 * time by declaring its own {@code Clock} bean, and no code depends on the JVM's default zone.
 */
@Configuration(proxyBeanMethods = false)
class DistrictClockConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock districtClock(PlatformProperties properties) {
        return Clock.system(properties.zone());
    }
}
