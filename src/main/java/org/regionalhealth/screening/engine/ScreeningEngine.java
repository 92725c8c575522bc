package org.regionalhealth.screening.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.PatientContext;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.rules.FindingSink;
import org.regionalhealth.screening.rules.ResolvedLine;
import org.regionalhealth.screening.rules.Rule;
import org.regionalhealth.screening.rules.RuleCatalog;
import org.regionalhealth.screening.rules.RuleMetadata;
import org.regionalhealth.screening.rules.ScreeningContext;
import org.regionalhealth.screening.rules.ScreeningContext.RenalEstimate;

/**
 * Runs every rule of the catalogue on one prescription against one knowledge-base snapshot, merges identical
 * findings, maps tiers to actions, and orders the findings so that the order of the lines cannot change the result.
 * Any failure (no knowledge base, a rule that throws) gives {@link Verdict.Status#UNSCREENED}, which routes the
 * prescription to a pharmacist: a screening that did not run is never a pass (research §7 N1).
 */
public final class ScreeningEngine {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::tier)
            .reversed()
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> String.join("|", f.drugs()))
            .thenComparing(f -> String.join("|", f.evidence()));

    private final RuleCatalog catalog;
    private final ScreeningProperties settings;

    public ScreeningEngine(RuleCatalog catalog, ScreeningProperties settings) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Screens with the district-wide tier → action mapping and the configured time budget. */
    public Verdict screen(
            KnowledgeSnapshot kb, Prescription prescription, PatientContext patient, LocalDate today, Instant now) {
        return screen(kb, prescription, patient, today, now, settings.actions(), settings.screeningTimeout());
    }

    /**
     * Screens with the tier → action mapping that applies to this prescription. The time budget is checked between
     * rules: a screening that overruns it is {@code UNSCREENED} (research §7 N1), because a late answer at signing
     * time is no answer.
     */
    public Verdict screen(
            KnowledgeSnapshot kb,
            Prescription prescription,
            PatientContext patient,
            LocalDate today,
            Instant now,
            Map<Tier, Action> actions,
            Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        if (kb == null) {
            return unscreened(null, "药品知识库不可用", now);
        }
        String kbVersion = kb.version().version();
        String running = "（解析处方）";
        try {
            ScreeningContext context = context(kb, prescription, patient, today);
            List<Finding> found = new ArrayList<>();
            FindingSink sink = (rule, tier, message, drugs, evidence, kbSources) -> found.add(
                    finding(rule.metadata(), kbVersion, actions.get(tier), tier, message, drugs, evidence, kbSources));
            for (Rule rule : catalog.rules()) {
                running = rule.metadata().id();
                rule.check(context, sink);
                if (System.nanoTime() - deadline > 0) {
                    return unscreened(kbVersion, "审核超时（超过" + budget.toMillis() + "ms，停在规则 " + running + "）", now);
                }
            }
            Set<Finding> merged = new LinkedHashSet<>(found);
            List<Finding> ordered = new ArrayList<>(merged);
            ordered.sort(ORDER);
            Action action = Action.PASS;
            Tier highest = null;
            for (Finding f : ordered) {
                action = Action.max(action, f.action());
                highest = highest == null ? f.tier() : Tier.max(highest, f.tier());
            }
            return new Verdict(Verdict.Status.SCREENED, action, highest, ordered, kbVersion, null, now);
        } catch (RuntimeException | StackOverflowError e) {
            return unscreened(kbVersion, "规则 " + running + " 执行失败：" + e, now);
        }
    }

    private static Verdict unscreened(String kbVersion, String failure, Instant now) {
        return new Verdict(
                Verdict.Status.UNSCREENED, Action.PHARMACIST_REVIEW, null, List.of(), kbVersion, failure, now);
    }

    private static Finding finding(
            RuleMetadata rule,
            String kbVersion,
            Action mapped,
            Tier tier,
            String message,
            List<String> drugs,
            List<String> evidence,
            List<String> kbSources) {
        Action action = mapped;
        if (rule.minimumAction() != null) {
            action = Action.max(action, rule.minimumAction());
        }
        String source = rule.source();
        if (kbSources != null && !kbSources.isEmpty()) {
            source = source + "；知识库来源：" + String.join("、", new LinkedHashSet<>(kbSources));
        }
        return new Finding(rule.id(), rule.version(), kbVersion, tier, action, message, drugs, evidence, source);
    }

    private ScreeningContext context(
            KnowledgeSnapshot kb, Prescription prescription, PatientContext patient, LocalDate today) {
        LineResolver resolver = new LineResolver(kb);
        List<PrescriptionLine> written = new ArrayList<>(prescription.lines());
        written.removeIf(Objects::isNull);
        written.sort(Comparator.comparing(String::valueOf));
        List<ResolvedLine> lines = new ArrayList<>(written.size());
        for (PrescriptionLine line : written) {
            lines.add(resolver.resolve(line, prescription.type()));
        }
        List<DispensedMedicine> active = new ArrayList<>();
        for (DispensedMedicine m : patient.history()) {
            if (m != null && m.activeOn(today, settings.historyDays())) {
                active.add(m);
            }
        }
        active.sort(Comparator.comparing(String::valueOf));
        List<ResolvedLine> history = new ArrayList<>(active.size());
        for (DispensedMedicine m : active) {
            ResolvedLine resolved = resolver.resolve(m);
            if (resolved.kind() != ResolvedLine.Kind.UNKNOWN) {
                history.add(resolved);
            }
        }
        return new ScreeningContext(
                prescription,
                patient,
                today,
                kb,
                settings,
                List.copyOf(lines),
                List.copyOf(history),
                renal(patient, today),
                clearance(patient, today));
    }

    /** Cockcroft–Gault CrCl from the recent creatinine, or why it cannot be computed; null without a creatinine. */
    private ScreeningContext.Clearance clearance(PatientContext patient, LocalDate today) {
        LocalDate oldest = today.minusDays(settings.labMaxAgeDays());
        Double scr = patient.creatinineUmolPerL();
        if (scr == null || !(scr > 0) || !recent(patient.creatinineDate(), oldest, today)) {
            return null;
        }
        Integer age = patient.ageInYears(today);
        LocalDate date = patient.creatinineDate();
        if (age == null || age < 18) {
            return new ScreeningContext.Clearance(null, date, scr, null, "未满18岁，不适用Cockcroft–Gault公式");
        }
        if (patient.sex() == null) {
            return new ScreeningContext.Clearance(null, date, scr, null, "性别不明，未能计算肌酐清除率");
        }
        Double weight = patient.weightKg();
        if (weight == null || !(weight > 0)) {
            return new ScreeningContext.Clearance(null, date, scr, null, "未记录体重，无法按Cockcroft–Gault计算肌酐清除率");
        }
        return new ScreeningContext.Clearance(
                KidneyFunction.cockcroftGault(scr, age, weight, patient.sex()), date, scr, weight, null);
    }

    /** The most recent usable renal result: a reported eGFR, or CKD-EPI 2021 from creatinine for adults. */
    private RenalEstimate renal(PatientContext patient, LocalDate today) {
        LocalDate oldest = today.minusDays(settings.labMaxAgeDays());
        RenalEstimate reported = null;
        if (patient.egfr() != null && patient.egfr() >= 0 && recent(patient.egfrDate(), oldest, today)) {
            reported = new RenalEstimate(patient.egfr(), patient.egfrDate(), false, null);
        }
        RenalEstimate computed = null;
        Double scr = patient.creatinineUmolPerL();
        Integer age = patient.ageInYears(today);
        if (scr != null
                && scr > 0
                && age != null
                && age >= 18
                && patient.sex() != null
                && recent(patient.creatinineDate(), oldest, today)) {
            computed = new RenalEstimate(
                    KidneyFunction.ckdEpi2021(scr, age, patient.sex()), patient.creatinineDate(), true, scr);
        }
        if (reported == null) {
            return computed;
        }
        if (computed == null) {
            return reported;
        }
        // both known: the later result wins; a reported value of the same day wins over a computed one
        if (reported.date() == null) {
            return computed.date() == null ? reported : computed;
        }
        return computed.date() != null && computed.date().isAfter(reported.date()) ? computed : reported;
    }

    private static boolean recent(LocalDate date, LocalDate oldest, LocalDate today) {
        return date == null || (!date.isBefore(oldest) && !date.isAfter(today));
    }
}
