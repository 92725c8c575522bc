package org.regionalhealth.drugs.ask;

import org.regionalhealth.drugs.search.DrugCatalogue;
import org.regionalhealth.platform.PlatformException;
import org.springframework.stereotype.Service;

/** The digital pharmacist (AI数智人药师): validated questions answered from the current catalogue state. */
@Service
public class DrugAssistant {

    private final DrugCatalogue catalogue;
    private final DrugQuestions questions = new DrugQuestions();
    private final Rephraser rephraser;

    DrugAssistant(DrugCatalogue catalogue, AssistantProperties properties) {
        this.catalogue = catalogue;
        this.rephraser = properties.llmEnabled() && properties.llmEndpoint() != null
                ? new Rephraser(
                        properties.llmEndpoint(),
                        properties.llmModel(),
                        properties.llmApiKey(),
                        properties.llmTimeout())
                : null;
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
