package org.regionalhealth.drugs.ask;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "药品信息 Drug information")
class AskApiController {

    private final DrugAssistant assistant;

    AskApiController(DrugAssistant assistant) {
        this.assistant = assistant;
    }

    @GetMapping("/api/drugs/ask")
    @Operation(
            summary = "A question in plain Chinese → {intent, drugs[], answer, sources[]}; treatment decisions"
                    + " (diagnosis, dose change, prescription) get a referral (referral=true)")
    Answer ask(@RequestParam(required = false) String q) {
        return assistant.ask(q);
    }
}
