package org.regionalhealth.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.KB;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.ReviewStatus;

/**
 * Issue 14 "Done means": entries stay {@code reviewStatus: draft} until a pharmacist approves them. No approval is
 * recorded anywhere yet (the district 药事管理与药物治疗学委员会's approval path is not built), so an entry marked approved
 * in the repository would be an approval nobody can trace: every generic must be draft, and every one cites a source
 * (the dangling-reference and required-field checks are {@code KnowledgeBaseIntegrityTests}).
 */
class KnowledgeBaseReviewStatusTest {

    @Test
    void everyGenericIsDraftAndCitesASourceUntilAnApprovalIsRecorded() {
        List<String> notDraft = KB.generics().stream()
                .filter(g -> g.reviewStatus() != ReviewStatus.DRAFT)
                .map(g -> g.id() + "=" + g.reviewStatus())
                .toList();
        assertThat(notDraft)
                .as("approved without a recorded approval (no approval path exists yet)")
                .isEmpty();
        assertThat(KB.generics())
                .allSatisfy(g -> assertThat(g.source()).as(g.id()).isNotEmpty());
        assertThat(KB.generics().stream().map(Generic::source).flatMap(List::stream))
                .allSatisfy(s -> assertThat(KB.source(s)).as(s).isPresent());
    }
}
