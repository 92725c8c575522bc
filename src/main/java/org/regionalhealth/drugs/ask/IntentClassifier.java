package org.regionalhealth.drugs.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a question by Chinese keyword patterns, deterministically and explainably: each intent has patterns with
 * a weight; the intent with the highest total wins, ties go to the earlier intent in {@link #RULES} (who the drug is
 * for — pregnancy, children, the elderly — outranks what is asked, because the label answers "孕妇能吃吗" in the
 * pregnancy section, not under dosage). The matched words are returned so the page can show why.
 */
public final class IntentClassifier {

    /** A pattern of an intent and its weight. */
    record Rule(Intent intent, Pattern pattern, int weight) {}

    /** Symptoms residents report after taking a medicine (the adverse-reaction section answers "is it the drug"). */
    static final String SYMPTOMS = "放屁|胀气|肚子胀|脸(发)?红|发烫|潮红|瘀青|淤青|瘀斑|乌青|手抖|心慌|心悸|脚肿|腿肿|脚踝肿|干咳|咳嗽不停|"
            + "肌肉(酸|痛|疼)|腿疼|低血糖|缺钾|做噩梦|噩梦|发胖|长胖|睡不着|头昏|便秘|口干|尿多|牙龈出血|出血|"
            + "红疙瘩|疙瘩|发痒|皮疹|掉发|脱发|心跳(变)?慢|脚后跟|跟腱|关节疼|胃疼|胃痛|反酸|拉稀";

    /** Conditions that make a medicine unsuitable (the contraindication section answers "can someone with X take it"). */
    static final String CONDITIONS = "胃溃疡|溃疡|胃出血|出血|哮喘|青光眼|痛风|肝不好|肝功能|肝病|肾不好|肾功能|肾病|心脏不好|心脏病|心衰|"
            + "心跳慢|心动过缓|低血压|高血压|糖尿病|癫痫|过敏体质|过敏|前列腺|甲亢|贫血|蚕豆病|重症肌无力";

    private static final List<Rule> RULES = List.of(
            rule(
                    Intent.INTERACTIONS,
                    "一起吃|一起用|一起服|一块吃|一块儿吃|同时吃|同时服|同时用|同服|合用|联用|并用|相互作用|同吃|搭配吃|混着吃|能和.{1,12}(吃|用)|冲突|相克|间隔多久",
                    5),
            rule(
                    Intent.PREGNANCY_LACTATION,
                    "孕妇|怀孕|孕期|大肚子|有身孕|身孕|孕妈|妊娠|孕早期|孕中期|孕晚期|备孕|哺乳|喂奶|母乳|奶水|坐月子|月子|产妇|准妈妈|胎儿|孕",
                    6),
            rule(
                    Intent.CHILDREN,
                    "儿童|小孩|孩子|宝宝|小人|小囡|囡囡|小伢|伢儿|婴儿|婴幼儿|幼儿|新生儿|小儿|小朋友|(?<![\\d六七八九十])(1[0-7]|[1-9]|[一二三四五六七八九十两]|十[一二三四五六七])岁|(?<!怀孕)(\\d{1,2}|[一二三四五六七八九十两]{1,2})个月(的)?(大的)?(宝宝|婴儿|孩子)|学龄|青少年|未成年",
                    6),
            rule(
                    Intent.ELDERLY,
                    "老人|老年|老人家|老头|老太|阿爷|阿婆|老伯|爷爷|奶奶|外公|外婆|姥姥|姥爷|[六七八九]十[一二三四五六七八九]?多?岁|[6-9]\\d多?岁|上了年纪|年纪大|高龄|老爸|老妈",
                    6),
            rule(
                    Intent.STORAGE,
                    "保存|储存|存放|贮藏|贮存|冰箱|冷藏|常温|避光|放多久|过期|保质期|有效期|受潮|放久了|开封后|会不会坏|坏了吗|变质|高温|放在.{0,4}(里|上)|放哪|怎么放|存放|阴凉|放冰箱|冷冻|变色|发霉|受潮|开瓶|开盖|冲好|拆开",
                    5),
            rule(
                    Intent.ADVERSE_REACTIONS,
                    "副作用|不良反应|副反应|伤胃|伤肝|伤肾|毒性|不舒服|难受|头晕|恶心|呕吐|拉肚子|腹泻|皮疹|起疹子|过敏反应|有什么反应|会不会.{0,4}(依赖|上瘾|成瘾)|掉头发|嗜睡|犯困|有害|危害|伤身体|坏处|害处|对身体有.{0,4}影响|(吃|用|服)了.{0,12}(正常吗|怎么回事)|(吃|用|服|打)(了|完|后|以后|久了).{0,8}("
                            + SYMPTOMS + ")|是药的原因|药引起|是不是药|是副作用",
                    4),
            rule(Intent.ADVERSE_REACTIONS, SYMPTOMS, 2),
            rule(
                    Intent.CONTRAINDICATIONS,
                    "禁忌|禁用|哪些人不能|什么人不能|谁不能|哪些人不宜|什么人不宜|不适合.{0,4}人|人不适合|什么情况下不能|哪种人不能|不能用的人|(?<!能)不能用|忌用|禁服|禁忌症|"
                            + CONDITIONS + ".{0,6}(的人|病人|患者|史)?.{0,3}(能|可以|可不可以|能不能)(吃|用|服|打)",
                    5),
            rule(
                    Intent.DOSAGE,
                    "怎么吃|怎么服|怎么用|如何服用|如何使用|如何吃|用法|用量|剂量|吃多少|服多少|用多少|几次|几片|几粒|几袋|几毫升|几克|多少毫克|多少mg|一次吃|一天吃|每天吃|每次吃|饭前|饭后|空腹|睡前吃|早上吃还是晚上|什么时候吃|什么时间吃|几点吃|最大量|最多吃|吃几天|疗程|一日几次|一天几次|服用方法|多久吃一次|掰开|掰成|掰断|嚼碎|咬碎|嚼着|压碎|碾碎|磨成粉|切开|切成|拆开|整片|整粒|吞服|随饭|随餐|和饭一起|跟饭一起|切一半|切半|掰一半|半片|喷几下|喷几次|打在|打哪|注射部位|隔几个小时|多长时间吃一次|吃法",
                    4),
            rule(
                    Intent.INDICATIONS,
                    "治什么|治疗什么|治啥|治哪|干什么用|干嘛用|干嘛的|干啥的|做啥的|用来|起什么作用|做什么用|有什么用|有啥用|作用是|作用|功效|功能主治|适应症|适应证|用于|主治|能治|可以治|管什么|是什么药|什么药|治不治|对.{1,6}有效|适用于|退烧吗|止痛吗|治.{1,6}(吗|伐|么|吧)|是.{0,4}(消炎|止痛|退烧|降压|降糖|降脂|降血压|降血脂|降血糖|护胃|治.{1,4})(的|药).{0,3}(吗|伐|吧|么)|(能|可以)(止|退|降|消|缓解|治)|有用(吗|伐)|用处",
                    3),
            rule(Intent.PRECAUTIONS, "注意事项|注意什么|要注意|需要注意|注意啥|注意点|注意些|注意哪些|小心什么", 3),
            rule(
                    Intent.PRECAUTIONS,
                    "(喝|饮).{0,3}酒|啤酒|白酒|红酒|黄酒|老酒|酒后|和酒|与酒|跟酒|酒一起|开车|驾驶|能喝茶|喝咖啡|西柚|葡萄柚|柚子|忌口|忌什么|不能吃什么|饮食|晒太阳|牛奶|奶茶|果汁|菠菜|绿叶菜|蔬菜|醉蟹|酒酿|海鲜|辛辣|当心",
                    4));

