package org.regionalhealth.screening.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Route names as the knowledge base spells them (docs/knowledge-base.md), from common abbreviations. */
public final class Routes {

    private Routes() {}

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("po", "口服"),
            Map.entry("口服", "口服"),
            Map.entry("iv", "静脉注射"),
            Map.entry("静注", "静脉注射"),
            Map.entry("静推", "静脉注射"),
            Map.entry("静脉推注", "静脉注射"),
            Map.entry("静脉注射", "静脉注射"),
            Map.entry("ivgtt", "静脉滴注"),
            Map.entry("iv gtt", "静脉滴注"),
            Map.entry("静滴", "静脉滴注"),
            Map.entry("静脉滴注", "静脉滴注"),
            Map.entry("静脉输液", "静脉滴注"),
            Map.entry("im", "肌内注射"),
            Map.entry("肌注", "肌内注射"),
            Map.entry("肌肉注射", "肌内注射"),
            Map.entry("肌内注射", "肌内注射"),
            Map.entry("ih", "皮下注射"),
            Map.entry("sc", "皮下注射"),
            Map.entry("皮下注射", "皮下注射"),
            Map.entry("外用", "外用"),
            Map.entry("topical", "外用"),
            Map.entry("外敷", "外用"),
            Map.entry("涂抹", "外用"),
            Map.entry("舌下", "舌下"),
            Map.entry("舌下含服", "舌下"),
            Map.entry("吸入", "吸入"),
            Map.entry("雾化吸入", "吸入"),
            Map.entry("经皮", "经皮"),
            Map.entry("贴敷", "经皮"),
            Map.entry("直肠", "直肠"),
            Map.entry("塞肛", "直肠"),
            Map.entry("纳肛", "直肠"),
            Map.entry("滴眼", "滴眼"),
            Map.entry("滴耳", "滴耳"),
            Map.entry("滴鼻", "滴鼻"));

    private static final Set<String> INJECTION = Set.of("静脉注射", "静脉滴注", "肌内注射", "皮下注射");
    private static final Set<String> INTRAVENOUS = Set.of("静脉注射", "静脉滴注");
    private static final Set<String> LOCAL = Set.of("外用", "滴眼", "滴耳", "滴鼻");

    /** The knowledge-base spelling, or the input trimmed when it is not a known synonym; {@code null} stays null. */
    public static String normalise(String route) {
        if (route == null || route.isBlank()) {
            return null;
        }
        String r = route.trim();
        String mapped = SYNONYMS.get(r.toLowerCase(Locale.ROOT));
        return mapped != null ? mapped : r;
    }

    public static boolean isInjection(String normalisedRoute) {
        return normalisedRoute != null && INJECTION.contains(normalisedRoute);
    }

    public static boolean isIntravenous(String normalisedRoute) {
        return normalisedRoute != null && INTRAVENOUS.contains(normalisedRoute);
    }

    /** External or local use (外用, 滴眼 …): no systemic age or pregnancy limit of the label applies by default. */
    public static boolean isLocal(String normalisedRoute) {
        return normalisedRoute != null && LOCAL.contains(normalisedRoute);
    }
}
