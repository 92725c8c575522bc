package org.regionalhealth.reviewcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regionalhealth.reviewcenter.workbench.EventKind;
import org.regionalhealth.reviewcenter.workbench.ReviewState;
import org.regionalhealth.reviewcenter.workbench.TaskOutcome;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Verdict;

/**
 * One owner per table (issue 13 item 2): no SQL outside the owner of the review tables names a review state, event
 * kind, task outcome, screening action or screening status as a literal ({@code 'AWAITING_SIGNATURE'}); it binds the
 * enum's name as a parameter, so a rename is caught by the compiler instead of silently changing a figure.
 */
class ReviewSqlLiteralsTests {

    private static final Path MAIN = Path.of("src/main/java");

    /** The owner of the review workflow's tables and their vocabulary. */
    private static final Set<String> OWNERS = Set.of(
            "org/regionalhealth/reviewcenter/workbench/ReviewLedger.java",
            "org/regionalhealth/reviewcenter/workbench/ReviewFacts.java");

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([A-Z][A-Z0-9_]+)'");

    @Test
    void noReviewValueIsAnSqlLiteralOutsideItsOwner() throws IOException {
        Set<String> values = vocabulary();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file);
                // other modules keep vocabularies of their own ('APPROVED' contracts); what they may not do is
                // read the review tables, which all carry the prefix prescriptionreview_
                boolean reviewSql = relative.startsWith("org/regionalhealth/reviewcenter/")
                        || relative.startsWith("org/regionalhealth/screening/")
                        || source.contains("prescriptionreview_");
                if (OWNERS.contains(relative) || !reviewSql) {
                    continue;
                }
                offences.addAll(literals(relative, source, values));
            }
        }
        assertThat(offences)
                .as("review values written into SQL; bind them as parameters")
                .isEmpty();
    }

    @Test
    void theScanFindsALiteralInATextBlockAndIgnoresComments() {
        String source = "// 'QUEUED' in a comment\n/* 'REJECT' */ String sql = \"\"\"\n"
                + "    select 1 from t where review_state = 'AWAITING_SIGNATURE' and x = 'OTHER'\"\"\";";
        assertThat(literals("Example.java", source, vocabulary()))
                .containsExactly("Example.java: 'AWAITING_SIGNATURE'");
    }

    @Test
    void theOwnersExist() {
        assertThat(OWNERS).allSatisfy(owner -> assertThat(MAIN.resolve(owner)).exists());
    }

    private static Set<String> vocabulary() {
        Set<String> values = new TreeSet<>();
        Stream.of(
                        ReviewState.values(),
                        EventKind.values(),
                        TaskOutcome.values(),
                        Action.values(),
                        Verdict.Status.values())
                .flatMap(Stream::of)
                .forEach(value -> values.add(value.name()));
        return values;
    }

    private static List<String> literals(String file, String source, Set<String> values) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(COMMENTS.matcher(source).replaceAll(" "));
        while (m.find()) {
            if (values.contains(m.group(1))) {
                found.add(file + ": '" + m.group(1) + "'");
            }
        }
        return found;
    }
}
