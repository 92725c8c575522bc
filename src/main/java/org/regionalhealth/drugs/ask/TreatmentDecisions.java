package org.regionalhealth.drugs.ask;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions the service must not answer from a label because they are treatment decisions: a diagnosis, a change of
 * dose, stopping or switching a medicine, a prescription or a recommendation of what to take, and suspected
 * overdose. 《处方管理办法》(卫生部令第53号) 第二条、第八条: prescriptions are issued by registered physicians, and
 * pharmacists review and dispense them; a label answer in such a case would be an unqualified decision, so the person
 * is sent to a pharmacist or doctor (and to 120 when an overdose is suspected). Red-flag symptoms (chest pain,
 * breathing difficulty, signs of anaphylaxis, convulsions, bleeding) come first: they go to 120 whatever else is asked.
 */
public final class TreatmentDecisions {

    /** A kind of treatment decision with its trigger words and the answer it gets. */
    public enum Kind {
        EMERGENCY(
                "胸痛|胸口.{0,3}(痛|疼)|心口.{0,2}(痛|疼)|胸闷.{0,3}(痛|疼|厉害)|喘不上气|喘不过气|透不过气|上不来气|呼吸困难|憋气|憋得慌|喉咙发紧|喉头.{0,2}(水肿|发紧)|嗓子发紧|嘴唇.{0,2}肿|脸.{0,2}肿|舌头.{0,2}肿|眼皮.{0,2}肿|过敏性休克|休克|昏迷|晕倒|昏过去|意识不清|叫不醒|抽搐|抽筋了|吐血|呕血|大便发黑|黑便|便血|大便.{0,3}黑|拉黑便|吐.{0,2}血|胸口.{0,8}(痛|疼)",
                "emergency",
                "出现胸痛、呼吸困难、严重过敏（喉咙发紧、嘴唇或面部肿胀）、抽搐、呕血或黑便等危险信号",
                "您描述的情况可能危及生命，请立即拨打120急救电话或马上到最近的医院急诊，不要等待线上回复；如怀疑是药物引起的，请停止再服该药并带上药品包装就医。"),
        OVERDOSE(
                "吃多了|吃过量|服过量|过量服用|误服|误吃|吃错药|一次吃了.{0,3}(盒|瓶|板)|吞了.{0,3}(盒|瓶|板)|一整(板|盒|瓶)|(全|都)吃了|(全|都)吞了|(半|整|一|大半)(瓶|盒|板|袋).{0,6}(喝|吃|吞)(了|掉|下去)|吃了两遍|吃重(了|复)|重复吃了|多吃了(一|两)(次|遍|顿)",
                "emergency",
                "可能是药物过量或误服",
                "这可能是药物过量或误服，请立即拨打120急救电话或尽快到最近的医院急诊就诊，并带上药品包装。不要自行催吐或服用其他药物。"),
        DIAGNOSIS(
                "我是不是得了|是不是得了|我得了什么病|得了什么病|这是什么病|帮我诊断|诊断一下|我这是怎么了|我是不是.{0,8}(炎|癌|病|综合征)|是不是(得了|患了)?.{0,6}(病|癌|炎|溃疡|结石|综合征|感染|肿瘤|高血压|糖尿病|痛风|哮喘|甲亢|贫血|感冒|流感|新冠)(?!药)",
                "family_doctor",
                "判断是什么病需要医生面诊和检查",
                "判断是什么病需要医生面诊和检查，AI药师不能替您诊断。请到社区卫生服务站、家庭医生或医院就诊。"),
        DOSE_CHANGE(
                "加量|减量|(加大|减小|增加|减少|调大|调小).{0,12}(剂量|用量)|加大.{0,2}量|减少.{0,2}量|多吃一|少吃一|吃双倍|加倍|翻倍|调整剂量|剂量调整|改剂量|多吃点|少吃点|(可以|能)多吃(?!.{0,3}(菜|水果|肉|鱼|蛋|饭|东西))|不管用.{0,8}(吃|用|打)(两|三|2|3|双)|减成|加成|自己加|自己减|隔天吃|多打|少打|(加|减)(半|一)(片|粒|颗|支)|能不能停|可以停|能停|停药|停掉|不吃了|(把|将).{1,12}停(了|掉|下)|可以不(吃|打|用)了|能不(吃|打|用)了|不打了|断药|换药|换成|改吃|改用|换一种",
                "family_doctor",
                "调整剂量、停药或换药是治疗决策，要由医生根据病情决定",
                "调整剂量、停药或换药属于治疗决策，需要由您的医生根据病情决定，AI药师不能替您决定。请不要自行加减剂量或停药，请咨询开药的医生或药师。"),
        PRESCRIPTION(
                "开点|开些|开个|开一|开药|给我开(?!了)|帮我开(?!了)|开处方|推荐.{0,6}药|吃什么药|用什么药|该吃啥|吃啥药|买什么药|买点什么|该用什么|哪种药好|什么药好|哪个药好|要不要吃药|需不需要吃药",
                "family_doctor",
                "开药和选药需要医生诊断后决定",
                "开药和选择用什么药需要医生根据病情诊断后决定，AI药师不能替您开药或推荐药品。请到家庭医生、社区卫生服务站或医院就诊，或向药师咨询。");

        private final Pattern pattern;
        private final String referTo;
        private final String reason;
        private final String answer;

        Kind(String regex, String referTo, String reason, String answer) {
            this.pattern = Pattern.compile(regex);
            this.referTo = referTo;
            this.reason = reason;
            this.answer = answer;
        }

        public String answer() {
            return answer;
        }

        /** Whom to see: {@code emergency} (120), {@code family_doctor} or {@code pharmacist}. */
        public String referTo() {
            return referTo;
        }

        /** Why, in a few Chinese words. */
        public String reason() {
            return reason;
        }

        public String code() {
            return name().toLowerCase();
        }
    }

    /** The source the refusal rests on (knowledge-base citation registry). */
    public static final List<String> SOURCES = List.of("REG-CFGL-2007");

    /**
     * The decision a question asks for, if any.
     *
     * @return the kind and the words that triggered it
     */
    public Optional<Match> check(String question) {
        for (Kind k : Kind.values()) {
            var m = k.pattern.matcher(question);
            if (m.find()) {
                return Optional.of(new Match(k, m.group()));
            }
        }
        return Optional.empty();
    }

    /** A triggered decision. */
    public record Match(Kind kind, String words) {}
}
