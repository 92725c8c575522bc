package org.regionalhealth.drugs.ask;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks an OpenAI-compatible chat endpoint to rephrase a quoted answer in plainer Chinese, from the quoted sections
 * only, and accepts the result only if it adds nothing checkable: every number in it must occur in the quotes, every
 * drug named in the answer must still be named, and it may not be more than twice as long. Anything else — a new
 * number, a missing drug, an error, a timeout — and the quoted answer is used unchanged. Referrals and answers
 * without quotes are never sent.
 */
public final class Rephraser {

    private static final Logger log = LoggerFactory.getLogger(Rephraser.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    static final String INSTRUCTION = "你是药师助理。请把下面摘自药品说明书和药品知识库的内容，改写成普通居民容易理解的简体中文。"
            + "只能使用给出的内容，不得增加任何新的事实、数字、药品、剂量或建议，不得删除禁用、慎用等限制，保留药品名称。"
            + "只输出改写后的文字。";

    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    public Rephraser(URI endpoint, String model, String apiKey, Duration timeout) {
        this.endpoint = endpoint;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The rephrased answer, or empty when it was not asked, failed, or did not pass the checks. */
    public Optional<String> rephrase(Answer answer) {
        if (answer.referral() || answer.quotes().isEmpty()) {
            return Optional.empty();
        }
        var quoted = new StringBuilder();
        answer.quotes()
                .forEach(q ->
                        quoted.append(q.titleZh()).append("：").append(q.text()).append('\n'));
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("model", model);
            body.put("temperature", 0);
            var messages = body.putArray("messages");
            messages.addObject().put("role", "system").put("content", INSTRUCTION);
            messages.addObject()
                    .put("role", "user")
                    .put("content", "问题：" + answer.question() + "\n内容：\n" + answer.answer());
            var request = HttpRequest.newBuilder(endpoint.resolve("/v1/chat/completions"))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (apiKey != null && !apiKey.isBlank()) {
                request.header("Authorization", "Bearer " + apiKey);
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("language model answered HTTP {}; using the quoted answer", response.statusCode());
                return Optional.empty();
            }
            String text = JSON.readTree(response.body())
                    .path("choices")
                    .path(0)
                    .path("message")
                    .path("content")
                    .asString("")
                    .strip();
            return acceptable(text, answer, quoted.toString() + answer.answer()) ? Optional.of(text) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("language model unavailable ({}); using the quoted answer", e.toString());
            return Optional.empty();
        }
    }

    /** Whether the text adds no number, keeps every drug and stays short. */
    static boolean acceptable(String text, Answer answer, String source) {
        if (text.isEmpty() || text.length() > 2 * answer.answer().length() + 50) {
            return false;
        }
        var allowed = new HashSet<String>();
        NUMBER.matcher(source).results().forEach(m -> allowed.add(m.group()));
        boolean newNumber = NUMBER.matcher(text).results().anyMatch(m -> !allowed.contains(m.group()));
        boolean drugsKept = answer.drugs().stream().allMatch(d -> text.contains(d.nameZh()));
        return !newNumber && drugsKept;
    }
}
