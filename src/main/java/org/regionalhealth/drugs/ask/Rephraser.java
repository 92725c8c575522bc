package org.regionalhealth.drugs.ask;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.regionalhealth.drugs.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The optional on-premise language model (issue 17 §4): a district hospital's Qwen or DeepSeek behind an
 * OpenAI-compatible API, reached through Spring AI's OpenAI client ({@link #openAi}). The model only rephrases the
 * facts that retrieval found; {@link FactCheck} then rejects any reply that states a number, a drug or an instruction
 * that is not in the retrieved passages, drops a restriction (禁用 softened to 慎用 or 可以), drops a drug of the
 * question, or is much longer. Anything rejected — and an error or a timeout — and the retrieval answer is used alone.
 * Referrals and answers without quotes are never sent.
 *
 * <p>Created only when {@code rhp.drugs.assistant.llm-enabled=true}: with it off, no Spring AI class is loaded and
 * nothing is started (the project depends on {@code spring-ai-openai}, not on its starter, so there is no
 * auto-configuration at all).
 */
public final class Rephraser {

    private static final Logger log = LoggerFactory.getLogger(Rephraser.class);

    static final String INSTRUCTION = "你是药师助理。请把下面摘自药品说明书和药品知识库的内容，改写成普通居民容易理解的简体中文。"
            + "只能使用给出的内容，不得增加任何新的事实、数字、药品、剂量或建议，不得删除或减轻禁用、慎用等限制，保留药品名称。"
            + "只输出改写后的文字。";

