package org.regionalhealth.drugs.ask;

import org.regionalhealth.drugs.search.DrugCatalogue;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.semantic.Embeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The digital pharmacist (AI数智人药师): validated questions answered from the current catalogue state. */
@Service
public class DrugAssistant {

    private static final Logger log = LoggerFactory.getLogger(DrugAssistant.class);

    private final DrugCatalogue catalogue;
    private final DrugQuestions questions;
    private final Rephraser rephraser;
    private final AssistantProperties properties;

    DrugAssistant(DrugCatalogue catalogue, AssistantProperties properties, Embeddings embeddings) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.questions = new DrugQuestions(embeddings);
        this.rephraser = properties.llmEnabled() && properties.llmEndpoint() != null
                ? new Rephraser(
                        Rephraser.openAi(
                                properties.llmEndpoint(),
                                properties.llmModel(),
                                properties.llmApiKey(),
                                properties.llmTimeout()),
                        properties.llmTimeout(),
                        text -> catalogue.state().index().mentions(text))
                : null;
    }

    /** Embeds the common passages in the background once the application is ready (when configured). */
    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        if (!properties.preindex()) {
            return;
        }
        var thread = new Thread(
                () -> {
                    long started = System.nanoTime();
                    var state = catalogue.state();
                    questions.prepare(state.index(), state.labels());
                    log.info(
                            "Drug assistant: passages of common generics and classes embedded in {} ms",
                            (System.nanoTime() - started) / 1_000_000);
                },
                "drug-assistant-preindex");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The number the pharmacist button calls. */
    public String pharmacistPhone() {
        return properties.pharmacistPhone();
    }

    public Answer ask(String question) {
        if (question == null || question.isBlank()) {
            throw PlatformException.invalidField("DRUG_QUESTION_EMPTY", "q", "请输入您的问题，例如“布洛芬孕妇能吃吗”");
        }
        if (question.length() > DrugQuestions.MAX_QUESTION_LENGTH) {
            throw PlatformException.invalidField(
                    "DRUG_QUESTION_TOO_LONG", "q", "问题不能超过" + DrugQuestions.MAX_QUESTION_LENGTH + "个字");
        }
        var state = catalogue.state();
        var answer = questions.ask(question, state.index(), state.labels());
        if (rephraser == null) {
            return answer;
        }
        return rephraser.rephrase(answer).map(answer::withRephrased).orElse(answer);
    }
}
