package org.regionalhealth.outbound.kafka;

import java.time.Clock;
import org.regionalhealth.outbound.OutboundFacts;
import org.regionalhealth.outbound.OutboundProperties;
import org.regionalhealth.reviewcenter.PrescriptionReviewed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which facts go to Kafka, on which topic, under which key (docs/scale-out-events.md). Active only with
 * {@code rhp.outbound.kafka=true}, which also sets {@code spring.modulith.events.externalization.enabled}
 * ({@code application.yaml}): Spring Modulith then stores a publication for each selected event in the registry inside
 * the writing transaction, sends it after commit through the {@code KafkaTemplate} ({@code spring-modulith-events-kafka},
 * JSON) and completes the publication when the broker acknowledges.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("rhp.outbound.kafka")
class KafkaExternalisationConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(OutboundProperties properties) {
        return EventExternalizationConfiguration.externalizing()
                .select(OutboundFacts::externalised)
                // the pharmacist's free-text note stays inside (it may name the patient); codes and decision leave
                .mapping(PrescriptionReviewed.class, KafkaExternalisationConfiguration::withoutNote)
                .routeAll(event -> RoutingTarget.forTarget(
                                OutboundFacts.topicOf(properties.topicPrefix(), event.getClass()))
                        .andKey(OutboundFacts.keyOf(event).orElseThrow()))
                .build();
    }

    @Bean
    IncompletePublicationResubmission incompletePublicationResubmission(
            IncompleteEventPublications incomplete, OutboundProperties properties, Clock clock) {
        return new IncompletePublicationResubmission(incomplete, properties, clock);
    }

    static PrescriptionReviewed withoutNote(PrescriptionReviewed reviewed) {
        return new PrescriptionReviewed(
                reviewed.prescriptionId(),
                reviewed.revision(),
                reviewed.decision(),
                reviewed.reasonCodes(),
                null,
                reviewed.actor());
    }
}
