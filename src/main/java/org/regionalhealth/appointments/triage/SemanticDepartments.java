package org.regionalhealth.appointments.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.semantic.Embeddings;
import org.regionalhealth.semantic.SemanticIndex;
import org.regionalhealth.semantic.SemanticMatch;

/**
 * The semantic second opinion on the department (issue 18 item 3: "department matching uses the shared semantic
 * service plus rules"). Asked only when the rules found no department for an adult (全科 fallback), never for red
 * flags, which are decided by {@link RedFlags} alone before this is consulted: a red flag must not depend on a model.
 *
 * <p>Labelled complaints per department (the platform's own phrasings of the 导诊 guidance, written in the words
 * residents use and deliberately without the rule terms of {@link DepartmentRules}) are embedded with the shared
 * bge-small-zh model; a complaint's {@link #K} nearest examples vote with their scores. An opinion is given only when
 * the winning department is not 全科, its best example scores at least {@link #MIN_SCORE} and it carries at least
 * {@link #MIN_SHARE} of the votes; otherwise the rules' 全科 stands alone.
 */
public final class SemanticDepartments {

    static final String SOURCE = "平台导诊常规的居民常用说法（语义匹配示例，医共体医务科审定前的初版）";

    /** Nearest examples that vote. */
    static final int K = 5;

    /** The winning department's best example must be at least this similar (bge-small-zh cosine). */
    static final double MIN_SCORE = 0.62;

    /** ... and hold at least this share of the score-weighted votes. */
    static final double MIN_SHARE = 0.4;

    /** Labelled complaints: department code → residents' phrasings the rules' terms do not catch. */
    static final Map<String, List<String>> EXAMPLES = examples();

    private static Map<String, List<String>> examples() {
        var m = new LinkedHashMap<String, List<String>>();
        m.put(
                "03.02",
                List.of(
                        "吃完饭上腹胀得难受",
                        "老是打嗝烧心",
                        "大便发黑像柏油",
                        "吃了不干净的东西一直跑厕所",
                        "肚脐周围一阵阵绞着疼",
                        "没胃口吃不下饭",
                        "肚子胀气放屁多",
                        "大便不成形好几个月"));
        m.put("03.01", List.of("晚上总是干咳睡不好", "嗓子里老有痰咳不干净", "一受凉就喉咙发痒想咳", "呼吸的时候有哨音", "着凉后浑身发冷打喷嚏"));
        m.put("03.04", List.of("量血压一百六十多", "心里扑通扑通乱跳", "走快了心口发紧歇一歇就好", "脚踝浮肿晚上更明显", "脉搏不齐时快时慢"));
        m.put("03.07", List.of("最近总是口干喝水很多人也瘦了", "脖子前面鼓起来一块", "空腹指尖血八点多", "怕热出汗多手抖", "体检说尿酸高"));
        m.put("03.03", List.of("脑袋昏昏沉沉的", "后脑勺一跳一跳地胀痛", "手脚发麻像针扎", "一转头就天旋地转", "最近老忘事"));
        m.put("04.04", List.of("小便的时候火辣辣的", "晚上起夜好几次", "腰部一侧绞痛往下腹走", "小便分叉尿不干净", "尿的颜色像浓茶"));
        m.put("04.03", List.of("肩膀抬不起来", "胳膊一动就疼", "脚后跟一落地就疼", "后背僵硬转身困难", "蹲下去站不起来膝部响", "手腕用力就疼"));
        m.put("04.01", List.of("脖子上摸到一个疙瘩", "身上长了个囊肿", "肛门口疼坐不住", "大腿根鼓出来一个包", "手指被划了个大口子"));
        m.put("05", List.of("例假推迟两个月没来", "下面分泌物多有异味", "小肚子坠胀经期更厉害", "停经后又见红", "备孕一年没动静"));
        m.put("15", List.of("整夜整夜睡不着", "躺在床上翻来覆去到半夜", "做什么都提不起兴趣", "总担心要出事心里发慌", "一到人多的地方就透不过气想逃", "觉得自己没用"));
        m.put("13", List.of("身上起了一片片红疙瘩", "手上脱皮开裂", "脸上长了好多红点", "被虫子咬了一大片红肿"));
        m.put("10", List.of("眼皮跳个不停", "看东西模糊", "眼角发痒老揉"));
        m.put("11", List.of("嗓子里像有东西卡着", "鼻子不通气", "耳朵里嗡嗡响", "说话声音嘶哑"));
        m.put("12", List.of("嘴巴张不开咬东西疼", "刷牙出血", "嘴里有异味"));
        m.put("02", List.of("全身乏力没精神", "最近总觉得累", "体检报告想找医生看看", "想开点常吃的药", "身体说不上哪里不舒服", "打完疫苗想咨询一下", "需要开个病假证明"));
        return Map.copyOf(m);
    }

    /** A second opinion: the department, the nearest labelled complaint and its score. */
    public record Opinion(String departmentCode, String example, double score) {}

    private final SemanticIndex<String> index;

    public SemanticDepartments(Embeddings embeddings) {
        var builder = SemanticIndex.<String>builder(embeddings);
        EXAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (int i = 0; i < e.getValue().size(); i++) {
                builder.add(e.getKey() + "#" + i, e.getValue().get(i), e.getKey());
            }
        });
        this.index = builder.build();
    }

    /** The nearest labelled complaints (for the reasoning log and tests). */
    List<SemanticMatch<String>> nearest(String text) {
        return index.nearest(text.strip(), K);
    }

    /** The opinion on a complaint, if the examples agree on a department other than 全科. */
    public Optional<Opinion> opinion(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<SemanticMatch<String>> nearest = index.nearest(text.strip(), K);
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        var votes = new LinkedHashMap<String, Double>();
        double total = 0;
        for (var m : nearest) {
            double w = Math.max(m.score(), 0);
            votes.merge(m.payload(), w, Double::sum);
            total += w;
        }
        var winner = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        var best = nearest.stream()
                .filter(m -> m.payload().equals(winner.getKey()))
                .findFirst()
                .orElseThrow();
        if ("02".equals(winner.getKey())
                || best.score() < MIN_SCORE
                || total <= 0
                || winner.getValue() / total < MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(new Opinion(winner.getKey(), best.text(), best.score()));
    }
}
