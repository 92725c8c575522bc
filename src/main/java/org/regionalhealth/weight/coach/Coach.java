package org.regionalhealth.weight.coach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.semantic.Embeddings;
import org.regionalhealth.semantic.SemanticIndex;
import org.regionalhealth.weight.RedFlag;
import org.regionalhealth.weight.WeightProperties;
import org.regionalhealth.weight.alerts.Alerts;
import org.regionalhealth.weight.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 萧慧减 coach: answers only with passages of the national guidance retrieved by meaning (module
 * {@code semantic}, bge-small-zh), each with its source, never with generated advice. Below the threshold it says the
 * guidance has no answer and offers the family doctor. A question that shows a red flag (pregnancy, insulin with
 * cutting food, binge eating or purging, losing fast) is not answered: it goes to the family doctor's worklist.
 */
@Component
public class Coach {

    private static final Logger log = LoggerFactory.getLogger(Coach.class);

    /** Red flags in a question, by words a resident uses (checked before retrieval). */
    static final List<Object[]> RED_FLAG_WORDS = List.of(
            new Object[] {RedFlag.PREGNANCY, Pattern.compile("怀孕|孕期|孕妇|怀了|备孕中.*减")},
            new Object[] {
                RedFlag.INSULIN_SHARP_CUT,
                Pattern.compile("(胰岛素|格列|降糖药).*(节食|不吃|少吃|断食|饿)|(节食|不吃|少吃|断食|饿).*(胰岛素|格列|降糖药)")
            },
            new Object[] {RedFlag.EATING_DISORDER, Pattern.compile("催吐|抠喉|暴食|控制不住.*吃|吃完.*吐")},
            new Object[] {
                RedFlag.RAPID_LOSS, Pattern.compile("(一周|一个星期|每周|七天).*(瘦|减|掉)了?.*([3-9]|[1-9][0-9])\\s*(斤|公斤|kg)")
            });

    private final Embeddings embeddings;
    private final WeightProperties properties;
    private final Plans plans;
    private final Alerts alerts;
    private final AuditLog audit;
    private final Clock clock;
    private final List<Passage> passages = load();
    private volatile SemanticIndex<Passage> index;

    Coach(Embeddings embeddings, WeightProperties properties, Plans plans, Alerts alerts, AuditLog audit, Clock clock) {
        this.embeddings = embeddings;
        this.properties = properties;
        this.plans = plans;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    static List<Passage> load() {
        var out = new ArrayList<Passage>();
        try (var in = Coach.class.getResourceAsStream("/weight/guidance.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.split("\\|", 4);
                    out.add(new Passage(f[0], f[1], f[2], f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    public List<Passage> passages() {
        return passages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void preindex() {
        if (properties.preindex()) {
            var thread = new Thread(
                    () -> {
                        try {
                            index();
                        } catch (RuntimeException e) {
                            log.warn("Weight coach passages not indexed in the background: {}", e.toString());
                        }
                    },
                    "weight-coach-index");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private SemanticIndex<Passage> index() {
        var current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    var builder = SemanticIndex.<Passage>builder(embeddings);
                    // the topic in front gives the short passages their subject
                    passages.forEach(p -> builder.add(p.id(), p.topic() + "：" + p.text(), p));
                    current = builder.build();
                    index = current;
                }
            }
        }
        return current;
    }

    /** The passages for a question, without red-flag routing (for tests and the threshold study). */
    public List<CoachAnswer.Scored> retrieve(String question) {
        return index().nearest(question, properties.coachPassages()).stream()
                .filter(m -> m.score() >= properties.coachThreshold())
                .map(m -> new CoachAnswer.Scored(m.payload(), m.score()))
                .toList();
    }

    static Optional<RedFlag> redFlagIn(String question) {
        for (Object[] rule : RED_FLAG_WORDS) {
            if (((Pattern) rule[1]).matcher(question).find()) {
                return Optional.of((RedFlag) rule[0]);
            }
        }
        return Optional.empty();
    }

    /** Answers the current resident's question; a red flag goes to the family doctor. */
    @Transactional
    public CoachAnswer ask(String question, CurrentUser user) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.length() > 200) {
            throw PlatformException.invalidField(
                    "WEIGHT_INVALID_QUESTION", "question", "请用一句话描述您的问题（200字以内），例如“每天吃多少盐合适？”");
        }
        long residentId = Plans.ownResident(user);
        var flag = redFlagIn(q);
        if (flag.isPresent()) {
            var plan = plans.of(residentId);
            String unitPath = plan.map(p -> p.unitPath()).orElse(user.scope().unitPath());
            alerts.raise(residentId, unitPath, flag.get(), "居民向萧慧减提问：“" + q + "”", LocalDate.now(clock));
            audit.record(AuditLog.Action.CREATE, "weight_alert", List.of(residentId), "weight coach red flag");
            return new CoachAnswer(q, List.of(), flag.get());
        }
        return new CoachAnswer(q, retrieve(q), null);
    }
}
