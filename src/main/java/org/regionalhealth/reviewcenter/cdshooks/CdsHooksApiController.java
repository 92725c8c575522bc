package org.regionalhealth.reviewcenter.cdshooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.regionalhealth.platform.CurrentUser;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.residents.ResidentIndex;
import org.regionalhealth.reviewcenter.fhir.FhirScreening;
import org.regionalhealth.reviewcenter.intake.RetrospectiveQueue;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.formats.Cards;
import org.regionalhealth.screening.formats.FhirPrescriptions;
import org.regionalhealth.screening.formats.PatientIntake;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * CDS Hooks 2.0 (issue 3 §5): discovery, the {@code order-select} and {@code order-sign} services, and feedback.
 * Drafts arrive as FHIR R4 {@code MedicationRequest} in {@code context.draftOrders}; patient context from prefetch,
 * or from the platform's own records when the client sent none and the patient is known here.
 */
@RestController
@Tag(name = "CDS Hooks")
class CdsHooksApiController {

    private final FhirPrescriptions fhir;
    private final FhirScreening screening;
    private final CardLog cards;
    private final RetrospectiveQueue retrospective;
    private final ResidentIndex residents;
    private final CurrentUsers users;
    private final Clock clock;

    CdsHooksApiController(
            FhirPrescriptions fhir,
            FhirScreening screening,
            CardLog cards,
            RetrospectiveQueue retrospective,
            ResidentIndex residents,
            CurrentUsers users,
            Clock clock) {
        this.clock = clock;
        this.fhir = fhir;
        this.screening = screening;
        this.cards = cards;
        this.retrospective = retrospective;
        this.residents = residents;
        this.users = users;
    }

