package org.regionalhealth.drugs.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.InvalidKnowledgeBaseException;
import org.regionalhealth.drugs.KnowledgeBaseVersion;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base in service, and its reload without restart (issue 3 §6): a new version is loaded and validated
 * completely before it replaces the old one; broken data leaves the old version serving.
 */
@RestController
@RequestMapping("/api/drugs/knowledge")
@Tag(name = "药品知识库 Drug knowledge base")
class KnowledgeBaseApiController {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseApiController.class);

    private final DrugKnowledge knowledge;
    private final CurrentUsers users;

    KnowledgeBaseApiController(DrugKnowledge knowledge, CurrentUsers users) {
        this.knowledge = knowledge;
        this.users = users;
    }

    /** The version in service and what it holds. */
    record KnowledgeBaseView(
            String version,
            LocalDate released,
            String origin,
            Instant loadedAt,
            int generics,
            int classes,
            int interactions,
            int patentMedicines,
            int herbs,
            int sources) {

        static KnowledgeBaseView of(KnowledgeSnapshot kb) {
            KnowledgeBaseVersion v = kb.version();
            return new KnowledgeBaseView(
                    v.version(),
                    v.released(),
                    v.origin(),
                    v.loadedAt(),
                    kb.generics().size(),
                    kb.classes().size(),
                    kb.interactions().size(),
                    kb.patentMedicines().size(),
                    kb.herbs().size(),
                    kb.sources().size());
        }
    }

    @GetMapping
    @Operation(summary = "The knowledge-base version in service")
    KnowledgeBaseView current() {
        return KnowledgeBaseView.of(knowledge.snapshot());
    }

    @PostMapping("/reload")
    @PreAuthorize("hasRole('DISTRICT_ADMIN')")
    @Operation(summary = "Load the knowledge base again and swap it in; 422 KB_INVALID keeps the old one in service")
    KnowledgeBaseView reload() {
        String who = users.require().username();
        try {
            knowledge.reload();
        } catch (InvalidKnowledgeBaseException e) {
            log.warn("knowledge-base reload by {} refused: {}", who, e.getMessage());
            throw new PlatformException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "KB_INVALID",
                    "新知识库未通过校验，仍使用原版本：" + e.getMessage(),
                    java.util.Map.of());
        }
        KnowledgeSnapshot kb = knowledge.snapshot();
        log.info("knowledge base {} reloaded by {}", kb.version().version(), who);
        return KnowledgeBaseView.of(kb);
    }
}
