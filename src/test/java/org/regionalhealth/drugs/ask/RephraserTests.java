package org.regionalhealth.drugs.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.INDEX;
import static org.regionalhealth.drugs.DrugInformationFixtures.LABELS;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional language model through Spring AI's OpenAI client ({@code spring-ai-openai}) against a fake
 * OpenAI-compatible endpoint (JDK HttpServer on the loopback): a faithful rephrasing is used; an invented number,
 * drug or instruction, a softened restriction, an error, a timeout and an unreachable server all fall back to the
 * retrieval answer.
 */
class RephraserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DrugQuestions QUESTIONS =
            new DrugQuestions(org.regionalhealth.semantic.model.BgeSmallZhEmbeddings.shared());

    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    private volatile long delayMillis = 0;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            requests.incrementAndGet();
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var body = JSON.createObjectNode();
            body.put("id", "chatcmpl-fake");
            body.put("object", "chat.completion");
            body.put("created", 1765100000L);
            body.put("model", "fake-qwen");
            var choice = body.putArray("choices").addObject();
            choice.put("index", 0);
            choice.put("finish_reason", "stop");
            choice.putNull("logprobs");
            var message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", reply.get());
            message.putNull("refusal");
            var usage = body.putObject("usage");
            usage.put("prompt_tokens", 100);
            usage.put("completion_tokens", 20);
            usage.put("total_tokens", 120);
            byte[] bytes = status == 200
                    ? JSON.writeValueAsBytes(body)
                    : "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (java.io.IOException closedByClient) {
                // the client gave up (timeout test)
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Rephraser rephraser(Duration timeout) {
        var model = Rephraser.openAi(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "fake-qwen", "k", timeout);
        return new Rephraser(model, timeout, INDEX::mentions);
    }

    private static Answer ask(String q) {
        return QUESTIONS.ask(q, INDEX, LABELS);
    }

    @Test
    void aFaithfulRephrasingIsUsedAndTheRequestCarriesOnlyTheRetrievedFacts() throws Exception {
        var answer = ask("布洛芬孕妇能吃吗");
        reply.set("布洛芬：孕妇不能用，哺乳期妈妈也不能用。");
        assertThat(rephraser(Duration.ofSeconds(3)).rephrase(answer)).contains("布洛芬：孕妇不能用，哺乳期妈妈也不能用。");
        var request = JSON.readTree(lastRequest.get());
        assertThat(request.path("model").asString()).isEqualTo("fake-qwen");
        assertThat(request.path("temperature").asDouble()).isEqualTo(0.0);
        assertThat(request.path("messages").get(0).path("content").asString()).contains("不得增加任何新的事实");
        assertThat(request.path("messages").get(1).path("content").asString())
                .contains("布洛芬孕妇能吃吗")
                .contains("孕妇：禁用");
    }

    @Test
    void anInventedNumberIsRejectedAndTheRetrievalAnswerStands() {
        var answer = ask("布洛芬孕妇能吃吗");
        reply.set("布洛芬孕妇不能用，哺乳期每天最多吃3片。");
        assertThat(rephraser(Duration.ofSeconds(3)).rephrase(answer)).isEmpty();
        reply.set("布洛芬孕妇不能用，哺乳期一天最多吃三次。");
        assertThat(rephraser(Duration.ofSeconds(3)).rephrase(answer)).isEmpty();
        assertThat(requests.get()).isEqualTo(2);
    }

    @Test
    void anInventedDrugADroppedDrugOrAnInventedInstructionIsRejected() {
        var answer = ask("布洛芬孕妇能吃吗");
        var rephraser = rephraser(Duration.ofSeconds(3));
        reply.set("布洛芬孕妇不能用，哺乳期也不能用，可以改吃对乙酰氨基酚。");
        assertThat(rephraser.rephrase(answer)).as("invented drug").isEmpty();
        reply.set("这个药孕妇不能用，哺乳期也不能用。");
        assertThat(rephraser.rephrase(answer)).as("dropped drug").isEmpty();
        reply.set("布洛芬孕妇不能用，哺乳期不能用，要饭后吃并多喝水。");
        assertThat(rephraser.rephrase(answer)).as("invented instruction").isEmpty();
    }

    @Test
    void aSoftenedOrDroppedRestrictionIsRejected() {
        var answer = ask("布洛芬孕妇能吃吗");
        var rephraser = rephraser(Duration.ofSeconds(3));
        reply.set("布洛芬孕妇慎用，哺乳期慎用。");
        assertThat(rephraser.rephrase(answer)).as("禁用 softened to 慎用").isEmpty();
        reply.set("布洛芬孕妇和哺乳期妈妈都可以吃。");
        assertThat(rephraser.rephrase(answer)).as("restriction dropped").isEmpty();
    }

    @Test
    void aModelThatTimesOutFallsBackWithinTheTimeout() {
        delayMillis = 3000;
        reply.set("布洛芬孕妇不能用。");
        long started = System.nanoTime();
        assertThat(rephraser(Duration.ofMillis(400)).rephrase(ask("布洛芬孕妇能吃吗"))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void referralsAreNeverSentAndServerErrorsFallBack() {
        reply.set("可以加量。");
        assertThat(rephraser(Duration.ofSeconds(3)).rephrase(ask("布洛芬可以加量吗"))).isEmpty();
        assertThat(requests.get()).isZero();
        status = 500;
        reply.set("布洛芬孕妇不能用。");
        assertThat(rephraser(Duration.ofSeconds(3)).rephrase(ask("布洛芬孕妇能吃吗"))).isEmpty();
        assertThat(requests.get()).as("no retries").isEqualTo(1);
    }

    @Test
    void anUnreachableEndpointFallsBack() {
        var rephraser = rephraser(Duration.ofSeconds(2));
        server.stop(0);
        assertThat(rephraser.rephrase(ask("布洛芬孕妇能吃吗"))).isEmpty();
    }

    @Test
    void chineseNumeralsBeforeAUnitCountAsNumbers() {
        assertThat(Rephraser.FactCheck.numbers("每日三次，每次两片，连用十五天")).containsExactlyInAnyOrder("3", "2", "15");
        assertThat(Rephraser.FactCheck.numbers("每4小时1次，0.50g")).containsExactlyInAnyOrder("4", "1", "0.5");
    }
}
