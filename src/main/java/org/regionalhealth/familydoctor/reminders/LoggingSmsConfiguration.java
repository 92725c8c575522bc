package org.regionalhealth.familydoctor.reminders;

import java.util.concurrent.atomic.AtomicLong;
import org.regionalhealth.residents.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link SmsPort}: logs the message with the phone number masked, sends nothing. */
@Configuration(proxyBeanMethods = false)
class LoggingSmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(SmsPort.class)
    SmsPort loggingSms() {
        var ids = new AtomicLong();
        return (phone, text) -> {
            String id = "log-" + ids.incrementAndGet();
            log.info("SMS {} to {}: {}", id, Masking.phone(phone), text);
            return id;
        };
    }
}
