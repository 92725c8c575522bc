package org.regionalhealth.drugs.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.INDEX;
import static org.regionalhealth.drugs.DrugInformationFixtures.LABELS;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The optional language-model rephrasing against a local fake OpenAI-compatible endpoint (JDK HttpServer). */
class RephraserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private int status = 200;
    private Rephraser rephraser;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var body = JSON.createObjectNode();
            body.putArray("choices")
                    .addObject()
                    .putObject("message")
                    .put("role", "assistant")
                    .put("content", reply.get());
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        rephraser = new Rephraser(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "fake", "k", Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Answer ask(String q) {
        return new DrugQuestions(org.regionalhealth.semantic.model.BgeSmallZhEmbeddings.shared()).ask(q, INDEX, LABELS);
    }

    @Test
    void aRephrasingThatAddsNoFactIsUsedAndTheRequestCarriesOnlyTheQuotedAnswer() {
        reply.set("布洛芬：孕妇和正在哺乳的妈妈都不能用。");
        var answer = ask("布洛芬孕妇能吃吗");
        assertThat(rephraser.rephrase(answer)).contains("布洛芬：孕妇和正在哺乳的妈妈都不能用。");
        assertThat(lastRequest.get()).contains("孕妇：禁用").contains("不得增加任何新的事实").contains("\"temperature\":0");
    }

    @Test
    void aNewNumberOrAMissingDrugIsRejected() {
        var answer = ask("布洛芬孕妇能吃吗");
        reply.set("布洛芬孕妇每天最多吃3片。");
        assertThat(rephraser.rephrase(answer)).isEmpty();
        reply.set("这个药孕妇不能用。");
        assertThat(rephraser.rephrase(answer)).isEmpty();
    }

    @Test
    void referralsAreNeverSentAndErrorsFallBack() {
        reply.set("可以加量。");
        assertThat(rephraser.rephrase(ask("布洛芬可以加量吗"))).isEmpty();
        assertThat(lastRequest.get()).isNull();
        status = 500;
        reply.set("布洛芬孕妇禁用。");
        assertThat(rephraser.rephrase(ask("布洛芬孕妇能吃吗"))).isEmpty();
    }

    @Test
    void anUnreachableEndpointFallsBack() {
        server.stop(0);
        assertThat(rephraser.rephrase(ask("布洛芬孕妇能吃吗"))).isEmpty();
    }
}
