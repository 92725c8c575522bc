package org.regionalhealth.outbound.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.regionalhealth.emergency.CardiacArrestRegistered;
import org.regionalhealth.outbound.OutboundFacts;
import org.regionalhealth.outbound.OutboundProperties;
import org.regionalhealth.reviewcenter.PrescriptionReviewed;
import org.regionalhealth.reviewcenter.PrescriptionScreened;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.vaccination.VaccinationGiven;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts leave the process through a real Kafka broker (embedded KRaft, in this JVM) after commit, from the event
 * publication registry on a real PostgreSQL: every committed fact arrives once, a rolled-back transaction publishes
 * nothing, an unacknowledged publication is sent again by the resubmission. A small context of its own (registry,
 * Kafka, the externalisation configuration), not the shared platform context: it starts in seconds.
 */
@SpringBootTest(
        classes = KafkaExternalisationTests.OutboundOnly.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "rhp.outbound.kafka=true",
            "rhp.outbound.resubmit-after=PT0S",
            "spring.flyway.enabled=false",
            "spring.modulith.runtime.flyway-enabled=false",
            "spring.modulith.events.republish-outstanding-events-on-restart=false"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {
            "rhp.reviewcenter.prescription-screened",
            "rhp.reviewcenter.prescription-reviewed",
            "rhp.vaccination.vaccination-given",
            "rhp.emergency.cardiac-arrest-registered"
        },
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class KafkaExternalisationTests {

    private static final EmbeddedPostgres POSTGRES = startPostgres();

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        POSTGRES.close();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(
            exclude = FlywayAutoConfiguration.class,
            // the module runtime looks for the application class; this context has none and needs no modules
            excludeName = "org.springframework.modulith.runtime.autoconfigure.SpringModulithRuntimeAutoConfiguration")
    @EnableConfigurationProperties(OutboundProperties.class)
    @Import(KafkaExternalisationConfiguration.class)
    static class OutboundOnly {
        @Bean
        Clock clock() {
            return Clock.system(ZoneOffset.ofHours(8));
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    IncompletePublicationResubmission resubmission;

    @Test
    void everyCommittedFactArrivesOnceAndNothingOfARollback() {
        try (Consumer<String, String> consumer = consumer()) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(new PrescriptionScreened(
                        1001L, 7L, "RX-1001", 1, Verdict.Status.SCREENED, Action.PHARMACIST_REVIEW, Tier.T3));
                events.publishEvent(new VaccinationGiven(
                        2001L, 88L, "HepB", List.of("HepB-1"), LocalDate.of(2026, 3, 2), 5L, "LOT-9", null));
                events.publishEvent("a fact nobody outside needs");
            });
            transactions.executeWithoutResult(status -> events.publishEvent(new CardiacArrestRegistered(
                    3001L, "330109001", Instant.parse("2026-03-02T01:00:00Z"), true, true, false, false)));
            transactions.executeWithoutResult(status -> events.publishEvent(new PrescriptionReviewed(
                    1001L, 1, PrescriptionReviewed.Decision.RETURNED, List.of("DOSE"), "张三 剂量过大", "pharmacist")));
            transactions.executeWithoutResult(status -> {
                events.publishEvent(
                        new PrescriptionScreened(9999L, 7L, "RX-9999", 1, Verdict.Status.SCREENED, Action.PASS, null));
                events.publishEvent(new CardiacArrestRegistered(
                        9998L, "330109001", Instant.parse("2026-03-02T02:00:00Z"), false, false, false, false));
                status.setRollbackOnly();
            });

            List<ConsumerRecord<String, String>> received = poll(consumer, 4, Duration.ofSeconds(30));
            // anything sent twice would have arrived by now as well
            received.addAll(poll(consumer, Integer.MAX_VALUE, Duration.ofSeconds(2)));

            assertThat(received)
                    .extracting(r -> r.topic() + "/" + r.key())
                    .containsExactlyInAnyOrder(
                            "rhp.reviewcenter.prescription-screened/1001",
                            "rhp.vaccination.vaccination-given/2001",
                            "rhp.emergency.cardiac-arrest-registered/3001",
                            "rhp.reviewcenter.prescription-reviewed/1001");
            String reviewed = received.stream()
                    .filter(r -> r.topic().endsWith("prescription-reviewed"))
                    .findFirst()
                    .orElseThrow()
                    .value();
            assertThat(reviewed).contains("\"decision\":\"RETURNED\"").doesNotContain("张三");
            String vaccination = received.stream()
                    .filter(r -> r.topic().endsWith("vaccination-given"))
                    .findFirst()
                    .orElseThrow()
                    .value();
            assertThat(vaccination).contains("\"recordId\":2001").contains("\"product\":\"HepB\"");

            // the registry holds the four publications, completed on the broker's acknowledgement
            awaitNoIncompletePublications();
            assertThat(jdbc.sql("select count(*) from event_publication"
                                    + " where serialized_event like '%9999%' or serialized_event like '%9998%'")
                            .query(Long.class)
                            .single())
                    .isZero();

            // a publication the broker never acknowledged (here: made incomplete again) is sent again
            jdbc.sql("update event_publication set completion_date = null, status = 'FAILED'" + " where event_type = ?")
                    .param(VaccinationGiven.class.getName())
                    .update();
            assertThat(resubmission.resubmit()).isEqualTo(1);
            assertThat(poll(consumer, 1, Duration.ofSeconds(30)))
                    .extracting(r -> r.topic() + "/" + r.key())
                    .containsExactly("rhp.vaccination.vaccination-given/2001");
            awaitNoIncompletePublications();
        }
    }

    @Test
    void everyExternalisedFactHasATopicAndAKey() {
        assertThat(OutboundFacts.types()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(OutboundFacts.topicOf("rhp", CardiacArrestRegistered.class))
                .isEqualTo("rhp.emergency.cardiac-arrest-registered");
        assertThat(OutboundFacts.topicOf("zj-xiaoshan", PrescriptionScreened.class))
                .isEqualTo("zj-xiaoshan.reviewcenter.prescription-screened");
        assertThat(OutboundFacts.externalised("not a fact")).isFalse();
    }

    private Consumer<String, String> consumer() {
        Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                        Map.<String, Object>of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                                ConsumerConfig.GROUP_ID_CONFIG, "outbound-test",
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                        new StringDeserializer(),
                        new StringDeserializer())
                .createConsumer();
        broker.consumeFromAllEmbeddedTopics(consumer);
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> poll(
            Consumer<String, String> consumer, int atLeast, Duration within) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (records.size() < atLeast && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private void awaitNoIncompletePublications() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long open;
        do {
            open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class)
                    .single();
        } while (open > 0 && System.nanoTime() < deadline && pause());
        assertThat(open).as("incomplete publications").isZero();
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