    private final ChatModel model;
    private final Duration timeout;
    private final Function<String, List<SearchIndex.Mention>> drugNames;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "drug-assistant-llm");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param model the chat model (Spring AI)
     * @param timeout how long an answer may wait for it
     * @param drugNames the drugs a text mentions (the search dictionary: 通用名, brands, typos), to find
     *     drugs the reply names that the retrieved passages do not
     */
    public Rephraser(ChatModel model, Duration timeout, Function<String, List<SearchIndex.Mention>> drugNames) {
        this.model = model;
        this.timeout = timeout;
        this.drugNames = drugNames;
    }

    /**
     * Spring AI's OpenAI chat model for an OpenAI-compatible endpoint: {@code endpoint} is the API root (the model is
     * asked at {@code <endpoint>/v1/chat/completions}; a root already ending in {@code /v1} is used as it is),
     * temperature 0, no retries (a slow model falls back at once), the timeout as the client's timeout.
     */
    public static ChatModel openAi(URI endpoint, String modelName, String apiKey, Duration timeout) {
        String base = endpoint.toString().replaceAll("/+$", "");
        if (!base.endsWith("/v1")) {
            base = base + "/v1";
        }
        var options = org.springframework.ai.openai.OpenAiChatOptions.builder()
                .baseUrl(base)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .model(modelName)
                .temperature(0.0)
                .timeout(timeout)
                .maxRetries(0)
                .build();
        return org.springframework.ai.openai.OpenAiChatModel.builder()
                .options(options)
                .build();
    }

    /** The rephrased answer, or empty when it was not asked, failed, timed out or did not pass the fact check. */
    public Optional<String> rephrase(Answer answer) {
        if (answer.referral() || answer.quotes().isEmpty() || !answer.grounded()) {
            return Optional.empty();
        }
        var prompt = new Prompt(List.of(
                new SystemMessage(INSTRUCTION),
                new UserMessage("问题：" + answer.question() + "\n内容：\n" + answer.answer())));
        String text;
        try {
            text = CompletableFuture.supplyAsync(() -> model.call(prompt), calls)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .getResult()
                    .getOutput()
                    .getText();
        } catch (TimeoutException e) {
            log.warn("language model did not answer within {}; using the retrieval answer", timeout);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("language model unavailable ({}); using the retrieval answer", e.toString());
            return Optional.empty();
        }
        text = text == null ? "" : text.strip();
        var verdict = FactCheck.check(text, answer, drugNames);
        if (verdict.isPresent()) {
            log.info("language model reply rejected: {}", verdict.get());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * Checks a reply against the retrieved passages of an answer. Returns the reason for rejecting it, or empty when
     * it states nothing the passages do not.
     */
    static final class FactCheck {

        private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
        /** Chinese numerals before a unit are numbers too (三次, 两片, 十五天). */
        private static final Pattern CHINESE_NUMBER =
                Pattern.compile("([一二两三四五六七八九十百]+)(?=[个]?(次|片|粒|袋|支|滴|克|毫克|毫升|天|日|周|个月|月|年|小时|分钟|岁|倍|单位|mg|ml|g))");

        private static final String PROHIBITION = "禁用|禁止|禁服|不能|不可|不要|不得|勿|忌|避免|不宜|不应";
        private static final String CAUTION = "慎用|谨慎|小心|当心";
        /**
         * Instructions: each must occur in the passages (or one of its synonyms on the same line). A reply that tells
         * the resident to do something the label does not say is rejected.
         */
        private static final List<List<String>> INSTRUCTIONS = List.of(
                List.of("饭前", "餐前"),
                List.of("饭后", "餐后"),
                List.of("随餐", "随饭", "与食物同服", "餐时"),
                List.of("空腹"),
                List.of("睡前", "每晚", "晚上", "晚间"),
                List.of("早上", "早晨", "清晨", "晨起"),
                List.of("停药", "停用", "停服"),
                List.of("加量", "增量", "加大剂量", "增加剂量"),
                List.of("减量", "减少剂量", "减半"),
                List.of("加倍", "双倍"),
                List.of("换药", "换用", "改用"),
                List.of("多喝水", "多饮水"),
                List.of("冷藏", "冰箱"),
                List.of("冷冻"),
                List.of("避光"),
                List.of("掰开", "掰"),
                List.of("嚼碎", "嚼服", "咀嚼"),
                List.of("整片", "整粒", "吞服"),
                List.of("哺乳", "喂奶", "母乳"),
                List.of("饮酒", "喝酒", "酒"),
                List.of("开车", "驾驶"),
                List.of("按摩", "热敷", "冷敷"));

        private FactCheck() {}

        static Optional<String> check(
                String text, Answer answer, Function<String, List<SearchIndex.Mention>> drugNames) {
            if (text.isEmpty()) {
                return Optional.of("empty");
            }
            if (text.length() > 2 * answer.answer().length() + 50) {
                return Optional.of("too long");
            }
            var passages = new StringBuilder();
            answer.quotes().forEach(q -> passages.append(q.titleZh())
                    .append('：')
                    .append(q.text())
                    .append('\n'));
            passages.append(answer.answer().replace(DrugQuestions.REMINDER, ""));
            String source = passages.toString();
            var allowed = numbers(source);
            for (String n : numbers(text)) {
                if (!allowed.contains(n)) {
                    return Optional.of("number " + n + " not in the passages");
                }
            }
            for (var d : answer.drugs()) {
                if (!text.contains(d.nameZh()) && !text.contains(d.matched())) {
                    return Optional.of("drug " + d.nameZh() + " dropped");
                }
            }
            for (var m : drugNames.apply(text)) {
                if (!source.contains(m.text()) && !source.contains(m.nameZh())) {
                    return Optional.of("drug " + m.nameZh() + " not in the passages");
                }
            }
            for (var synonyms : INSTRUCTIONS) {
                boolean said = synonyms.stream().anyMatch(text::contains);
                boolean inSource = synonyms.stream().anyMatch(source::contains);
                if (said && !inSource) {
                    return Optional.of("instruction " + synonyms.get(0) + " not in the passages");
                }
            }
            boolean sourceProhibits =
                    Pattern.compile(PROHIBITION).matcher(source).find();
            boolean textProhibits = Pattern.compile(PROHIBITION).matcher(text).find();
            if (sourceProhibits && !textProhibits) {
                return Optional.of("restriction dropped");
            }
            boolean sourceCautions = Pattern.compile(CAUTION).matcher(source).find();
            boolean textCautions = Pattern.compile(CAUTION).matcher(text).find();
            if (textCautions && !sourceCautions) {
                return Optional.of("caution not in the passages (a restriction softened?)");
            }
            if (sourceCautions && !textCautions && !textProhibits) {
                return Optional.of("caution dropped");
            }
            return Optional.empty();
        }

        static Set<String> numbers(String s) {
            var out = new HashSet<String>();
            NUMBER.matcher(s).results().forEach(m -> out.add(normalise(m.group())));
            CHINESE_NUMBER.matcher(s).results().forEach(m -> {
                Integer n = chinese(m.group(1));
                if (n != null) {
                    out.add(String.valueOf(n));
                }
            });
            return out;
        }

        private static String normalise(String n) {
            return n.contains(".") ? n.replaceAll("0+$", "").replaceAll("\\.$", "") : n.replaceFirst("^0+(?=\\d)", "");
        }

        /** 一 … 九十九 (and 一百); null for anything else. */
        static Integer chinese(String s) {
            String digits = "零一二三四五六七八九";
            s = s.replace('两', '二');
            if (s.equals("一百") || s.equals("百")) {
                return 100;
            }
            int ten = s.indexOf('十');
            if (ten < 0) {
                return s.length() == 1 && digits.indexOf(s.charAt(0)) > 0 ? digits.indexOf(s.charAt(0)) : null;
            }
            int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
            int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
            return tens < 0 || ones < 0 || s.length() > ten + 2 || ten > 1 ? null : tens * 10 + ones;
        }
    }
}
