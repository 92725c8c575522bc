package org.regionalhealth.vaccination.campaign;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.regionalhealth.residents.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default {@link SmsSender}: a simulated gateway that logs the message with the number masked and sends nothing
 * out of the machine. Like a real gateway it refuses a number that is not a mainland mobile number (11 digits
 * starting 13–19), so failures show on the campaign page.
 */
@Configuration(proxyBeanMethods = false)
class SimulatedSmsSender {

    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsSender.class);

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender simulatedVaccinationSms() {
        var ids = new AtomicLong();
        return (phone, text) -> {
            if (phone == null || !MOBILE.matcher(phone).matches()) {
                return SmsSender.Result.failed("号码不是有效的手机号码");
            }
            String id = "sim-" + ids.incrementAndGet();
            log.debug("Vaccination SMS {} to {}: {}", id, Masking.phone(phone), text);
            return SmsSender.Result.sent(id);
        };
    }
}