    @GetMapping("/cds-services")
    @Operation(summary = "CDS Hooks discovery")
    Map<String, Object> discovery() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (CdsService service : CdsService.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("hook", service.hook());
            s.put("id", service.id());
            s.put("title", service.title());
            s.put("description", service.description());
            s.put("prefetch", CdsService.PREFETCH);
            services.add(s);
        }
        return Map.of("services", services);
    }

    @PostMapping("/cds-services/{id}")
    @PreAuthorize("hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
    @Transactional
    @Operation(summary = "Call a CDS service (order-select or order-sign)")
    Map<String, Object> call(@PathVariable String id, @RequestBody JsonNode body) {
        CdsService service = service(id);
        CurrentUser user = users.require();
        String hook = text(body, "hook");
        if (!service.hook().equals(hook)) {
            throw PlatformException.invalidField(
                    "CDS_HOOK_MISMATCH", "hook", "服务 " + id + " 只响应 " + service.hook() + " 钩子");
        }
        String hookInstance = text(body, "hookInstance");
        if (hookInstance == null || hookInstance.isBlank() || hookInstance.length() > 80) {
            throw PlatformException.invalidField("CDS_HOOK_INSTANCE", "hookInstance", "缺少 hookInstance");
        }
        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw PlatformException.invalidField("CDS_CONTEXT_MISSING", "context", "缺少 context");
        }
        String patientId = text(context, "patientId");
        if (patientId == null || patientId.isBlank()) {
            throw PlatformException.invalidField("CDS_PATIENT_MISSING", "context.patientId", "缺少 context.patientId");
        }
        JsonNode draftOrders = context.get("draftOrders");
        if (draftOrders == null || !draftOrders.isObject()) {
            throw PlatformException.invalidField(
                    "CDS_DRAFT_ORDERS_MISSING", "context.draftOrders", "缺少 context.draftOrders（FHIR Bundle）");
        }
        Bundle drafts = fhir.parse(Bundle.class, draftOrders.toString(), "context.draftOrders");
        List<MedicationRequest> orders = FhirPrescriptions.medicationRequests(drafts);
        List<String> references = orders.stream()
                .map(o -> "MedicationRequest/" + o.getIdElement().getIdPart())
                .toList();

        PatientIntake intake = intake(body.get("prefetch"), patientId, user);
        Long practitioner = FhirPrescriptions.practitionerId(text(context, "userId"));
        FhirScreening.Result result =
                screening.screen(orders, references, intake, practitioner, user, "context.draftOrders.entry");

        List<Cards.Issued> issued = new ArrayList<>();
        Verdict verdict = result.verdict();
        if (verdict.status() == Verdict.Status.UNSCREENED) {
            issued.add(Cards.unscreened(verdict));
            if (service == CdsService.ORDER_SIGN) {
                retrospective.enqueue(
                        RetrospectiveQueue.Channel.CDS_HOOKS,
                        result.institution().id(),
                        null,
                        hookInstance,
                        body.toString(),
                        verdict.failure());
            }
        } else {
            Set<String> selected = service == CdsService.ORDER_SELECT ? selections(context) : null;
            for (Finding f : verdict.findings()) {
                // T0 is logged only (通过), never shown
                if (f.tier() == Tier.T0) {
                    continue;
                }
                if (selected != null && result.ordersOf(f.drugs()).stream().noneMatch(selected::contains)) {
                    continue;
                }
                issued.add(Cards.of(f));
            }
            if (service == CdsService.ORDER_SIGN && !result.gaps().isEmpty()) {
                issued.add(Cards.limitations(result.gaps()));
            }
        }
        cards.issued(service, hookInstance, user.username(), issued);
        return Map.of("cards", issued.stream().map(Cards.Issued::json).toList());
    }

    @PostMapping("/cds-services/{id}/feedback")
    @PreAuthorize("hasAnyRole('SERVICE', 'HOSPITAL_DOCTOR', 'STATION_DOCTOR')")
    @Transactional
    @Operation(summary = "Feedback on cards: accepted or overridden, with the override reason")
    Map<String, Object> feedback(@PathVariable String id, @RequestBody JsonNode body) {
        CdsService service = service(id);
        CurrentUser user = users.require();
        JsonNode feedback = body.get("feedback");
        if (feedback == null || !feedback.isArray() || feedback.isEmpty()) {
            throw PlatformException.invalidField("CDS_FEEDBACK_MISSING", "feedback", "缺少 feedback 数组");
        }
        for (int i = 0; i < feedback.size(); i++) {
            JsonNode item = feedback.get(i);
            String field = "feedback[" + i + "]";
            String card = text(item, "card");
            if (card == null || !card.matches("[0-9a-fA-F-]{36}")) {
                throw PlatformException.invalidField("CDS_FEEDBACK_CARD", field + ".card", "card 须为卡片 uuid");
            }
            Tier tier = cards.tierOf(card, service, user.username())
                    .orElseThrow(() -> PlatformException.invalidField(
                            "CDS_FEEDBACK_CARD_UNKNOWN", field + ".card", "未找到本服务发给您的该卡片：" + card));
            String outcome = text(item, "outcome");
            if (!"accepted".equals(outcome) && !"overridden".equals(outcome)) {
                throw PlatformException.invalidField(
                        "CDS_FEEDBACK_OUTCOME", field + ".outcome", "outcome 须为 accepted 或 overridden");
            }
            if ("overridden".equals(outcome) && tier == Tier.T4) {
                throw PlatformException.invalidField(
                        "CDS_FEEDBACK_NOT_OVERRIDABLE", field + ".outcome", "禁忌级（T4）提示不可越过，须修改处方");
            }
            JsonNode reason = item.path("overrideReason").path("reason");
            Instant at;
            try {
                String timestamp = text(item, "outcomeTimestamp");
                at = timestamp == null ? clock.instant() : Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                throw PlatformException.invalidField(
                        "CDS_FEEDBACK_TIMESTAMP", field + ".outcomeTimestamp", "outcomeTimestamp 须为 ISO 8601 时间");
            }
            cards.feedback(
                    card,
                    service,
                    outcome,
                    limit(text(reason, "code"), 40),
                    limit(text(reason, "display"), 200),
                    limit(text(item.path("overrideReason"), "userComment"), 2000),
                    at,
                    user.username());
        }
        return Map.of();
    }

    /**
     * Patient context from prefetch; when the client sent no patient and the patient is one of ours (context.patientId
     * is a resident id in the caller's scope), from our own records (read audited).
     */
    private PatientIntake intake(JsonNode prefetch, String patientId, CurrentUser user) {
        PatientIntake intake = new PatientIntake();
        JsonNode patient = prefetch == null ? null : prefetch.get("patient");
        if (patient != null && patient.isObject()) {
            FhirPrescriptions.patient(fhir.parse(Patient.class, patient.toString(), "prefetch.patient"), intake, clock);
        } else if (patientId.matches("\\d{1,18}")) {
            residents
                    .find(Long.parseLong(patientId), user, "CDS Hooks 处方审核")
                    .ifPresent(r -> intake.idNumber(r.idNumber()));
        }
        Bundle conditions = bundle(prefetch, "conditions");
        FhirPrescriptions.conditions(FhirPrescriptions.resources(conditions, Condition.class), intake);
        Bundle allergies = bundle(prefetch, "allergies");
        if (allergies != null) {
            FhirPrescriptions.allergies(FhirPrescriptions.resources(allergies, AllergyIntolerance.class), intake);
        }
        FhirPrescriptions.observations(
                FhirPrescriptions.resources(bundle(prefetch, "observations"), Observation.class),
                intake,
                clock.getZone());
        return intake;
    }

    private Bundle bundle(JsonNode prefetch, String key) {
        JsonNode node = prefetch == null ? null : prefetch.get(key);
        if (node == null || !node.isObject()) {
            return null;
        }
        return fhir.parse(Bundle.class, node.toString(), "prefetch." + key);
    }

    private static Set<String> selections(JsonNode context) {
        JsonNode selections = context.get("selections");
        if (selections == null || !selections.isArray() || selections.isEmpty()) {
            throw PlatformException.invalidField(
                    "CDS_SELECTIONS_MISSING", "context.selections", "order-select 须给出 context.selections");
        }
        Set<String> result = new HashSet<>();
        selections.forEach(s -> result.add(s.asString()));
        return result;
    }

    private static CdsService service(String id) {
        return CdsService.byId(id)
                .orElseThrow(() -> PlatformException.notFound("CDS_SERVICE_UNKNOWN", "没有该 CDS 服务：" + id));
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            // an object or array where CDS Hooks 2.0 has a string: 400, not a server error (issue 15)
            throw PlatformException.invalidField("CDS_FIELD_TYPE", field, field + " 须为字符串");
        }
        return value.asString();
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
