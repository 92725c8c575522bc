package org.regionalhealth.reviewcenter.fhir;

import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * Findings as FHIR R4 {@code DetectedIssue} resources (research §3.5: tier → severity) with the rule, versions,
 * tier, action and source as extensions, and an {@code OperationOutcome} with the overall action and what could not
 * be checked.
 */
public final class DetectedIssues {

    static final String RULE_SYSTEM = "https://regionalhealth.org/fhir/CodeSystem/screening-rule";
    static final String EXT = "https://regionalhealth.org/fhir/StructureDefinition/";

    /** HL7 v3 ActCode detected-issue types where a rule has an obvious one. */
    private static final Map<String, String[]> ACT_CODES = Map.of(
            "DDI", new String[] {"DRG", "Drug Interaction Alert"},
            "DUP_INGREDIENT", new String[] {"DUPTHPY", "Duplicate Therapy Alert"},
            "DUP_CLASS", new String[] {"DUPTHPCLS", "Duplicate Therapeutic Class Alert"},
            "ALLERGY", new String[] {"ALGY", "Allergy Alert"},
            "DRUG_DISEASE", new String[] {"COND", "Condition Alert"},
            "DAILY_DOSE", new String[] {"DOSEH", "High Dose Alert"});

    private DetectedIssues() {}

    public static Bundle bundle(FhirScreening.Result result) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(result.verdict().screenedAt()));
        for (Finding f : result.verdict().findings()) {
            bundle.addEntry().setResource(issue(f, result));
        }
        bundle.addEntry().setResource(outcome(result));
        return bundle;
    }

    private static DetectedIssue issue(Finding f, FhirScreening.Result result) {
        DetectedIssue issue = new DetectedIssue();
        issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        CodeableConcept code = new CodeableConcept().setText(f.ruleId());
        code.addCoding(new Coding(RULE_SYSTEM, f.ruleId(), null));
        String[] act = ACT_CODES.get(f.ruleId());
        if (act != null) {
            code.addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", act[0], act[1]));
        }
        issue.setCode(code);
        issue.setSeverity(severity(f.tier()));
        issue.setDetail(f.message());
        issue.setIdentified(new org.hl7.fhir.r4.model.DateTimeType(
                Date.from(result.verdict().screenedAt())));
        for (String reference : result.ordersOf(f.drugs())) {
            issue.addImplicated(new Reference(reference));
        }
        for (String evidence : f.evidence()) {
            issue.addEvidence().addCode(new CodeableConcept().setText(evidence));
        }
        issue.addExtension(EXT + "screening-rule-version", new StringType(f.ruleVersion()));
        issue.addExtension(EXT + "knowledge-base-version", new StringType(f.kbVersion()));
        issue.addExtension(EXT + "screening-tier", new StringType(f.tier().name()));
        issue.addExtension(EXT + "screening-action", new StringType(f.action().name()));
        issue.addExtension(EXT + "screening-source", new StringType(f.source()));
        return issue;
    }

    /** T3–T4 high, T2 moderate, T0–T1 low (research §3.5). */
    public static DetectedIssue.DetectedIssueSeverity severity(Tier tier) {
        return switch (tier) {
            case T3, T4 -> DetectedIssue.DetectedIssueSeverity.HIGH;
            case T2 -> DetectedIssue.DetectedIssueSeverity.MODERATE;
            case T0, T1 -> DetectedIssue.DetectedIssueSeverity.LOW;
        };
    }

    private static OperationOutcome outcome(FhirScreening.Result result) {
        Verdict v = result.verdict();
        OperationOutcome outcome = new OperationOutcome();
        var summary = outcome.addIssue()
                .setSeverity(
                        v.status() == Verdict.Status.UNSCREENED
                                ? OperationOutcome.IssueSeverity.ERROR
                                : OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(
                        v.status() == Verdict.Status.UNSCREENED
                                ? OperationOutcome.IssueType.INCOMPLETE
                                : OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(
                        v.status() == Verdict.Status.UNSCREENED
                                ? "系统初审未完成（" + v.failure() + "），已转药师复核"
                                : "系统初审结论：" + v.action().labelZh());
        summary.setDetails(new CodeableConcept()
                .addCoding(new Coding(
                        RULE_SYSTEM + "-action", v.action().name(), v.action().labelZh())));
        if (v.kbVersion() != null) {
            summary.addExtension(EXT + "knowledge-base-version", new StringType(v.kbVersion()));
        }
        for (String gap : result.gaps()) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                    .setCode(OperationOutcome.IssueType.INCOMPLETE)
                    .setDiagnostics(gap);
        }
        return outcome;
    }
}
