package org.regionalhealth.vaccination.campaign;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation outbox once a minute ({@code rhp.vaccination.sms-cron}), at most
 * {@code rhp.vaccination.sms-per-minute} messages per run: the gateway's rate limit holds however many are queued.
 */
@Component
class InvitationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InvitationDispatcher.class);

    private final Campaigns campaigns;

    InvitationDispatcher(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(cron = "${rhp.vaccination.sms-cron:0 * * * * *}", zone = "${rhp.platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "vaccination.sms-invitations", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void sendOneMinute() {
        int sent = campaigns.dispatchOneMinute();
        if (sent > 0) {
            log.info("Vaccination invitations handed to the SMS gateway: {}", sent);
        }
    }
}
