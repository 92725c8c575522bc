package org.regionalhealth.drugs.ask;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the optional language model that may rephrase an answer (issue 8 §5). Off by default: answers are then
 * the quoted sections only.
 *
 * @param llmEnabled call the model at all
 * @param llmEndpoint base URL of an OpenAI-compatible API (the service posts to {@code /v1/chat/completions})
 * @param llmModel model name sent to the endpoint
 * @param llmApiKey bearer token, from the environment ({@code RHP_DRUGS_ASSISTANT_LLM_API_KEY}), never in files
 * @param llmTimeout how long an answer may wait for the model before the quoted answer is used
 * @param preindex embed the passages of the common generics and the class facts in the background when the
 *     application is ready (about 10 s of one core), so that first questions do not wait for them
 * @param pharmacistPhone the number the "咨询药师" button calls (default 12320, the public health hotline; a district
 *     sets its pharmacy service line)
 */
@ConfigurationProperties("rhp.drugs.assistant")
public record AssistantProperties(
        @DefaultValue("false") boolean llmEnabled,
        URI llmEndpoint,
        @DefaultValue("gpt-4o-mini") String llmModel,
        String llmApiKey,
        @DefaultValue("3s") Duration llmTimeout,
        @DefaultValue("true") boolean preindex,
        @DefaultValue("12320") String pharmacistPhone) {}
