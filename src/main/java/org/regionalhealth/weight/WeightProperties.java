package org.regionalhealth.weight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 萧慧减.
 *
 * @param coachThreshold the lowest cosine score of a guidance passage the coach answers from; below it the coach says
 *     it has no answer in the guidance and offers the family doctor (bge-small-zh scores: same topic 0.55–0.75,
 *     docs/semantic-service.md; tuned on docs/weight.md's examples)
 * @param coachPassages how many passages an answer shows at most
 * @param preindex embed the guidance passages in the background when the application is ready (off in tests: the
 *     first question embeds them)
 * @param demoShare share of the demo district's adults (18–74) enrolled by the demo seeder
 * @param demoMaxEnrolled at most this many demo enrolments (the 3,000-resident demo: a few hundred; tests: a handful)
 * @param demoWeeks weeks of diet log, check-ins and weigh-ins the demo writes for each enrolled resident
 */
@ConfigurationProperties("rhp.weight")
public record WeightProperties(
        @DefaultValue("0.6") double coachThreshold,
        @DefaultValue("3") int coachPassages,
        @DefaultValue("true") boolean preindex,
        @DefaultValue("0.15") double demoShare,
        @DefaultValue("3000") int demoMaxEnrolled,
        @DefaultValue("12") int demoWeeks) {}
