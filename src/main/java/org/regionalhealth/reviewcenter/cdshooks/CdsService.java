package org.regionalhealth.reviewcenter.cdshooks;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The CDS services this platform offers (CDS Hooks 2.0 §Discovery). Both screen the draft orders with the whole
 * engine; {@code order-select} answers only about the orders just selected, so that a doctor is not shown every
 * finding again at each selection (alert fatigue, research §3.5), while {@code order-sign} answers about all of them.
 */
enum CdsService {
    ORDER_SELECT(
            "rhp-prescription-order-select",
            "order-select",
            "处方前置审核（选药时）",
            "选药时按区域审方规则审核所选药品：相互作用、重复用药、禁忌、剂量、特殊人群等，并纳入区域用药史。"),
    ORDER_SIGN(
            "rhp-prescription-order-sign",
            "order-sign",
            "处方前置审核（签名时）",
            "签名前按区域审方规则审核整张处方（系统初审），给出提示、拦截或药师必审，并说明未能核对的项目。");

    /** The data the services need, as FHIR query templates the client fills (CDS Hooks 2.0 §Prefetch). */
    static final Map<String, String> PREFETCH = Map.of(
            "patient",
            "Patient/{{context.patientId}}",
            "conditions",
            "Condition?patient={{context.patientId}}&clinical-status=active",
            "allergies",
            "AllergyIntolerance?patient={{context.patientId}}",
            "observations",
            "Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7,http://loinc.org|2160-0,"
                    + "http://loinc.org|33914-3,http://loinc.org|62238-1,http://loinc.org|82810-3&_sort=-date");

    private final String id;
    private final String hook;
    private final String title;
    private final String description;

    CdsService(String id, String hook, String title, String description) {
        this.id = id;
        this.hook = hook;
        this.title = title;
        this.description = description;
    }

    static Optional<CdsService> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    String id() {
        return id;
    }

    String hook() {
        return hook;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }
}
