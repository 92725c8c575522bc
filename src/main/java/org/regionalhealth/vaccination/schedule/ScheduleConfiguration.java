package org.regionalhealth.vaccination.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    @Bean
    ScheduleEngine scheduleEngine() {
        return new ScheduleEngine(ScheduleRules.standard());
    }
}
