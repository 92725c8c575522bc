package org.regionalhealth.appointments.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules-first triage: red flags of {@link RedFlags#TABLE} before anything else, then the department by
 * {@link DepartmentRules#TABLE}. Pure and allocation-light (no I/O): the caller logs the result and finds slots.
 */
public final class TriageEngine {

    private final List<RedFlag> redFlags;
    private final List<DepartmentRule> departments;
    private final Map<String, String> departmentNames;

    public TriageEngine(List<RedFlag> redFlags, List<DepartmentRule> departments, Map<String, String> departmentNames) {
        this.redFlags = List.copyOf(redFlags);
        this.departments = List.copyOf(departments);
        this.departmentNames = Map.copyOf(departmentNames);
    }

    public TriageResult triage(TriageInput input) {
        String text = normalise(input.text());
        var reasoning = new ArrayList<String>();
        Double temperature = input.temperature() != null
                ? input.temperature()
                : TextReading.temperature(text).orElse(null);
        Integer duration = input.durationDays() != null
                ? input.durationDays()
                : TextReading.durationDays(text).orElse(null);
        Integer age = input.ageMonths() != null
                ? input.ageMonths()
                : TextReading.ageMonths(text).orElse(null);
        boolean child = input.child()
                || (age != null && age < DepartmentRules.CHILD_BELOW_MONTHS)
                || (age == null && TextReading.mentionsChild(text));
        reasoning.add("读取：体温" + (temperature == null ? "未提供" : temperature + "℃")
                + "；病程" + (duration == null ? "未提供" : duration + "天")
                + "；年龄" + (age == null ? "未提供" : ageText(age))
                + (child ? "；儿童" : ""));
        for (RedFlag flag : redFlags) {
            var matched = flag.match(text, age, temperature);
            if (matched != null) {
                reasoning.add("危险信号【" + flag.name() + "】"
                        + (matched.isEmpty() ? "" : "，匹配：" + String.join("、", matched)) + "；依据：" + flag.source());
                return new TriageResult(
                        TriageResult.Outcome.EMERGENCY,
                        flag,
                        "20",
                        flag.name() + "属于危急情况。" + flag.advice(),
                        reasoning,
                        temperature,
                        duration,
                        age,
                        child);
            }
        }
        reasoning.add("未发现危险信号（已核对" + redFlags.size() + "条）");
        DepartmentRule organ =
                best(departments.stream().filter(DepartmentRule::organ).toList(), text);
        DepartmentRule chosen;
        String reason;
        if (organ != null) {
            chosen = organ;
            reason = organ.reason();
        } else if (child) {
            chosen = null;
            reason = "14岁以下儿童" + symptoms(text) + "首选儿科";
        } else {
            chosen = best(departments.stream().filter(r -> !r.organ()).toList(), text);
            reason = chosen == null ? "症状不典型，建议先看全科医生（家庭医生），需要时再转诊专科" : chosen.reason();
        }
        String code = chosen != null ? chosen.departmentCode() : child ? "07" : "02";
        if (chosen != null) {
            reasoning.add(
                    "科室规则：" + String.join("、", chosen.matched(text)) + " → " + name(code) + "；依据：" + chosen.source());
        } else {
            reasoning.add("科室规则：" + (child ? "儿童 → 儿科" : "无特定匹配 → 全科医疗科") + "；依据：" + DepartmentRules.GUIDANCE);
        }
        String detail = (temperature != null ? "，体温" + formatTemperature(temperature) + "℃" : "")
                + (duration != null ? "，已" + (duration == 0 ? "不到1天" : duration + "天") : "");
        return new TriageResult(
                TriageResult.Outcome.OUTPATIENT,
                null,
                code,
                "建议就诊" + name(code) + "：" + reason + detail + "，未发现需要立即急救的危险信号。",
                reasoning,
                temperature,
                duration,
                age,
                child);
    }

    private static @Nullable DepartmentRule best(List<DepartmentRule> rules, String text) {
        return rules.stream()
                .filter(r -> r.score(text) > 0)
                .max(Comparator.comparingLong((DepartmentRule r) -> r.score(text))
                        .thenComparing(r -> -rules.indexOf(r)))
                .orElse(null);
    }

    private static String symptoms(String text) {
        var found = new ArrayList<String>();
        for (String s : List.of("发烧", "发热", "咳嗽", "腹泻", "呕吐", "皮疹", "流涕")) {
            if (text.contains(s)) {
                found.add(s);
            }
        }
        return found.isEmpty() ? "不适" : String.join("、", found);
    }

    private String name(String code) {
        return departmentNames.getOrDefault(code, code);
    }

    private static String ageText(int months) {
        return months < 24 ? months + "个月" : (months / 12) + "岁";
    }

    private static String formatTemperature(double t) {
        return t == Math.floor(t) ? String.valueOf((int) t) : String.valueOf(t);
    }

    /** Full-width digits and punctuation to ASCII, so "３８．５" reads as 38.5. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        var b = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return b.toString();
    }
}
