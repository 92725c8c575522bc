package org.regionalhealth.screening;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.screening.rules.RuleCatalog;
import org.regionalhealth.screening.rules.RuleMetadata;
import org.springframework.stereotype.Component;

/**
 * The short Chinese name of a screening rule for pages ({@code ${@ruleNames.of(ruleId)}}): the rule's description up
 * to its first bracket or clause, e.g. {@code DUP_CLASS} → 同类药物重复使用. A page shows the name, never the rule's
 * identifier (issue 16: no code on a Chinese page); an identifier the catalogue does not know (a retired rule) is
 * shown as 其他规则.
 */
@Component("ruleNames")
public class RuleNames {

    private final Map<String, String> names = new HashMap<>();

    public RuleNames() {
        for (RuleMetadata rule : RuleCatalog.standard().metadata()) {
            names.put(rule.id(), shortName(rule.description()));
        }
    }

    public String of(@Nullable String ruleId) {
        if (ruleId == null) {
            return "—";
        }
        String name = names.get(ruleId);
        if (name != null) {
            return name;
        }
        // findings of a knowledge-base entry carry the rule and the entry (DDI-0214): the rule names them
        String best = null;
        for (String id : names.keySet()) {
            if (ruleId.startsWith(id) && (best == null || id.length() > best.length())) {
                best = id;
            }
        }
        return best == null ? "其他规则" : names.get(best);
    }

    static String shortName(String description) {
        int end = description.length();
        for (char stop : new char[] {'（', '(', '；', '：', '，'}) {
            int at = description.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return description.substring(0, end).trim();
    }
}
