package org.regionalhealth.familydoctor.indicators;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.familydoctor.keygroups.KeyGroup;

/** The indicators kept as facts; definitions in docs/indicators.md (“Family doctors and chronic disease”). */
public record Indicator(String code, String labelZh, String labelEn) {

    public static final Indicator HTN_STANDARD =
            new Indicator("HTN_STANDARD", "高血压规范管理率", "Hypertension standardised management");
    public static final Indicator HTN_CONTROL = new Indicator("HTN_CONTROL", "血压控制率", "Blood-pressure control");
    public static final Indicator DM_STANDARD =
            new Indicator("DM_STANDARD", "糖尿病规范管理率", "Diabetes standardised management");
    public static final Indicator DM_CONTROL = new Indicator("DM_CONTROL", "血糖控制率", "Glucose control");
    public static final Indicator KEY_GROUP_COVERAGE =
            new Indicator("KEY_GROUP_COVERAGE", "重点人群签约覆盖率", "Key-group coverage");
    public static final Indicator RENEWAL = new Indicator("RENEWAL", "续约率", "Renewal rate");
    public static final Indicator DELIVERY = new Indicator("DELIVERY", "履约率", "Delivery rate");

    /** The headline indicators, in page order. */
    public static final List<Indicator> HEADLINE =
            List.of(HTN_STANDARD, HTN_CONTROL, DM_STANDARD, DM_CONTROL, KEY_GROUP_COVERAGE, RENEWAL, DELIVERY);

    /** Coverage per key group: {@code KG_<group>}. */
    public static List<Indicator> perGroup() {
        var list = new ArrayList<Indicator>();
        for (var g : KeyGroup.values()) {
            list.add(new Indicator("KG_" + g.name(), g.labelZh() + "签约覆盖率", g.labelEn() + " coverage"));
        }
        return list;
    }

    public static java.util.Optional<Indicator> byCode(String code) {
        return java.util.stream.Stream.concat(HEADLINE.stream(), perGroup().stream())
                .filter(i -> i.code().equals(code))
                .findFirst();
    }
}
