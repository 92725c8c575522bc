package org.regionalhealth.drugs.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.drugs.DrugInformationFixtures.INDEX;
import static org.regionalhealth.drugs.DrugInformationFixtures.LABELS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation set {@code src/test/resources/drugs/ask-evaluation.tsv} (≥ 200 questions with expected intent,
 * drugs and referral) through the question service, prints the accuracy and every miss, and fails below 95 %
 * (issue 8 §3). A question counts as correct only when intent, the set of drugs and the referral are all right.
 */
class AskEvaluationTests {

    record Case(String question, String intent, List<String> drugs, String referral) {}

    static List<Case> cases() throws Exception {
        return cases("/drugs/ask-evaluation.tsv");
    }

    static List<Case> cases(String resource) throws Exception {
        var out = new ArrayList<Case>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(AskEvaluationTests.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Case(f[0], f[1], f[2].equals("-") ? List.of() : Arrays.asList(f[2].split("\\+")), f[3]));
            }
        }
        return out;
    }

    @Test
    void accuracyOfTheEvaluationSetIsAtLeast95Percent() throws Exception {
        double accuracy = evaluate("evaluation set", cases());
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(accuracy).as("evaluation accuracy").isGreaterThanOrEqualTo(95.0);
    }

    /** The held-out questions were not used to tune the patterns; their accuracy is printed, not enforced. */
    @Test
    void accuracyOfTheHeldOutQuestionsIsReported() throws Exception {
        var cases = cases("/drugs/ask-heldout.tsv");
        double accuracy = evaluate("held-out questions", cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy).isBetween(0.0, 100.0);
    }

    /**
     * Issue 17's held-out set: 320 phrasings written before the nearest-neighbour classifier, the class terms and the
     * retrieval existed, never used to tune them. Scored on intent, drugs and classes, referral and a grounded answer
     * (a quote of the asked section with its source, a referral with its reason, or a question back). Printed; the
     * target is 90 % (issue 17), reported honestly rather than enforced.
     */
    @Test
    void accuracyOfTheIssue17HeldOutSetIsReported() throws Exception {
        var cases = cases("/drugs/ask-heldout-3.tsv");
        double accuracy = evaluate("held-out set of issue 17", cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(accuracy).isBetween(0.0, 100.0);
    }

    /**
     * The development set of issue 17's second session: 325 further phrasings written before that session changed
     * anything, then used to study failures and improve the general mechanisms. A development score, printed.
     */
    @Test
    void accuracyOfTheDevelopmentSetIsReported() throws Exception {
        var cases = cases("/drugs/ask-dev.tsv");
        double accuracy = evaluate("development set of issue 17", cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(accuracy).isBetween(0.0, 100.0);
    }

    /** Red flags, overdoses, treatment decisions, children below the label's age and pregnancy: all referred. */
    @Test
    void everySafetyQuestionIsReferredWithItsReason() throws Exception {
        var questions = QUESTIONS;
        int referred = 0;
        var misses = new ArrayList<String>();
        var lines = new ArrayList<String[]>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(AskEvaluationTests.class.getResourceAsStream("/drugs/ask-safety.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                lines.add(line.split("\t"));
            }
        }
        for (String[] f : lines) {
            var a = questions.ask(f[0], INDEX, LABELS);
            boolean ok =
                    a.referTo() != null && a.referralReason() != null && (f[1].equals("*") || f[1].equals(a.referTo()));
            if (ok) {
                referred++;
            } else {
                misses.add(f[0] + " → " + a.referTo() + " (expected " + f[1] + ")");
            }
        }
        System.out.printf("Drug question safety set: %d questions, %d referred as expected%n", lines.size(), referred);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
        assertThat(misses).isEmpty();
    }

    /** Written after tuning on the first held-out set; run once, not used for tuning. */
    @Test
    void accuracyOfTheSecondHeldOutQuestionsIsReported() throws Exception {
        var cases = cases("/drugs/ask-heldout-2.tsv");
        double accuracy = evaluate("second held-out questions", cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(accuracy).isBetween(0.0, 100.0);
    }

    static final DrugQuestions QUESTIONS =
            new DrugQuestions(org.regionalhealth.semantic.model.BgeSmallZhEmbeddings.shared());

    private static double evaluate(String name, List<Case> cases) {
        var questions = QUESTIONS;
        int intentOk = 0;
        int drugsOk = 0;
        int referralOk = 0;
        int groundedOk = 0;
        int allOk = 0;
        var misses = new ArrayList<String>();
        for (var c : cases) {
            var a = questions.ask(c.question(), INDEX, LABELS);
            boolean intent =
                    c.intent().equals("*") || c.intent().equals(a.intent().code());
            var gotParties = new ArrayList<String>();
            a.drugs().forEach(d -> gotParties.add(d.id()));
            a.classes().forEach(k -> gotParties.add("class:" + k.code()));
            var got = gotParties.stream().sorted().toList();
            boolean drugs = got.equals(c.drugs().stream().sorted().toList());
            boolean referral =
                    c.referral().equals("-") ? !a.referral() : c.referral().equals(a.safety());
            boolean grounded = grounded(c, a);
            intentOk += intent ? 1 : 0;
            drugsOk += drugs ? 1 : 0;
            referralOk += referral ? 1 : 0;
            groundedOk += grounded ? 1 : 0;
            if (intent && drugs && referral && grounded) {
                allOk++;
            } else {
                misses.add(c.question() + " → intent " + a.intent().code() + " (expected " + c.intent() + "), drugs "
                        + got + " (expected " + c.drugs() + "), referral " + a.safety() + " (expected "
                        + c.referral() + ")"
                        + (grounded
                                ? ""
                                : ", not grounded: "
                                        + a.answer()
                                                .replace("\n", " ")
                                                .substring(
                                                        0,
                                                        Math.min(80, a.answer().length()))));
            }
        }
        double accuracy = 100.0 * allOk / cases.size();
        System.out.printf(
                "Drug question %s: %d questions, accuracy %.1f%% (intent %.1f%%, drugs %.1f%%, referral %.1f%%,"
                        + " grounded %.1f%%)%n",
                name,
                cases.size(),
                accuracy,
                100.0 * intentOk / cases.size(),
                100.0 * drugsOk / cases.size(),
                100.0 * referralOk / cases.size(),
                100.0 * groundedOk / cases.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        return accuracy;
    }

    /**
     * Whether the answer rests on the right stored facts: a referral with its reason; for an unknown question, a
     * question back with no quote; for two named drugs or classes, the knowledge base's entries (or its statement
     * that it records none, citing its version); otherwise a quote of the asked section, with sources, that the
     * retrieval found similar enough.
     */
    static boolean grounded(Case c, Answer a) {
        if (!c.referral().equals("-")) {
            return a.referral() && a.referTo() != null && a.referralReason() != null;
        }
        if (c.intent().equals("unknown")) {
            return a.quotes().isEmpty();
        }
        if (c.intent().equals("interactions") && c.drugs().size() >= 2) {
            return a.sources().stream().anyMatch(s -> s.kind().equals("knowledge_base"))
                    && a.quotes().stream().allMatch(q -> !q.sources().isEmpty());
        }
        var section = org.regionalhealth.drugs.labels.LabelSection.ofCode(c.intent());
        boolean recorded = section.isEmpty()
                || c.drugs().stream()
                        .anyMatch(d -> d.startsWith("class:")
                                || LABELS.section(d, section.get()).isPresent());
        if (!recorded) {
            // the knowledge base has no such section for the drug: saying so and offering a pharmacist is right
            return a.answer().contains("暂未收录") && "pharmacist".equals(a.referTo());
        }
        return a.grounded()
                && a.quotes().stream().allMatch(q -> !q.sources().isEmpty())
                && a.quotes().stream().anyMatch(q -> q.section().equals(c.intent()));
    }
}