    /** Words that ask about other medicines in general, so one named drug can still be an interaction question. */
    private static final Pattern OTHER_DRUGS = Pattern.compile("相互作用|(哪些|什么|别的|其他|其它|哪种|哪几种)(药|西药|中药)");

    private static Rule rule(Intent intent, String regex, int weight) {
        return new Rule(intent, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
    }

    /**
     * The result of classification.
     *
     * @param intent the winning intent
     * @param evidence the words that decided it (empty for {@code unknown})
     */
    public record Classification(Intent intent, List<String> evidence) {}

    /** Classifies the question; with two or more drugs and no other signal, it is an interaction question. */
    public Classification classify(String question, int drugCount) {
        int[] scores = new int[Intent.values().length];
        var evidence = new ArrayList<List<String>>();
        for (int i = 0; i < scores.length; i++) {
            evidence.add(new ArrayList<>());
        }
        for (Rule r : RULES) {
            var m = r.pattern().matcher(question);
            while (m.find()) {
                scores[r.intent().ordinal()] += r.weight();
                evidence.get(r.intent().ordinal()).add(m.group());
            }
        }
        if (drugCount < 2 && !OTHER_DRUGS.matcher(question).find()) {
            // "和饭一起吃", "能和柚子一起吃吗": one medicine with food is not an interaction question; "和哪些药冲突" is
            scores[Intent.INTERACTIONS.ordinal()] = 0;
            evidence.get(Intent.INTERACTIONS.ordinal()).clear();
        }
        if (drugCount >= 2 && scores[Intent.INTERACTIONS.ordinal()] > 0) {
            // "孕妇能同时吃A和B吗": two drugs together is the question, whoever takes them
            scores[Intent.INTERACTIONS.ordinal()] += 10;
        }
        Intent best = Intent.UNKNOWN;
        int bestScore = 0;
        for (Rule r : RULES) {
            int s = scores[r.intent().ordinal()];
            if (s > bestScore) {
                best = r.intent();
                bestScore = s;
            }
        }
        if (best == Intent.UNKNOWN && drugCount >= 2) {
            return new Classification(Intent.INTERACTIONS, List.of("两种药品"));
        }
        return new Classification(best, best == Intent.UNKNOWN ? List.of() : List.copyOf(evidence.get(best.ordinal())));
    }
}
