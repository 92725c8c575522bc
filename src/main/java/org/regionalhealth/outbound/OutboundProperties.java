package org.regionalhealth.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of event externalisation (docs/scale-out-events.md).
 *
 * @param kafka the one switch: {@code true} externalises the facts listed in {@code OutboundFacts} to Kafka (the
 *     broker is {@code spring.kafka.bootstrap-servers}, default {@code localhost:9092}); {@code false} (default) sends
 *     nothing and needs no broker
 * @param topicPrefix first segment of every topic: {@code <prefix>.<module>.<event-in-kebab-case>}, e.g.
 *     {@code rhp.reviewcenter.prescription-screened}; a district installation may set its own ({@code zj-xiaoshan})
 * @param resubmitAfter a publication still incomplete this long after it was made (broker down, process stopped before
 *     the acknowledgement) is sent again
 * @param resubmitEvery how often the resubmission runs ({@code "-"}-like values are not accepted: a non-positive
 *     duration disables it)
 */
@ConfigurationProperties("rhp.outbound")
public record OutboundProperties(
        @DefaultValue("false") boolean kafka,
        @DefaultValue("rhp") String topicPrefix,
        @DefaultValue("PT5M") Duration resubmitAfter,
        @DefaultValue("PT1M") Duration resubmitEvery) {}
